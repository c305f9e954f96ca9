import { join } from 'node:path';
import { sla, slaJson } from './run-in-process';

const POLICIES = join(__dirname, 'fixtures', 'policies');

const ok = async (args: string[], opts: Parameters<typeof sla>[1] = {}): Promise<string> => {
  const r = await sla(['table', ...args], opts);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return r.stdout;
};

describe('sla table: the built-in policy reproduces the policy document', () => {
  it('draws the matrix with its footnotes (the default format, on a pipe too)', async () => {
    expect(await ok([])).toBe(
      [
        '┌─────────────────┬───────────────────┬───────┬─────────────────────────┬─────────────────────────┐',
        '│ Ticket priority │ Issue status      │ Basic │ Professional            │ Advanced                │',
        '├─────────────────┼───────────────────┼───────┼─────────────────────────┼─────────────────────────┤',
        '│ 1               │ Business Critical │ N/A   │ Within 3 business hours │ Within 1 hour (24/7)    │',
        '│ 2               │ Degraded Service  │ N/A   │ Within 6 business hours │ Within 3 business hours │',
        '│ 3               │ General Issue     │ N/A   │ Within 9 business hours │ Within 6 business hours │',
        '└─────────────────┴───────────────────┴───────┴─────────────────────────┴─────────────────────────┘',
        '* Office hours are Monday to Friday 09:00-17:00 (Europe/Amsterdam), except holidays (Netherlands: national public holidays).',
        '** Questions about developer previews and beta products have no guaranteed response time.',
        '*** A ticket without a priority is priority 3 (General Issue).',
        '',
      ].join('\n'),
    );
  });

  it('is the same with --format table', async () => {
    expect(await ok(['--format', 'table'])).toBe(await ok([]));
  });

  it('draws the Dutch labels with --lang nl', async () => {
    expect(await ok(['--lang', 'nl'])).toBe(
      [
        '┌──────────────────┬───────────────────┬────────┬──────────────────────┬──────────────────────┐',
        '│ Ticketprioriteit │ Probleemstatus    │ Basic  │ Professional         │ Advanced             │',
        '├──────────────────┼───────────────────┼────────┼──────────────────────┼──────────────────────┤',
        '│ 1                │ Business Critical │ N.v.t. │ Binnen 3 kantooruren │ Binnen 1 uur (24/7)  │',
        '│ 2                │ Degraded Service  │ N.v.t. │ Binnen 6 kantooruren │ Binnen 3 kantooruren │',
        '│ 3                │ General Issue     │ N.v.t. │ Binnen 9 kantooruren │ Binnen 6 kantooruren │',
        '└──────────────────┴───────────────────┴────────┴──────────────────────┴──────────────────────┘',
        '* Onze kantooruren zijn maandag tot en met vrijdag 09:00-17:00 (Europe/Amsterdam), met uitzondering van feestdagen (Netherlands: national public holidays).',
        '** Onze gegarandeerde responstijden zijn niet gedekt voor vragen over previews van ontwikkelaars en bètaproducten.',
        '*** Als je geen prioriteitsniveau kiest, krijgt het ticket standaard prioriteit 3 (General Issue).',
        '',
      ].join('\n'),
    );
  });

  it('prints Markdown laid out like the policy document, with the footnotes', async () => {
    expect(await ok(['--format', 'markdown'])).toBe(
      [
        '| Ticket priority | Issue status      | Basic | Professional            | Advanced                |',
        '|-----------------|-------------------|-------|-------------------------|-------------------------|',
        '| 1               | Business Critical | N/A   | Within 3 business hours | Within 1 hour (24/7)    |',
        '| 2               | Degraded Service  | N/A   | Within 6 business hours | Within 3 business hours |',
        '| 3               | General Issue     | N/A   | Within 9 business hours | Within 6 business hours |',
        '',
        '(*) Office hours are Monday to Friday 09:00-17:00 (Europe/Amsterdam), except holidays (Netherlands: national public holidays).',
        '',
        '(**) Questions about developer previews and beta products have no guaranteed response time.',
        '',
        '(***) A ticket without a priority is priority 3 (General Issue).',
        '',
      ].join('\n'),
    );
  });

  it('prints Dutch Markdown', async () => {
    expect(await ok(['--format', 'markdown', '--lang', 'nl'])).toBe(
      [
        '| Ticketprioriteit | Probleemstatus    | Basic  | Professional         | Advanced             |',
        '|------------------|-------------------|--------|----------------------|----------------------|',
        '| 1                | Business Critical | N.v.t. | Binnen 3 kantooruren | Binnen 1 uur (24/7)  |',
        '| 2                | Degraded Service  | N.v.t. | Binnen 6 kantooruren | Binnen 3 kantooruren |',
        '| 3                | General Issue     | N.v.t. | Binnen 9 kantooruren | Binnen 6 kantooruren |',
        '',
        '(*) Onze kantooruren zijn maandag tot en met vrijdag 09:00-17:00 (Europe/Amsterdam), met uitzondering van feestdagen (Netherlands: national public holidays).',
        '',
        '(**) Onze gegarandeerde responstijden zijn niet gedekt voor vragen over previews van ontwikkelaars en bètaproducten.',
        '',
        '(***) Als je geen prioriteitsniveau kiest, krijgt het ticket standaard prioriteit 3 (General Issue).',
        '',
      ].join('\n'),
    );
  });

  it('prints CSV: one row per cell, priorities then plans in order', async () => {
    expect(await ok(['--format', 'csv'])).toBe(
      [
        'priority,name,plan,minutes,clock,label',
        '1,Business Critical,basic,,,N/A',
        '1,Business Critical,professional,180,business,Within 3 business hours',
        '1,Business Critical,advanced,60,calendar,Within 1 hour (24/7)',
        '2,Degraded Service,basic,,,N/A',
        '2,Degraded Service,professional,360,business,Within 6 business hours',
        '2,Degraded Service,advanced,180,business,Within 3 business hours',
        '3,General Issue,basic,,,N/A',
        '3,General Issue,professional,540,business,Within 9 business hours',
        '3,General Issue,advanced,360,business,Within 6 business hours',
        '',
      ].join('\n'),
    );
  });

  it('prints Dutch CSV', async () => {
    expect(await ok(['--format', 'csv', '--lang', 'nl'])).toBe(
      [
        'priority,name,plan,minutes,clock,label',
        '1,Business Critical,basic,,,N.v.t.',
        '1,Business Critical,professional,180,business,Binnen 3 kantooruren',
        '1,Business Critical,advanced,60,calendar,Binnen 1 uur (24/7)',
        '2,Degraded Service,basic,,,N.v.t.',
        '2,Degraded Service,professional,360,business,Binnen 6 kantooruren',
        '2,Degraded Service,advanced,180,business,Binnen 3 kantooruren',
        '3,General Issue,basic,,,N.v.t.',
        '3,General Issue,professional,540,business,Binnen 9 kantooruren',
        '3,General Issue,advanced,360,business,Binnen 6 kantooruren',
        '',
      ].join('\n'),
    );
  });

  const cell = (priority: number, name: string, plan: string, target: [number, string] | null, label: string) => ({
    priority,
    name,
    plan,
    target: target && { minutes: target[0], clock: target[1] },
    label,
  });

  it('prints JSON: one object per cell, priorities then plans in order, target null for N/A', async () => {
    expect(await slaJson(['table', '--json'])).toEqual([
      cell(1, 'Business Critical', 'basic', null, 'N/A'),
      cell(1, 'Business Critical', 'professional', [180, 'business'], 'Within 3 business hours'),
      cell(1, 'Business Critical', 'advanced', [60, 'calendar'], 'Within 1 hour (24/7)'),
      cell(2, 'Degraded Service', 'basic', null, 'N/A'),
      cell(2, 'Degraded Service', 'professional', [360, 'business'], 'Within 6 business hours'),
      cell(2, 'Degraded Service', 'advanced', [180, 'business'], 'Within 3 business hours'),
      cell(3, 'General Issue', 'basic', null, 'N/A'),
      cell(3, 'General Issue', 'professional', [540, 'business'], 'Within 9 business hours'),
      cell(3, 'General Issue', 'advanced', [360, 'business'], 'Within 6 business hours'),
    ]);
  });

  it('prints the same JSON, in the stable key order, with --format json', async () => {
    const out = await ok(['--format', 'json']);
    expect(out).toBe(await ok(['--json']));
    expect(out.split('\n').slice(0, 15).join('\n')).toBe(
      [
        '[',
        '  {',
        '    "priority": 1,',
        '    "name": "Business Critical",',
        '    "plan": "basic",',
        '    "target": null,',
        '    "label": "N/A"',
        '  },',
        '  {',
        '    "priority": 1,',
        '    "name": "Business Critical",',
        '    "plan": "professional",',
        '    "target": {',
        '      "minutes": 180,',
        '      "clock": "business"',
      ].join('\n'),
    );
  });

  it('prints Dutch labels in JSON', async () => {
    expect((await slaJson<Array<{ label: string }>>(['table', '--json', '--lang', 'nl'])).map((c) => c.label)).toEqual([
      'N.v.t.',
      'Binnen 3 kantooruren',
      'Binnen 1 uur (24/7)',
      'N.v.t.',
      'Binnen 6 kantooruren',
      'Binnen 3 kantooruren',
      'N.v.t.',
      'Binnen 9 kantooruren',
      'Binnen 6 kantooruren',
    ]);
  });
});

