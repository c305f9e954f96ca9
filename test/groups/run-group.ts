import { join } from 'node:path';
import { groupFiles, ROOT } from '../support/test-groups';

/**
 * Registers the tests of every file of a group (`test/support/test-groups.js`) in this one jest
 * file, each under a `describe` named for its file; the files share this file's module registry.
 *
 * @example
 * runGroup('main', 'core'); // test/core/civil.test.ts › civil dates › ..., test/core/hours.test.ts › ...
 */
export function runGroup(pass: 'main' | 'foreign-zone', group: string): void {
  for (const file of groupFiles(pass, group)) {
    describe(file, () => {
      require(join(ROOT, file));
    });
  }
}
