import { mkdirSync, mkdtempSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../run-sla';
import { slaWithEnv } from './sla-with-env';

// A project folder with a policy of its own, a subfolder to run from, and a user config folder beside it.
let base: string;
let project: string;
let sub: string;
let xdg: string;

const write = (file: string, value: unknown): void => writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'sla-config-'));
  project = join(base, 'project');
  sub = join(project, 'tickets', 'june');
  xdg = join(base, 'xdg');
  mkdirSync(sub, { recursive: true });
  mkdirSync(join(xdg, 'sla'), { recursive: true });
  mkdirSync(join(project, 'policies'));
  copyFileSync(join(ROOT, 'test/cli/fixtures/lunch-policy.json'), join(project, 'policies', 'lunch-policy.json'));
  copyFileSync(join(ROOT, 'test/cli/fixtures/closures.json'), join(project, 'policies', 'closures.json'));
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

interface Shown {
  projectConfig: string | null;
  userConfig: string | null;
  settings: Record<'policy' | 'holidays' | 'plan' | 'tz' | 'lang' | 'warn', { value: string | null; source: string; origin: string | null }>;
}

async function shown(args: string[] = [], env: Record<string, string> = {}, cwd = sub): Promise<Shown> {
  const r = await slaWithEnv(['config', '--json', ...args], { cwd, env: { XDG_CONFIG_HOME: xdg, ...env } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Shown;
}

describe('where settings come from', () => {
  test('nothing set: every setting is the default', async () => {
    const s = await shown();
    expect(s.projectConfig).toBeNull();
    expect(s.userConfig).toBeNull();
    for (const key of ['policy', 'holidays', 'plan', 'tz', 'lang', 'warn'] as const) expect(s.settings[key]).toEqual({ value: null, source: 'default', origin: null });
  });

  test('flags > environment > project config > user config > default, key by key', async () => {
    write(join(xdg, 'sla', 'config.json'), { plan: 'basic', tz: 'Asia/Tokyo', lang: 'nl', warn: '10%', holidays: 'be' });
    write(join(project, 'sla.config.json'), { plan: 'professional', tz: 'UTC', holidays: ['de'] });
    const s = await shown(['--plan', 'advanced'], { SLA_HOLIDAYS: 'fr' });
    const user = join(xdg, 'sla', 'config.json');
    const file = join(project, 'sla.config.json');
    expect(s.projectConfig).toBe(file);
    expect(s.userConfig).toBe(user);
    expect(s.settings.plan).toEqual({ value: 'advanced', source: 'flag', origin: null });
    expect(s.settings.holidays).toEqual({ value: 'fr', source: 'env', origin: 'SLA_HOLIDAYS' });
    expect(s.settings.tz).toEqual({ value: 'UTC', source: 'project', origin: file });
    expect(s.settings.lang).toEqual({ value: 'nl', source: 'user', origin: user });
    expect(s.settings.warn).toEqual({ value: '10%', source: 'user', origin: user });
    expect(s.settings.policy).toEqual({ value: null, source: 'default', origin: null });
  });

  test('the nearest sla.config.json wins and the search stops there', async () => {
    write(join(project, 'sla.config.json'), { plan: 'basic', tz: 'UTC' });
    write(join(project, 'tickets', 'sla.config.json'), { lang: 'nl' });
    const s = await shown();
    expect(s.projectConfig).toBe(join(project, 'tickets', 'sla.config.json'));
    expect(s.settings.lang.value).toBe('nl');
    expect(s.settings.plan.source).toBe('default');
    expect(s.settings.tz.source).toBe('default');
  });

  test('the user config is ~/.config/sla/config.json without XDG_CONFIG_HOME', async () => {
    mkdirSync(join(base, 'home', '.config', 'sla'), { recursive: true });
    write(join(base, 'home', '.config', 'sla', 'config.json'), { plan: 'basic' });
    const r = await slaWithEnv(['config', '--json'], { cwd: sub, env: { HOME: join(base, 'home') } });
    expect(JSON.parse(r.stdout).settings.plan).toEqual({ value: 'basic', source: 'user', origin: join(base, 'home', '.config', 'sla', 'config.json') });
  });

  test('an empty environment variable is unset', async () => {
    write(join(project, 'sla.config.json'), { holidays: 'de' });
    expect((await shown([], { SLA_HOLIDAYS: '' })).settings.holidays.source).toBe('project');
  });

  test('the text form names each source', async () => {
    write(join(project, 'sla.config.json'), { plan: 'professional' });
    const r = await slaWithEnv(['config', '--warn', '30m'], { cwd: sub, env: { XDG_CONFIG_HOME: xdg, SLA_POLICY: 'p.json' } });
    expect(r.code).toBe(0);
    const line = (key: string): string => r.stdout.split('\n').find((l) => l.startsWith(`${key} `))!;
    expect(line('plan')).toMatch(new RegExp(`professional\\s+${join(project, 'sla.config.json').replace(/[/.]/g, '\\$&')}$`));
    expect(line('policy')).toMatch(/p\.json\s+env SLA_POLICY$/);
    expect(line('warn')).toMatch(/30m\s+flag$/);
    expect(line('tz')).toMatch(/\(the policy's zone\)\s+default$/);
    expect(r.stdout).toContain(`project config: ${join(project, 'sla.config.json')}`);
    expect(r.stdout).toContain(`user config:    none (${join(xdg, 'sla', 'config.json')} not found)`);
  });
});

describe('settings reach every command that has the flag', () => {
  const ticket = ['--opened', '2025-06-02T10:00:00-04:00', '--now', '2025-06-02T10:00:00-04:00', '--priority', '1', '--json'];

  test('policy is relative to the config file, and plan, tz and warn apply to deadline', async () => {
    write(join(project, 'sla.config.json'), { policy: 'policies/lunch-policy.json', plan: 'standard', tz: 'UTC', warn: '30m' });
    const r = await slaWithEnv(['deadline', ...ticket], { cwd: sub });
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json.plan).toBe('standard');
    expect(json.timezone).toBe('UTC');
    expect(json.opened).toBe('2025-06-02T14:00:00Z'.replace('Z', '+00:00'));
  });

  test('a flag beats the config file', async () => {
    write(join(project, 'sla.config.json'), { tz: 'UTC', plan: 'basic' });
    const r = await slaWithEnv(['deadline', '--tz', 'Asia/Tokyo', '--plan', 'advanced', '--opened', '2025-06-02T10:00:00+02:00', '--now', '2025-06-02T10:00:00+02:00', '--json'], { cwd: sub });
    expect(JSON.parse(r.stdout)).toMatchObject({ plan: 'advanced', timezone: 'Asia/Tokyo' });
  });

  test('SLA_POLICY is relative to the working directory and beats the config file', async () => {
    write(join(project, 'sla.config.json'), { policy: 'missing.json' });
    const r = await slaWithEnv(['deadline', ...ticket], { cwd: project, env: { SLA_POLICY: 'policies/lunch-policy.json' } });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].plan).toBe('standard');
  });

  test('lang applies to table; SLA_HOLIDAYS to holidays (its --calendar)', async () => {
    write(join(xdg, 'sla', 'config.json'), { lang: 'nl' });
    const table = await slaWithEnv(['table', '--format', 'csv'], { cwd: sub, env: { XDG_CONFIG_HOME: xdg } });
    expect(table.stdout).toContain('Binnen 3 kantooruren');
    const holidays = await slaWithEnv(['holidays', '--year', '2026', '--json'], { cwd: sub, env: { SLA_HOLIDAYS: 'be' } });
    expect(new Set(JSON.parse(holidays.stdout).map((d: { calendar: string }) => d.calendar))).toEqual(new Set(['be']));
  });

  test('calendar paths in a config file are relative to it; names stay names', async () => {
    write(join(project, 'sla.config.json'), { holidays: ['nl', 'policies/closures.json'] });
    const s = await shown();
    expect(s.settings.holidays.value).toBe(`nl,${join(project, 'policies', 'closures.json')}`);
  });

  test('commands without such flags never read a config file', async () => {
    write(join(project, 'sla.config.json'), '{ not json');
    expect((await slaWithEnv(['--version'], { cwd: sub })).code).toBe(0);
    expect((await slaWithEnv(['completion', 'bash'], { cwd: sub })).code).toBe(0);
    expect((await slaWithEnv(['policy', 'validate', join(project, 'policies', 'lunch-policy.json')], { cwd: sub })).code).toBe(0);
  });
});

describe('bad settings are refused as bad flags are, naming where they are set', () => {
  const fails = async (config: string | object, args: string[], env: Record<string, string> = {}): Promise<string> => {
    write(join(project, 'sla.config.json'), config);
    const r = await slaWithEnv(args, { cwd: sub, env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    return r.stderr;
  };
  const file = (): string => join(project, 'sla.config.json');

  test('an unknown key names the file and the accepted keys', async () => {
    expect(await fails({ plna: 'basic' }, ['deadline'])).toBe(`sla: ${file()}: unknown key "plna": accepted are policy, holidays, plan, tz, lang, warn\n`);
  });

  test('several problems are all listed', async () => {
    const err = await fails({ plna: 'basic', tz: 3, holidays: [] }, ['deadline']);
    expect(err).toContain(`${file()}: 3 problems`);
    expect(err).toContain('tz: must be a non-empty string');
    expect(err).toContain('holidays: must be a list of calendar names or paths');
  });

  test('text that is not JSON is reported by position, never quoted', async () => {
    const err = await fails('{"plan": "secret-value",\n  oops }', ['deadline']);
    expect(err).toMatch(new RegExp(`^sla: ${file().replace(/[/.]/g, '\\$&')}: not valid JSON at line 2, column 3`));
    expect(err).not.toContain('secret-value');
  });

  test('a JSON value that is not an object', async () => {
    expect(await fails('["plan"]', ['deadline'])).toContain('a config file holds a JSON object');
  });

  test('a bad value goes through the flag parser: warn, lang, tz', async () => {
    expect(await fails({ warn: '5x' }, ['deadline'])).toBe(`sla: ${file()}: warn: invalid --warn "5x": give a share of the target such as 25%, or a time such as 30m, 45min, 1h or 1h30m\n`);
    expect(await fails({ lang: 'fr' }, ['table'])).toBe(`sla: ${file()}: lang: invalid lang "fr": accepted are en, nl\n`);
    expect(await fails({ tz: 'Mars/Base' }, ['deadline'])).toContain(`sla: ${file()}: tz: unknown time zone "Mars/Base"`);
  });

  test('a bad environment variable names the variable', async () => {
    expect(await fails({}, ['deadline'], { SLA_HOLIDAYS: 'nl,,be' })).toBe('sla: SLA_HOLIDAYS: invalid --holidays "nl,,be": give a comma list of calendar names or JSON paths, or "none"\n');
  });

  test('a plan the policy does not have is named with the file that set it', async () => {
    const err = await fails({ plan: 'gold' }, ['deadline']);
    expect(err).toBe(`sla: unknown plan "gold": accepted are basic, professional, advanced\n  plan "gold" is set in ${file()}\n`);
  });

  test('a folder named sla.config.json is refused, not skipped', async () => {
    mkdirSync(join(project, 'sla.config.json'));
    const r = await slaWithEnv(['deadline'], { cwd: sub });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sla: cannot read config file "${file()}": a folder, not a file\n`);
  });
});
