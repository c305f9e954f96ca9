import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding `package.json`, found by walking up from this module, so
 * that the shipped `holidays/` folder is found from the bundle (`dist/`) and
 * from the sources (`src/cli/`) alike.
 *
 * @example
 * join(packageRoot(__dirname), 'holidays')
 */
export function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'holidays'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}
