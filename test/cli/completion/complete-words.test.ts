import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../run-sla';
import { slaWithEnv } from '../config/sla-with-env';

/** The candidates `sla __complete` prints for a command line whose last word is being completed. */
async function complete(words: string[], cwd = ROOT): Promise<string[]> {
  const r = await slaWithEnv(['__complete', '--', ...words], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout === '' ? [] : r.stdout.trimEnd().split('\n');
}

describe('sla __complete', () => {
  test('command names', async () => {
    expect(await complete(['dead'])).toEqual(['deadline']);
    expect(await complete(['policy', 't'])).toEqual(['test']);
    const all = await complete(['']);
    expect(all).toEqual(expect.arrayContaining(['deadline', 'table', 'policy', 'classify', 'report', 'holidays', 'config', 'completion']));
    expect(all).not.toContain('__complete');
  });

  test("a command's flags, the program's too", async () => {
    expect(await complete(['deadline', '--pl'])).toEqual(['--plan', '--plans']);
    expect(await complete(['table', '--'])).toEqual(expect.arrayContaining(['--format', '--lang', '--policy', '--help', '--no-color']));
    expect(await complete(['--no-color', 'deadline', '--ex'])).toEqual(['--explain']);
  });

  test('the choices of a .choices() option', async () => {
    expect(await complete(['table', '--format', ''])).toEqual(['table', 'json', 'csv', 'markdown']);
    expect(await complete(['table', '--format', 'M'])).toEqual(['markdown']);
    expect(await complete(['completion', 'zsh', '--h'])).toEqual(['--help']);
    expect(await complete(['completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    expect(await complete(['completion', 'bash', ''])).toEqual([]);
  });

  test('plans and priorities of the effective policy', async () => {
    expect(await complete(['deadline', '--plan', ''])).toEqual(['basic', 'professional', 'advanced']);
    expect(await complete(['deadline', '--priority', 'crit'])).toEqual(['critical']);
    expect(await complete(['deadline', '--policy', 'test/cli/fixtures/lunch-policy.json', '--plan', ''])).toEqual(['standard']);
  });

  test('a value after = : bash splits it off, zsh and fish keep it in the word', async () => {
    expect(await complete(['deadline', '--plan', '=', 'pro'])).toEqual(['professional']);
    expect(await complete(['deadline', '--plan', '='])).toEqual(['basic', 'professional', 'advanced']);
    expect(await complete(['deadline', '--plan=pro'])).toEqual(['--plan=professional']);
  });

  test('calendar names, the last item of a comma list', async () => {
    expect(await complete(['deadline', '--holidays', 'n'])).toEqual(['nl', 'no', 'none']);
    expect(await complete(['holidays', '--calendar', 'nl,b'])).toEqual(['nl,be']);
  });

  test('zones, languages and the classifier\'s facts', async () => {
    expect(await complete(['deadline', '--tz', 'Europe/Ams'])).toEqual(['Europe/Amsterdam']);
    expect(await complete(['classify', '--lang', ''])).toEqual(['en', 'nl']);
    expect(await complete(['classify', '--env', 'st'])).toEqual(['staging']);
    expect(await complete(['classify', '--impact', 'out'])).toEqual(['outage']);
    expect(await complete(['classify', '--workaround', 'y'])).toEqual(['yes']);
    expect(await complete(['classify', '--requested', ''])).toEqual(['1', '2', '3']);
  });

  test('after --, only file names', async () => {
    expect(await complete(['classify', '--', '--pl'])).toEqual([]);
  });

  test('nothing for a file argument, so that the shell completes file names', async () => {
    expect(await complete(['deadline', '--policy', ''])).toEqual([]);
    expect(await complete(['report', 'tick'])).toEqual([]);
  });

  test("plans from the project's config file", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-complete-'));
    try {
      copyFileSync(join(ROOT, 'test/cli/fixtures/lunch-policy.json'), join(dir, 'policy.json'));
      copyFileSync(join(ROOT, 'test/cli/fixtures/closures.json'), join(dir, 'closures.json'));
      writeFileSync(join(dir, 'sla.config.json'), '{"policy": "policy.json"}');
      mkdirSync(join(dir, 'sub'));
      expect(await complete(['deadline', '--plan', ''], join(dir, 'sub'))).toEqual(['standard']);
      // A broken config file leaves the built-in policy, silently: a completion has nowhere to say it.
      writeFileSync(join(dir, 'sla.config.json'), '{"plna": 1}');
      expect(await complete(['deadline', '--plan', ''], join(dir, 'sub'))).toEqual(['basic', 'professional', 'advanced']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('sla completion refuses a shell it has no script for', async () => {
    const r = await slaWithEnv(['completion', 'tcsh'], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sla: invalid shell "tcsh": accepted are bash, zsh, fish\n');
  });
});

const has = (shell: string): boolean => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

describe.each(['zsh', 'fish'])('the %s script', (shell) => {
  (has(shell) ? test : test.skip)(`parses (${shell} -n)`, async () => {
    const script = (await slaWithEnv(['completion', shell], { cwd: ROOT })).stdout;
    const dir = mkdtempSync(join(tmpdir(), 'sla-script-'));
    try {
      writeFileSync(join(dir, 'sla-completion'), script);
      const r = spawnSync(shell, ['-n', join(dir, 'sla-completion')], { encoding: 'utf8', timeout: 10_000 });
      expect([r.status, r.stderr]).toEqual([0, '']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(script).toContain('sla __complete --');
  });
});
