// Bundles the CLI into one CommonJS file so that start-up loads a single module,
// then records V8's code cache for it by running one typical command.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// The stemmers (for `sla classify` only) are most of the code by size: they go in a file of their
// own beside the bundle, loaded on a classifier's first stem, so that no other command parses them.
// The package still has no runtime dependency: both files ship in dist/.
const STEMMERS = 'snowball-stemmers';
const stemmersBeside = {
  name: 'stemmers-beside-the-bundle',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${STEMMERS}$`) }, () => ({ path: `./${STEMMERS}.js`, external: true }));
  },
};

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', legalComments: 'none', logLevel: 'warning' };
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/sla.js', plugins: [stemmersBeside] });
await build({ ...common, entryPoints: [STEMMERS], outfile: `dist/${STEMMERS}.js`, minify: true });

rmSync('dist/sla.js.cache', { force: true });
const warm = spawnSync(
  process.execPath,
  ['bin/sla', 'deadline', '--opened', '2025-06-02T10:00:00+02:00', '--now', '2025-06-02T11:00:00+02:00', '--priority', '2', '--json'],
  { env: { ...process.env, SLA_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' },
);
if (warm.status !== 0) {
  // The cache only speeds start-up: without it the CLI works the same.
  console.warn(`sla build: no code cache written (${warm.stderr.trim() || `exit ${warm.status}`})`);
}
