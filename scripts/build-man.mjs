// Writes man/sla.1 from the program's own option definitions: bundles the page
// writer (src/cli/man/sla-man-page.ts) into memory, runs it, and writes the page.
// It is not in the CLI's bundle, so it costs nothing at start-up.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const bundled = await build({
  entryPoints: ['src/cli/man/sla-man-page.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  write: false,
  logLevel: 'warning',
  // The stemmers are loaded only by a classification; describing the program never reaches them.
  external: ['snowball-stemmers'],
});
const dir = mkdtempSync(join(tmpdir(), 'sla-man-'));
try {
  const file = join(dir, 'sla-man-page.cjs');
  writeFileSync(file, bundled.outputFiles[0].text);
  const { slaManPage } = createRequire(import.meta.url)(file);
  mkdirSync('man', { recursive: true });
  writeFileSync('man/sla.1', slaManPage());
} finally {
  rmSync(dir, { recursive: true, force: true });
}
