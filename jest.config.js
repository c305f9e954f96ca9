// Three projects in one run, sharing the workers. "UTC" runs every test but the
// property laws and the bulk runs below, and measures coverage. "UTC, bulk" runs, in
// UTC too but not instrumented, the tests whose work is done by the built binary
// (through a pipe, under a heap bound, against a full disk) or that repeat one
// computation over thousands of values (a century of holidays, a corpus, every zone
// change): what they check is the output, and instrumenting them would cost more than
// the rest of the suite while adding almost nothing to what "UTC" measures.
// "Pacific/Auckland" (+12/+13, daylight saving
// in the southern summer, a date ahead of UTC for half the day) runs again every
// test of code that parses, computes or formats time, so that nothing leans on
// the machine's zone; and runs the property laws, once, at full strength: they
// compare the core with a minute-by-minute oracle, which is where a zone leak
// would show, and the unit tests already cover what they cover. Which file runs
// where is written once, in test/support/test-groups.js.

const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const { BULK, FOREIGN_ZONE_ONLY, MAIN_EXCLUDED, foreignZonePaths, pathPattern } = require('./test/support/test-groups');

const common = {
  rootDir: __dirname,
  // src is a root too, so that coverage also counts the files no test loads.
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testEnvironment: '<rootDir>/test/support/time-zone-environment.js',
  transform: {
    // Type errors are reported by `npm run typecheck`; the transform only strips types,
    // with esbuild: a cold run (a fresh clone in CI) transforms every file once.
    '^.+\\.[tj]s$': '<rootDir>/test/support/esbuild-transform.js',
  },
  // chalk 5 is ESM-only; let the transform turn it into CommonJS for the tests. date-holidays, the
  // reference the shipped calendars are compared with, and the packages it computes with go through
  // it too, for the transform's quick reads of the built-ins (a century of holidays, many times).
  transformIgnorePatterns: ['/node_modules/(?!(chalk|date-holidays|date-holidays-parser|caldate|deepmerge|date-easter|astronomia|jalaali-js|date-chinese|date-bengali-revised|moment|moment-timezone)/)'],
};

const SOURCES = ['src/**/*.ts'];

// `npm test` without test paths sets SLA_TEST_GROUPS=1: the main and foreign-zone passes then run
// in groups of files (test/support/test-groups.js says why); `npx jest`, or `npm test -- PATHS`,
// runs the same tests file by file, so that one file can be run and named on its own.
const GROUPED = process.env.SLA_TEST_GROUPS === '1';
const inRoot = (path) => `<rootDir>/${path}`;

/** The folders directly inside `dir`, as paths from the repository root. */
const folders = (dir) =>
  readdirSync(join(__dirname, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}`);

/** @type {import('jest').Config} */
module.exports = {
  // Jest leaves a core to its own process by default; it has little to do, and the
  // workers spend much of their time waiting on the programs the binary tests start.
  maxWorkers: '100%',
  // Longest first, a group of files counted as long as its files (test/support/test-sequencer.js).
  testSequencer: '<rootDir>/test/support/test-sequencer.js',
  collectCoverageFrom: SOURCES,
  coverageReporters: ['text-summary', ['text', { skipFull: true }]],
  // Each folder on its own (with what lies below it), so that a well-tested folder cannot
  // hide a neglected one: every folder of src, and every folder of src/cli.
  coverageThreshold: Object.fromEntries([...folders('src'), ...folders('src/cli')].map((folder) => [`./${folder}/`, { lines: 90 }])),
  projects: [
    {
      ...common,
      displayName: 'UTC',
      testEnvironmentOptions: { timeZone: 'UTC' },
      testMatch: GROUPED ? [inRoot('test/groups/main/*.test.ts')] : [inRoot('test/**/*.test.ts')],
      testPathIgnorePatterns: ['/node_modules/', ...(GROUPED ? [] : MAIN_EXCLUDED)],
      collectCoverageFrom: SOURCES,
    },
    {
      ...common,
      displayName: 'UTC, bulk',
      testEnvironmentOptions: { timeZone: 'UTC' },
      testMatch: BULK.map(inRoot),
      coveragePathIgnorePatterns: ['.'],
    },
    {
      ...common,
      displayName: 'Pacific/Auckland',
      testEnvironmentOptions: { timeZone: 'Pacific/Auckland' },
      // The zone check, the laws and the zone sweep as files of their own; the rest of what touches
      // time in groups (test/support/test-groups.js says which), or file by file.
      testMatch: ['test/time-zone.test.ts', ...FOREIGN_ZONE_ONLY, ...(GROUPED ? ['test/groups/foreign-zone/*.test.ts'] : foreignZonePaths().map((path) => (path.endsWith('.test.ts') ? path : `${path}/**/*.test.ts`)))].map(inRoot),
      testPathIgnorePatterns: ['/node_modules/', ...(GROUPED ? [] : ['/test/groups/', ...BULK.map(pathPattern)])],
      // Not instrumented: its coverage would only repeat the UTC project's.
      coveragePathIgnorePatterns: ['.'],
    },
  ],
};
