import { sla, slaJson } from './run-in-process';

interface ClassifyJson {
  priority: number;
  name: string;
  requested: number | null;
  filed: number;
  reclassified: 'up' | 'down' | null;
  covered: boolean;
  reasons: string[];
  facts: { env: string; impact: string | null; workaround: string };
  matched: Array<{ fact: string; value: string; phrase: string; lang: string }>;
  confidence: 'high' | 'low';
  needsReview: boolean;
  reviewReason: string | null;
  deadline?: { plan: string; deadline: string | null; target: unknown };
}

const MISFILED = 'P1: installation fails on test machines. The desktop app installer fails on our test machines. We have not rolled it out to production yet.';

describe('sla classify', () => {
  it('lowers a P1 filed for a problem on test machines to P3, with the phrases that decided it', async () => {
    const c = await slaJson<ClassifyJson>(['classify', MISFILED, '--requested', '1', '--json']);
    expect([c.priority, c.name, c.requested, c.filed, c.reclassified]).toEqual([3, 'General Issue', 1, 1, 'down']);
    expect(c.facts.env).toBe('staging');
    expect(c.matched.map((m) => m.fact)).toContain('env');
  });

  it('raises an unfiled outage in production without a workaround to P1', async () => {
    const c = await slaJson<ClassifyJson>(['classify', 'Nobody can make any calls, the whole call centre is down. No workaround.', '--json']);
    expect([c.priority, c.requested, c.filed, c.reclassified]).toEqual([1, null, 3, 'up']);
  });

  it('reads the ticket from standard input with "-"', async () => {
    const c = await slaJson<ClassifyJson>(['classify', '-', '--json'], { input: 'Hoe kan ik een wachtrij aanmaken?\n' });
    expect([c.priority, c.facts.impact]).toEqual([3, 'how-to']);
  });

  it('lets flags win over the text', async () => {
    const c = await slaJson<ClassifyJson>(['classify', 'Everything is down in production, no workaround', '--env', 'staging', '--json']);
    expect([c.priority, c.facts.env]).toEqual([3, 'staging']);
  });

  it('gives P3 with "no impact stated" for unfiled text without a signal', async () => {
    const c = await slaJson<ClassifyJson>(['classify', 'Hello team', '--json']);
    expect(c.priority).toBe(3);
    expect(c.reasons[0]).toMatch(/no impact stated/);
  });

  it('keeps a filed priority when the text states no impact, with needsReview and low confidence', async () => {
    const c = await slaJson<ClassifyJson>(['classify', 'Ticket 5521', 'Please see the attached screenshot.', '--requested', '1', '--json']);
    expect([c.priority, c.reclassified, c.needsReview, c.confidence]).toEqual([1, null, true, 'low']);
    expect(c.reviewReason).toMatch(/^no impact stated/);
  });

  it('prints the confidence and the reason for review in the text output', async () => {
    const r = await sla(['classify', 'Ticket 5521', 'Please see the attached screenshot.', '--requested', '1']);
    expect(r.stdout).toContain('  confidence: low\n');
    expect(r.stdout).toContain('  needs review: no impact stated: the filed priority is kept until a person has read the ticket\n');
  });

  it('reads the first argument as the subject, its own sentence', async () => {
    const c = await slaJson<ClassifyJson>(['classify', 'Now and then calls drop', 'Callers get cut off, the line is down.', '--json']);
    expect([c.priority, c.facts.impact]).toEqual([2, 'intermittent']);
  });

  it('ignores a quoted reply and a signature on standard input', async () => {
    const mail = 'Re: calls\nNo calls can be made, every attempt fails.\n\nKind regards,\nAnna\n\nOn Mon, 3 Mar 2025 at 10:12, Support wrote:\n> Use the mobile app as a workaround.\n';
    const c = await slaJson<ClassifyJson>(['classify', '-', '--requested', '1', '--json'], { input: mail });
    expect([c.priority, c.facts.workaround]).toEqual([1, 'unknown']);
  });

  it('keeps the priority of a beta product but marks it not covered', async () => {
    const c = await slaJson<ClassifyJson>(['classify', '--impact', 'outage', '--workaround', 'no', '--beta', '--json']);
    expect([c.priority, c.covered]).toEqual([1, false]);
  });

  it('adds the plan deadline for the verdict with --plan', async () => {
    const c = await slaJson<ClassifyJson>(['classify', '--impact', 'degraded', '--plan', 'professional', '--opened', '2025-06-02T15:30:00+02:00', '--json']);
    expect(c.priority).toBe(2);
    expect(c.deadline).toMatchObject({ plan: 'professional', deadline: '2025-06-03T13:30:00+02:00' });
  });

  it('writes the explanation in Dutch with --lang nl, quoting the policy', async () => {
    const r = await sla(['classify', MISFILED, '--requested', '1', '--lang', 'nl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^P3 General Issue {2}\(filed as P1: lower it\)/);
    expect(r.stdout).toContain('verlaagd');
  });

  it.each([['P1'], ['critical'], ['Business Critical'], ['1']])('takes --requested %s as --priority takes it', async (requested) => {
    const r = await sla(['classify', MISFILED, '--requested', requested, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ requested: 1, filed: 1 });
  });

  it.each([
    [['--env', 'prod-eu'], 'invalid --env "prod-eu": accepted are production, staging, development'],
    [['--requested', '0'], 'unknown priority "0": accepted are 1|critical|business-critical, 2|degraded|degraded-service, 3|general|general-issue'],
    [['--impact', 'broken'], 'invalid --impact "broken": accepted are outage, function-down, degraded, intermittent, question, how-to, feature-request, development'],
    [['--lang', 'de'], 'invalid --lang "de": accepted are en, nl'],
  ])('rejects %j with exit 2 and names the accepted values', async (args, message) => {
    const r = await sla(['classify', 'text', ...args]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(message);
  });
});
