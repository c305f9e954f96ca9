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
// would show, and the unit tests already cover what they cover.

const { readdirSync } = require('node:fs');
const { join } = require('node:path');

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

/** The tests of the "UTC, bulk" project: the binary's own runs, and repeated computations. */
const BULK = [
  '<rootDir>/test/hostile/**/*.test.ts',
  '<rootDir>/test/bin/**/*.test.ts',
  '<rootDir>/test/cli/{binary,stdout-pipe,zone-snapshot,report-html.browser}.test.ts',
  '<rootDir>/test/holidays/reference-comparison.test.ts',
  '<rootDir>/test/classify/corpus.test.ts',
  '<rootDir>/test/**/*.fuzz.test.ts',
  // A test of volume (megabytes, tens of thousands of records) goes in a file of its own, `*.bulk.test.ts`.
  '<rootDir>/test/**/*.bulk.test.ts',
];

/** A `testPathIgnorePatterns` regular expression for one of the globs above (`*`, `**`, `{a,b}`). */
const pathPattern = (glob) =>
  glob
    .replace('<rootDir>/', '/')
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]*)\}/g, (_, list) => `(${list.split(',').join('|')})`)
    .replace(/\*\*\//g, '\0')
    .replace(/\*/g, '[^/]*')
    .replace(/\0/g, '(.*/)?') + '$';

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
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      // The laws, and the zone snapshot's sweep against Intl, run once: in Pacific/Auckland.
      testPathIgnorePatterns: ['/node_modules/', '\\.property\\.test\\.ts$', '/test/core/zone-snapshot\\.test\\.ts$', '/test/foreign-zone/', ...BULK.map(pathPattern)],
      collectCoverageFrom: SOURCES,
    },
    {
      ...common,
      displayName: 'UTC, bulk',
      testEnvironmentOptions: { timeZone: 'UTC' },
      testMatch: BULK,
      coveragePathIgnorePatterns: ['.'],
    },
    {
      ...common,
      displayName: 'Pacific/Auckland',
      testEnvironmentOptions: { timeZone: 'Pacific/Auckland' },
      // The zone check, the laws and the zone sweep as files of their own; the rest of what touches
      // time in groups, one jest file each (test/foreign-zone/groups.ts says which and why).
      testMatch: ['<rootDir>/test/time-zone.test.ts', '<rootDir>/test/core/*.property.test.ts', '<rootDir>/test/core/zone-snapshot.test.ts', '<rootDir>/test/foreign-zone/*.test.ts'],
      // Not instrumented: its coverage would only repeat the UTC project's.
      coveragePathIgnorePatterns: ['.'],
    },
  ],
};
