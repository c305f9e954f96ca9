// The repository's package.json keeps `prepare`, so that `npm install` or `npm ci` in a clone
// builds dist/ and `bin/sla` works at once. A package installed from its tarball must run no
// script at all (it ships its build, and npm 11 warns about any install-time script it is not
// told to allow), so `npm pack` and `npm publish` write a manifest without it:
//   node scripts/pack-manifest.mjs strip     (prepack: keeps the original beside it)
//   node scripts/pack-manifest.mjs restore   (postpack, and at the start of strip)
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
const KEPT = 'package.json.repo';
// Scripts that a package manager would run when the package is installed from a tarball.
const INSTALL_TIME = ['preinstall', 'install', 'postinstall', 'prepare'];

function restore() {
  if (existsSync(KEPT)) renameSync(KEPT, MANIFEST);
}

const step = process.argv[2];
if (step === 'restore') {
  restore();
} else if (step === 'strip') {
  restore(); // a pack that failed half way left the original aside
  const text = readFileSync(MANIFEST, 'utf8');
  const manifest = JSON.parse(text);
  for (const name of INSTALL_TIME) delete manifest.scripts?.[name];
  writeFileSync(KEPT, text);
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
