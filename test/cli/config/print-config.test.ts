import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slaWithEnv } from './sla-with-env';

// `--print-config`: the report of `sla config`, for the settings the command line at hand would run with.
let base: string;
let project: string;
let xdg: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'sla-print-config-'));
  project = join(base, 'project');
  xdg = join(base, 'xdg');
  mkdirSync(join(xdg, 'sla'), { recursive: true });
  mkdirSync(project);
  writeFileSync(join(project, 'sla.config.json'), JSON.stringify({ plan: 'professional', tz: 'UTC' }));
  writeFileSync(join(xdg, 'sla', 'config.json'), JSON.stringify({ lang: 'nl' }));
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

const env = (): Record<string, string> => ({ XDG_CONFIG_HOME: xdg, SLA_HOLIDAYS: 'de' });
const sla = (args: string[]) => slaWithEnv(args, { cwd: project, env: env() });

interface Shown {
  projectConfig: string | null;
  userConfig: string | null;
  settings: Record<string, { value: string | null; source: string; origin: string | null }>;
}

describe('--print-config', () => {
  it('alone, prints what sla config prints and exits 0, as text and as JSON', async () => {
    for (const json of [[], ['--json'], ['-j']]) {
      const printed = await sla(['--print-config', ...json]);
      const config = await sla(['config', ...json]);
      expect(printed).toEqual({ code: 0, stdout: config.stdout, stderr: '' });
    }
    const text = (await sla(['--print-config'])).stdout;
    expect(text).toContain(`project config: ${join(project, 'sla.config.json')}\nuser config:    ${join(xdg, 'sla', 'config.json')}\n`);
    expect(text).toMatch(/^holidays +de +env SLA_HOLIDAYS$/m);
  });

  it('names each value and where it comes from: flag, environment, project file, user file, default', async () => {
    const r = await sla(['--print-config', '--json', '--plan', 'advanced']);
    const shown = JSON.parse(r.stdout) as Shown;
    expect(shown).toEqual({
      projectConfig: join(project, 'sla.config.json'),
      userConfig: join(xdg, 'sla', 'config.json'),
      settings: {
        policy: { value: null, source: 'default', origin: null },
        holidays: { value: 'de', source: 'env', origin: 'SLA_HOLIDAYS' },
        plan: { value: 'advanced', source: 'flag', origin: null },
        tz: { value: 'UTC', source: 'project', origin: join(project, 'sla.config.json') },
        lang: { value: 'nl', source: 'user', origin: join(xdg, 'sla', 'config.json') },
        warn: { value: null, source: 'default', origin: null },
      },
    });
  });

  it('on a command, shows the settings that command would run with, its flags as typed, and runs nothing', async () => {
    const r = await sla(['deadline', '-p', '1', '--warn', '1h30m', '--tz', 'Asia/Tokyo', '--print-config', '-j']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const shown = JSON.parse(r.stdout) as Shown;
    expect(shown.settings.warn).toEqual({ value: '1h30m', source: 'flag', origin: null });
    expect(shown.settings.tz).toEqual({ value: 'Asia/Tokyo', source: 'flag', origin: null });
    expect(shown.settings.plan).toEqual({ value: 'professional', source: 'project', origin: join(project, 'sla.config.json') });
    expect(shown.settings.holidays).toEqual({ value: 'de', source: 'env', origin: 'SLA_HOLIDAYS' });
  });

  it("takes a command's own name for a setting's flag (--calendar of sla holidays) and its text form", async () => {
    const r = await sla(['holidays', '--calendar', 'be', '--print-config']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^holidays +be +flag$/m);
    expect(r.stdout).toMatch(/^plan +professional +\S*sla\.config\.json$/m);
  });

  it('is the same report before or after the command name', async () => {
    expect(await sla(['--print-config', 'table', '-j'])).toEqual(await sla(['table', '-j', '--print-config']));
  });

  it('refuses a bad setting as the command would, and a bad command line as usage', async () => {
    writeFileSync(join(project, 'sla.config.json'), JSON.stringify({ warn: '5x' }));
    const bad = await sla(['deadline', '--print-config', '--json']);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(JSON.parse(bad.stderr).error).toMatchObject({ code: 'USAGE', message: expect.stringMatching(/sla\.config\.json: warn: invalid --warn "5x"/) });
    const unknown = await sla(['--print-config', 'bogus']);
    expect([unknown.code, unknown.stdout, unknown.stderr]).toEqual([2, '', "sla: unknown command 'bogus'\n(run with --help for usage)\n"]);
  });
});
