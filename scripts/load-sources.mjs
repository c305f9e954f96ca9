// The project's TypeScript sources for a script: bundled by esbuild from one line of exports,
// into a temporary file that is required and removed.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The module that `exportsLine` (export statements with paths from the root) makes of the sources.
 *
 * @example
 * const { classify } = await loadSources("export { classify } from './src/classify';");
 */
export async function loadSources(exportsLine) {
  const dir = mkdtempSync(join(tmpdir(), 'sla-sources-'));
  try {
    const out = join(dir, 'sources.js');
    await build({ stdin: { contents: exportsLine, resolveDir: root, loader: 'ts' }, outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
    return createRequire(import.meta.url)(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
