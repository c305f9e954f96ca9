import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../run-sla';
import { slaWithEnv } from './sla-with-env';

// A project folder with a config, and a policy and a calendar outside it.
let base: string;
let project: string;
let outside: string;

const TICKET = ['deadline', '--priority', '1', '--plan', 'professional', '--opened', '2025-06-02T10:00:00+02:00', '--json'];
const config = (value: unknown): void => writeFileSync(join(project, 'sla.config.json'), JSON.stringify(value));

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'sla-config-paths-'));
  project = join(base, 'project');
  outside = join(base, 'elsewhere');
  mkdirSync(project);
  mkdirSync(outside);
  copyFileSync(join(ROOT, 'src/policy/default-policy.json'), join(outside, 'policy.json'));
  copyFileSync(join(ROOT, 'test/cli/fixtures/closures.json'), join(outside, 'closures.json'));
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

describe("paths in a project's sla.config.json", () => {
  it.each([['../elsewhere/policy.json'], ['ABSOLUTE']])('refuse a policy outside the project folder (%s)', async (path) => {
    config({ policy: path === 'ABSOLUTE' ? join(outside, 'policy.json') : path });
    const r = await slaWithEnv(TICKET, { cwd: project });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is outside the folder of this file');
  });

  it('refuse a calendar path outside the project folder', async () => {
    config({ holidays: ['nl', '../elsewhere/closures.json'] });
    const r = await slaWithEnv(TICKET, { cwd: project });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('closures.json');
  });

  it('refuse a symbolic link inside the folder that leads out of it', async () => {
    symlinkSync(join(outside, 'policy.json'), join(project, 'policy.json'));
    config({ policy: './policy.json' });
    const r = await slaWithEnv(TICKET, { cwd: project });
    expect(r.code).toBe(2);
  });

  it('read any path with --allow-any-path', async () => {
    config({ policy: '../elsewhere/policy.json' });
    const r = await slaWithEnv([...TICKET, '--allow-any-path'], { cwd: project });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).deadline).toBe('2025-06-02T13:00:00+02:00');
  });

  it('read a policy inside the project folder', async () => {
    copyFileSync(join(outside, 'policy.json'), join(project, 'policy.json'));
    config({ policy: './policy.json' });
    const r = await slaWithEnv(TICKET, { cwd: project });
    expect(r.code).toBe(0);
  });

  it('leave the environment unconfined: SLA_POLICY is the user’s word, like a flag', async () => {
    const r = await slaWithEnv(TICKET, { cwd: project, env: { SLA_POLICY: join(outside, 'policy.json') } });
    expect(r.code).toBe(0);
  });
});
