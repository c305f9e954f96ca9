const { statSync } = require('node:fs');
const { join, relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const { groupFiles, ROOT } = require('./test-groups');

// A group file (test/groups/<pass>/<group>.test.ts) holds three lines and runs a folder of tests.
const GROUP_FILE = /^test\/groups\/([^/]+)\/([^/]+)\.test\.ts$/;

/**
 * Jest's order (a test that failed last time first, then the ones it has no time for, then the
 * longest first), but where jest has no times, as on a first run or in CI, it guesses from a
 * file's size, and a group file is as large as the files it runs, not as its three lines: jest's
 * own guess would start the longest work last and leave a worker idle at the end.
 *
 * @example
 * // jest.config.js
 * { testSequencer: '<rootDir>/test/support/test-sequencer.js' }
 */
class GroupSequencer extends Sequencer {
  sort(tests) {
    const sizes = new Map();
    const sizeOf = (path) => {
      let size = sizes.get(path);
      if (size === undefined) {
        const group = GROUP_FILE.exec(relative(ROOT, path).split('\\').join('/'));
        size = group === null ? statSync(path).size : groupFiles(group[1], group[2]).reduce((sum, file) => sum + statSync(join(ROOT, file)).size, 0);
        sizes.set(path, size);
      }
      return size;
    };
    for (const test of tests) test.duration = this.time(test);
    return tests.sort((a, b) => {
      const [failedA, failedB] = [this.hasFailed(a), this.hasFailed(b)];
      if (failedA !== failedB) return failedA ? -1 : 1;
      const [timedA, timedB] = [a.duration != null, b.duration != null];
      if (timedA !== timedB) return timedA ? 1 : -1;
      if (timedA) return b.duration - a.duration;
      return sizeOf(b.path) - sizeOf(a.path);
    });
  }
}

module.exports = GroupSequencer;