describe('sla table: another policy', () => {
  const odd = join(POLICIES, 'odd-labels.json');

  it('words minutes, singular units and several day ranges, and takes the footnotes from the policy', async () => {
    expect(await ok(['--policy', odd])).toBe(
      [
        '┌─────────────────┬──────────────┬────────────────────────────┬──────────────────────────┐',
        '│ Ticket priority │ Issue status │ Standard                   │ Plus                     │',
        '├─────────────────┼──────────────┼────────────────────────────┼──────────────────────────┤',
        '│ 1               │ Down, "hard" │ Within 45 business minutes │ Within 30 minutes (24/7) │',
        '│ 2               │ Slow | flaky │ Within 1 business hour     │ Within 2 hours (24/7)    │',
        '│ 3               │ Question     │ N/A                        │ Within 1 business minute │',
        '└─────────────────┴──────────────┴────────────────────────────┴──────────────────────────┘',
        '* Office hours are Monday and Tuesday 08:00-12:00, 13:00-17:00; Friday 08:00-15:00; Saturday 10:00-24:00 (UTC), with no holidays.',
        '** Previews are best effort.',
        '*** A ticket without a priority is priority 2 (Slow | flaky).',
        '',
      ].join('\n'),
    );
  });

  it('words them in Dutch, and keeps a policy sentence it has no translation for', async () => {
    expect(await ok(['--policy', odd, '--format', 'markdown', '--lang', 'nl'])).toBe(
      [
        '| Ticketprioriteit | Probleemstatus | Standard                      | Plus                        |',
        '|------------------|----------------|-------------------------------|-----------------------------|',
        '| 1                | Down, "hard"   | Binnen 45 minuten kantoortijd | Binnen 30 minuten (24/7)    |',
        '| 2                | Slow \\| flaky  | Binnen 1 kantooruur           | Binnen 2 uur (24/7)         |',
        '| 3                | Question       | N.v.t.                        | Binnen 1 minuut kantoortijd |',
        '',
        '(*) Onze kantooruren zijn maandag en dinsdag 08:00-12:00, 13:00-17:00; vrijdag 08:00-15:00; zaterdag 10:00-24:00 (UTC), zonder feestdagen.',
        '',
        '(**) Previews are best effort.',
        '',
        '(***) Als je geen prioriteitsniveau kiest, krijgt het ticket standaard prioriteit 2 (Slow | flaky).',
        '',
      ].join('\n'),
    );
  });

  it('quotes CSV fields as RFC 4180 asks', async () => {
    expect(await ok(['--policy', odd, '--format', 'csv'])).toBe(
      [
        'priority,name,plan,minutes,clock,label',
        '1,"Down, ""hard""",standard,45,business,Within 45 business minutes',
        '1,"Down, ""hard""",plus,30,calendar,Within 30 minutes (24/7)',
        '2,Slow | flaky,standard,60,business,Within 1 business hour',
        '2,Slow | flaky,plus,120,calendar,Within 2 hours (24/7)',
        '3,Question,standard,,,N/A',
        '3,Question,plus,1,business,Within 1 business minute',
        '',
      ].join('\n'),
    );
  });

  it('names every calendar, read relative to the policy file', async () => {
    expect((await ok(['--policy', join(POLICIES, 'acme.json')])).split('\n')[7]).toBe(
      '* Office hours are Monday to Friday 09:00-17:00 (Europe/Amsterdam), except holidays (Netherlands: national public holidays; Company closures).',
    );
  });
});

