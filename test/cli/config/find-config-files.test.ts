import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProjectConfig, findUserConfig, userConfigPath } from '../../../src/cli/config/find-config-files';
import { readConfigFile } from '../../../src/cli/config/read-config-file';

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'sla-find-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('findProjectConfig', () => {
  test('walks up from the working directory to the first sla.config.json', () => {
    mkdirSync(join(base, 'a', 'b', 'c'), { recursive: true });
    writeFileSync(join(base, 'sla.config.json'), '{}');
    writeFileSync(join(base, 'a', 'sla.config.json'), '{}');
    expect(findProjectConfig(join(base, 'a', 'b', 'c'))).toBe(join(base, 'a', 'sla.config.json'));
    expect(findProjectConfig(base)).toBe(join(base, 'sla.config.json'));
  });

  test('reaches the filesystem root and gives up', () => {
    // The temporary folder's ancestors hold no sla.config.json on a machine that runs the tests.
    expect(findProjectConfig(join(base, 'x'))).toBeUndefined();
  });
});

describe('userConfigPath and findUserConfig', () => {
  test('XDG_CONFIG_HOME first, then ~/.config, else none', () => {
    expect(userConfigPath({ XDG_CONFIG_HOME: '/x', HOME: '/h' })).toBe('/x/sla/config.json');
    expect(userConfigPath({ XDG_CONFIG_HOME: '', HOME: '/h' })).toBe('/h/.config/sla/config.json');
    expect(userConfigPath({})).toBeUndefined();
    expect(userConfigPath(undefined)).toBeUndefined();
  });

  test('only a file that is there', () => {
    expect(findUserConfig({ XDG_CONFIG_HOME: base })).toBeUndefined();
    mkdirSync(join(base, 'sla'));
    writeFileSync(join(base, 'sla', 'config.json'), '{}');
    expect(findUserConfig({ XDG_CONFIG_HOME: base })).toBe(join(base, 'sla', 'config.json'));
  });
});

describe('readConfigFile', () => {
  test('values as flag text: the policy path from the file\'s folder, a calendar list joined', () => {
    const file = join(base, 'sla.config.json');
    writeFileSync(file, '\ufeff{"policy": "p/acme.json", "holidays": "nl, ./extra.json", "plan": "Professional"}');
    expect(Object.fromEntries(readConfigFile(file))).toEqual({
      policy: join(base, 'p', 'acme.json'),
      holidays: `nl,${join(base, 'extra.json')}`,
      plan: 'Professional',
    });
  });

  test('a file over 64 KiB is refused', () => {
    const file = join(base, 'sla.config.json');
    writeFileSync(file, `{"plan": "${'x'.repeat(70_000)}"}`);
    expect(() => readConfigFile(file)).toThrow(`cannot read config file "${file}": larger than the 64 KiB limit for a config file`);
  });
});
