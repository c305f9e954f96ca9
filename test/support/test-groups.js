const { readdirSync } = require('node:fs');
const { join } = require('node:path');

// Which test files run where: read by jest.config.js, by the group files of test/groups/, and by
// test/test-groups.test.ts, which checks that every test runs in `npm test`.

const ROOT = join(__dirname, '..', '..');

/** The tests of the "UTC, bulk" project: the binary's own runs, and repeated computations. */
const BULK = [
  'test/hostile/**/*.test.ts',
  'test/bin/**/*.test.ts',
  'test/cli/{binary,stdout-pipe,zone-snapshot,report-html.browser}.test.ts',
  'test/holidays/reference-comparison.test.ts',
  'test/classify/corpus.test.ts',
  'test/**/*.fuzz.test.ts',
  // A test of volume (megabytes, tens of thousands of records) goes in a file of its own, `*.bulk.test.ts`.
  'test/**/*.bulk.test.ts',
];

/** Tests that run only in the foreign zone: the property laws, and the zone snapshot's sweep against Intl. */
const FOREIGN_ZONE_ONLY = ['test/core/*.property.test.ts', 'test/core/zone-snapshot.test.ts'];

/**
 * A regular expression, for a path with a leading `/`, from one of the globs above (`*`, `**`, `{a,b}`).
 *
 * @example
 * pathPattern('test/**\/*.fuzz.test.ts') //=> '/test/(.*\/)?[^/]*\\.fuzz\\.test\\.ts$'
 */
const pathPattern = (glob) =>
  `/${glob}`
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]*)\}/g, (_, list) => `(${list.split(',').join('|')})`)
    .replace(/\*\*\//g, '\0')
    .replace(/\*/g, '[^/]*')
    .replace(/\0/g, '(.*/)?') + '$';

/** What the main (UTC) pass leaves out: the bulk, the foreign zone's own tests, and the group files. */
const MAIN_EXCLUDED = ['/test/groups/', ...[...BULK, ...FOREIGN_ZONE_ONLY].map(pathPattern)];

/** Every `*.test.ts` file at or below `path` (a folder or a file), from the repository root, in name order. */
function testFilesAt(path) {
  if (path.endsWith('.test.ts')) return [path];
  return readdirSync(join(ROOT, path), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? testFilesAt(`${path}/${entry.name}`) : entry.name.endsWith('.test.ts') ? [`${path}/${entry.name}`] : []));
}

/** The test files of the main (UTC) pass, from the repository root. */
function mainFiles() {
  const excluded = MAIN_EXCLUDED.map((pattern) => new RegExp(pattern));
  return testFilesAt('test').filter((file) => !excluded.some((re) => re.test(`/${file}`)));
}

/**
 * `npm test` runs the main pass and the foreign zone's in groups of files, one jest file each
 * (`test/groups/<pass>/<group>.test.ts`), not file by file: a jest file pays for a fresh module
 * registry, an environment and, in the main pass, a copy of the coverage counters of every module
 * it loaded, and for most test files here that cost more than their tests (the main pass loaded
 * for 31 s of CPU before a test ran; in groups, for a fraction of that). The tests are the same;
 * each file's tests sit under a `describe` named for the file.
 *
 * Main groups are folders: a file belongs to the first group with a folder above it, and to
 * `rest` when none has. Foreign-zone groups list what parses, computes or formats time.
 */
const GROUPS = {
  main: {
    classify: ['test/classify'],
    'cli-batch': ['test/cli/batch'],
    'cli-parts': ['test/cli/render', 'test/cli/config', 'test/cli/options', 'test/cli/completion'],
    cli: ['test/cli'],
    core: ['test/core'],
    data: ['test/holidays', 'test/policy', 'test/document', 'test/domain', 'test/io', 'test/schemas'],
    rest: [],
  },
  'foreign-zone': {
    core: ['test/core'],
    data: ['test/holidays', 'test/policy'],
    // Of the batch and the renderers, what reads, counts or writes times (not CSV cells, line ends or charts).
    'cli-batch': [
      ...['compiled-date-pattern', 'date-format', 'deadline-record-text', 'export-presets', 'read-ticket', 'report-groups', 'report-range-now'].map(
        (name) => `test/cli/batch/${name}.test.ts`,
      ),
      'test/cli/render/deadline',
      'test/cli/render/shared',
    ],
    'cli-commands': ['deadline', 'deadline-status', 'report', 'batch', 'batch-errors', 'batch-formats', 'holidays', 'policy-test'].map((name) => `test/cli/${name}.test.ts`),
  },
};

const under = (file, path) => file === path || file.startsWith(`${path}/`);

/**
 * The test files of a group, from the repository root: in the main pass, its folders' files that no
 * group before it took; in the foreign zone, its folders' and files' main-pass files.
 *
 * @example
 * groupFiles('foreign-zone', 'cli-commands') //=> ['test/cli/deadline.test.ts', 'test/cli/deadline-status.test.ts', ...]
 */
function groupFiles(pass, group) {
  const groups = GROUPS[pass];
  const paths = groups?.[group];
  if (paths === undefined) throw new Error(`no test group "${pass}/${group}" (there are: ${Object.entries(GROUPS).flatMap(([p, g]) => Object.keys(g).map((n) => `${p}/${n}`)).join(', ')})`);
  const files = mainFiles();
  if (pass === 'foreign-zone') return files.filter((file) => paths.some((path) => under(file, path)));
  const owner = (file) => Object.keys(groups).find((name) => groups[name].some((path) => under(file, path))) ?? 'rest';
  return files.filter((file) => owner(file) === group);
}

/** The folders and files of the foreign-zone groups, for running its files one by one. */
const foreignZonePaths = () => Object.values(GROUPS['foreign-zone']).flat();

module.exports = { BULK, FOREIGN_ZONE_ONLY, GROUPS, MAIN_EXCLUDED, ROOT, groupFiles, mainFiles, foreignZonePaths, pathPattern };
