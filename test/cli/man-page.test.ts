import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slaManPage } from '../../src/cli/man/sla-man-page';
import { roffFlags, roffText } from '../../src/cli/man/roff';
import { ROOT } from './run-sla';

const page = slaManPage();
const has = (program: string): boolean => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

describe('man/sla.1', () => {
  test('is current: the page written from the options as they are now', () => {
    // On a difference: `npm run build` (or `node scripts/build-man.mjs`) writes it again.
    expect(readFileSync(join(ROOT, 'man', 'sla.1'), 'utf8')).toBe(page);
  });

  test('has every command, its options and their choices, the settings, environment, files and exit statuses', () => {
    for (const heading of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'COMMANDS', 'GLOBAL OPTIONS', 'CONFIGURATION', 'ENVIRONMENT', 'FILES', 'EXIT STATUS', 'EXAMPLES']) {
      expect(page).toContain(`\n.SH ${heading}\n`);
    }
    for (const command of ['sla deadline', 'sla table', 'sla policy validate', 'sla policy diff', 'sla policy test', 'sla report', 'sla holidays', 'sla classify', 'sla config', 'sla completion']) {
      expect(page).toContain(`.SS "${command}"`);
    }
    expect(page).not.toContain('__complete');
    expect(page).toContain('\\fB\\-\\-format\\fR \\fIformat\\fR\nOutput format (default: table). One of: table, json, csv, markdown.'.replace('Output', 'output'));
    expect(page).toContain('Setting: policy (or SLA_POLICY).');
    for (const variable of ['SLA_POLICY', 'SLA_HOLIDAYS', 'NO_COLOR', 'FORCE_COLOR']) expect(page).toContain(`.TP\n\\fB${variable}\\fR\n`);
    expect(page).toContain('\\fIsla.config.json\\fR');
    for (const code of [0, 1, 2, 3]) expect(page).toContain(`.TP\n\\fB${code}\\fR\n`);
  });

  (has('groff') ? test : test.skip)('renders without a warning (groff -man -ww)', () => {
    const r = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z'], { input: page, encoding: 'utf8', timeout: 30_000 });
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  (has('man') ? test : test.skip)('man -l shows it', () => {
    const r = spawnSync('man', ['-l', join(ROOT, 'man', 'sla.1')], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '80' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('sla - Support-SLA calculator');
    expect(r.stdout).toMatch(/--plan plan\s/);
  });
});

describe('roff escaping', () => {
  test('flags as minus signs, backslashes as \\e, a leading dot guarded', () => {
    expect(roffText('give --plan or -V; C:\\x')).toBe('give \\-\\-plan or \\-V; C:\\ex');
    expect(roffText('.hidden\n\'quote')).toBe('\\&.hidden\n\\&\'quote');
    expect(roffText('a|b')).toBe('a|\\:b');
    expect(roffText('non-production')).toBe('non-production');
  });

  test('option flags bold, arguments italic', () => {
    expect(roffFlags('-V, --version')).toBe('\\fB\\-V\\fR, \\fB\\-\\-version\\fR');
    expect(roffFlags('--opened <iso>')).toBe('\\fB\\-\\-opened\\fR \\fIiso\\fR');
  });
});