describe('sla table: colour', () => {
  it('has no colour codes on a pipe', async () => {
    expect(await ok([])).not.toMatch(/\x1b\[/);
  });

  it('colours through Paint when FORCE_COLOR asks, with the same layout', async () => {
    const coloured = await ok([], { env: { FORCE_COLOR: '1' } });
    expect(coloured).toMatch(/\x1b\[1mTicket priority\x1b\[22m/);
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(await ok([]));
  });

  it('never colours the other formats', async () => {
    for (const format of ['markdown', 'csv', 'json']) expect(await ok(['--format', format], { env: { FORCE_COLOR: '1' } })).not.toMatch(/\x1b\[/);
  });
});

describe('sla table: bad input exits 2 naming what is accepted, with nothing on stdout', () => {
  it.each([
    [['--format', 'xml'], 'sla: invalid --format "xml": accepted are table, json, csv, markdown\n'],
    [['--lang', 'fr'], 'sla: invalid --lang "fr": accepted are en, nl\n'],
    [['--json', '--format', 'csv'], '{"error":{"code":"USAGE","message":"--json and --format csv ask for different formats: give one of them"}}\n'],
    [['--policy', 'missing.json'], 'sla: cannot read policy file "missing.json": no such file\n'],
  ])('%j', async (args, message) => {
    const r = await sla(['table', ...args]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', message]);
  });

  it('accepts the format and language in any case', async () => {
    expect(await ok(['--format', 'CSV', '--lang', 'NL'])).toBe(await ok(['--format', 'csv', '--lang', 'nl']));
  });
});
