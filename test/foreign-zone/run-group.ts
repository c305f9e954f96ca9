import { join } from 'node:path';
import { groupFiles, ROOT } from './groups';

/**
 * Registers the tests of every file of a group (`groups.ts`) in this one jest file, each under a
 * `describe` named for its file; the files share this file's module registry.
 *
 * @example
 * runGroup('core'); // test/core/civil.test.ts › civil dates › ..., test/core/hours.test.ts › ...
 */
export function runGroup(group: string): void {
  for (const file of groupFiles(group)) {
    describe(file, () => {
      require(join(ROOT, file));
    });
  }
}
