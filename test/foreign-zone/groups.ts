import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

interface Group {
  /** Folders (every `*.test.ts` below them) and files, from the repository root. */
  readonly include: readonly string[];
  /** Paths (with a leading `/`) left out of the folders. */
  readonly except?: RegExp;
}

/**
 * The tests that run a second time in a foreign zone (jest.config.js, project "Pacific/Auckland"):
 * everything that parses, computes or formats time. There they run in a few groups, one jest file
 * each (`test/foreign-zone/<group>.test.ts`), not file by file: a jest file pays for a fresh module
 * registry, an environment and a report, and for most of these small files that cost as much as
 * their tests. Each file still runs alone, as itself, in the UTC project.
 *
 * The laws and the zone sweep run only in the foreign zone, as files of their own; the tests of
 * volume and the comparison with date-holidays run once, in UTC.
 */
export const GROUPS: Readonly<Record<string, Group>> = {
  core: { include: ['test/core'], except: /\.property\.test\.ts$|\/zone-snapshot\.test\.ts$/ },
  data: { include: ['test/holidays', 'test/policy'], except: /\.(fuzz|bulk)\.test\.ts$|\/reference-comparison\.test\.ts$/ },
  // Of the batch and the renderers, what reads, counts or writes times (not CSV cells, line ends or charts).
  'cli-batch': {
    include: [
      ...['compiled-date-pattern', 'date-format', 'deadline-record-text', 'export-presets', 'read-ticket', 'report-groups', 'report-range-now'].map(
        (name) => `test/cli/batch/${name}.test.ts`,
      ),
      'test/cli/render/deadline',
      'test/cli/render/shared',
    ],
  },
  'cli-commands': {
    include: ['deadline', 'deadline-status', 'report', 'batch', 'batch-errors', 'batch-formats', 'holidays', 'policy-test'].map((name) => `test/cli/${name}.test.ts`),
  },
};

/** Every `*.test.ts` file at or below `path` (a folder or a file), from the repository root, in name order. */
function testFilesAt(path: string): string[] {
  if (path.endsWith('.test.ts')) return [path];
  return readdirSync(join(ROOT, path), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? testFilesAt(`${path}/${entry.name}`) : entry.name.endsWith('.test.ts') ? [`${path}/${entry.name}`] : []));
}

/**
 * The test files of a group, from the repository root.
 *
 * @example
 * groupFiles('cli-commands') //=> ['test/cli/deadline.test.ts', 'test/cli/deadline-status.test.ts', ...]
 */
export function groupFiles(group: string): string[] {
  const spec = GROUPS[group];
  if (spec === undefined) throw new Error(`no foreign-zone group "${group}" (there are: ${Object.keys(GROUPS).join(', ')})`);
  return spec.include.flatMap(testFilesAt).filter((file) => !spec.except?.test(`/${file}`));
}
