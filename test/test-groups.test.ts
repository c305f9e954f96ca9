import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GROUPS, groupFiles, mainFiles, ROOT } from './support/test-groups';

// `npm test` runs the main and foreign-zone passes through the group files of test/groups/: a test
// file that no group took would silently not run there.
const passes = ['main', 'foreign-zone'] as const;
const groupNames = (pass: (typeof passes)[number]): string[] => Object.keys(GROUPS[pass]).sort();

describe('the test groups of npm test', () => {
  it.each(passes)('have one group file each in test/groups/%s, which runs that group', (pass) => {
    const dir = join(ROOT, 'test', 'groups', pass);
    const files = readdirSync(dir).filter((name) => name.endsWith('.test.ts'));
    expect(files.map((name) => name.replace(/\.test\.ts$/, '')).sort()).toEqual(groupNames(pass));
    for (const name of files) expect(readFileSync(join(dir, name), 'utf8')).toContain(`runGroup('${pass}', '${name.replace(/\.test\.ts$/, '')}');`);
  });

  it('share every test file of the main pass out among the main groups, each file once', () => {
    const grouped = groupNames('main').flatMap((name) => groupFiles('main', name));
    expect(grouped.sort()).toEqual(mainFiles().sort());
  });

  it.each(passes)('leave no %s group empty', (pass) => {
    expect(groupNames(pass).filter((name) => groupFiles(pass, name).length === 0)).toEqual([]);
  });

  it('name in the foreign-zone groups only test files of the main pass, each in one group', () => {
    const files = new Set(mainFiles());
    const named = Object.values(GROUPS['foreign-zone'])
      .flat()
      .filter((path) => path.endsWith('.test.ts'));
    expect(named.filter((path) => !files.has(path))).toEqual([]);
    const grouped = groupNames('foreign-zone').flatMap((name) => groupFiles('foreign-zone', name));
    expect(grouped.length).toBe(new Set(grouped).size);
  });
});
