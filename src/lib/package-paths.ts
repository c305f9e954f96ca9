import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let found: string | undefined;

/**
 * The shipped `holidays/` folder, where calendar names such as `nl` are looked
 * up. Found by walking up from this module to the folder holding both
 * `package.json` and `holidays/`, so that it is the same from the sources
 * (`src/lib/`) and from the library bundle (`dist/lib/`).
 *
 * @example
 * shippedHolidaysDir() //=> '/usr/lib/node_modules/support-sla/holidays'
 */
export function shippedHolidaysDir(): string {
  if (found !== undefined) return found;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'holidays'))) return (found = join(dir, 'holidays'));
    // Not found: names then fail as unknown calendars, listing none, while paths still work.
    if (dirname(dir) === dir) return (found = join(__dirname, 'holidays'));
  }
}
