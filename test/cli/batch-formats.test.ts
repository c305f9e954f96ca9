import { ndjsonRecords, sla } from './run-in-process';

const NOW = '2025-06-02T12:00:00+02:00';
const batch = (input: string, ...args: string[]) => sla(['deadline', '--input', '-', '--now', NOW, ...args], { input });
const lines = (text: string): Array<Record<string, unknown>> => ndjsonRecords(text);

describe('sla deadline --input: input fields and result fields', () => {
  it('passes fields of its own through unchanged, whatever their type', async () => {
    const r = await batch('{"id": 7, "opened": "2025-06-02T10:00", "plan": "advanced", "tags": ["vip"], "meta": {"a": null}, "score": 1.5}\n');
    expect(lines(r.stdout)[0]).toMatchObject({ id: 7, tags: ['vip'], meta: { a: null }, score: 1.5 });
  });

  it('lets the result win over an input field of the same name: the computed values are written', async () => {
    const input = {
      id: 'T-1',
      opened: '2025-06-02T10:00',
      priority: 'critical',
      plan: 'Profesional',
      deadline: 'tomorrow',
      status: 'open',
      remaining: 'lots',
      error: 'none',
    };
    const [record] = lines((await batch(`${JSON.stringify(input)}\n`)).stdout);
    expect(record).toMatchObject({ id: 'T-1', opened: '2025-06-02T10:00:00+02:00', priority: 1, plan: 'professional', deadline: '2025-06-02T13:00:00+02:00', status: 'on-track', remaining: 60 });
    expect(record).not.toHaveProperty('error');
  });

  it('writes the input fields first, in their order, then the result fields', async () => {
    const [record] = lines((await batch('{"plan": "advanced", "zz": 1, "opened": "2025-06-02T10:00", "aa": 2}\n')).stdout);
    expect(Object.keys(record!).slice(0, 4)).toEqual(['zz', 'aa', 'opened', 'priority']);
  });

  it('writes `responded` only for a ticket that has one, as an instant with the output offset', async () => {
    const r = await batch('{"opened": "2025-06-02T10:00", "plan": "advanced"}\n{"opened": "2025-06-02T10:00", "priority": 1, "plan": "advanced", "responded": "2025-06-02T08:30:00Z"}\n');
    const [open, answered] = lines(r.stdout);
    expect(open).not.toHaveProperty('responded');
    expect(answered).toMatchObject({ responded: '2025-06-02T10:30:00+02:00', status: 'met', elapsed: 30, remaining: 30 });
  });

  it('prints instants in --tz', async () => {
    const [record] = lines((await batch('{"opened": "2025-06-02T10:00", "plan": "professional", "priority": 1}\n', '--tz', 'America/New_York')).stdout);
    expect(record).toMatchObject({ opened: '2025-06-02T04:00:00-04:00', deadline: '2025-06-02T07:00:00-04:00', timezone: 'America/New_York' });
  });

  it('reads an empty priority, beta and responded in CSV as not given', async () => {
    const [record] = lines((await batch('id,opened,priority,plan,beta,responded\nT-1,2025-06-02T10:00,,advanced,,\n')).stdout);
    expect(record).toMatchObject({ id: 'T-1', beta: '', priority: 3, covered: true, status: 'on-track' });
    expect(record).not.toHaveProperty('responded');
  });

  it.each([['yes'], ['TRUE'], ['1'], [true]])('reads beta %j as a beta ticket', async (beta) => {
    const [record] = lines((await batch(`${JSON.stringify({ opened: '2025-06-02T10:00', plan: 'advanced', beta })}\n`)).stdout);
    expect(record).toMatchObject({ covered: false, status: 'not-covered' });
  });
});

describe('sla deadline --input: formats', () => {
  const NDJSON = '{"id": "T-1", "opened": "2025-06-02T10:00:00+02:00", "priority": 1, "plan": "professional"}\n';
  const CSV = 'id,opened,priority,plan\nT-1,2025-06-02T10:00:00+02:00,1,professional\n';

  it('detects CSV from a header line', async () => {
    expect(lines((await batch(CSV)).stdout)[0]).toMatchObject({ id: 'T-1', deadline: '2025-06-02T13:00:00+02:00' });
  });

  it('detects NDJSON after leading blank lines and a byte order mark', async () => {
    expect(lines((await batch(`\uFEFF\n\n${NDJSON}`)).stdout)[0]).toMatchObject({ id: 'T-1', deadline: '2025-06-02T13:00:00+02:00' });
  });

  it('reads a CSV header with a byte order mark', async () => {
    expect(lines((await batch(`\uFEFF${CSV}`)).stdout)[0]).toMatchObject({ id: 'T-1' });
  });

  it('reads quoted CSV fields with commas, quotes and line breaks', async () => {
    const r = await batch('id,opened,plan,subject\n"T,1",2025-06-02T10:00,advanced,"Says ""hi""\nand goes"\nT-2,2025-06-02T10:00,advanced,x\n');
    const records = lines(r.stdout);
    expect(records.map((x) => [x.id, x.subject])).toEqual([
      ['T,1', 'Says "hi"\nand goes'],
      ['T-2', 'x'],
    ]);
  });

  it('takes --input-format csv over detection', async () => {
    // Without it, a first line starting with "{" would be read as NDJSON.
    const r = await batch('{id},opened,plan\nx,2025-06-02T10:00,advanced\n', '--input-format', 'csv');
    expect(lines(r.stdout)[0]).toMatchObject({ '{id}': 'x', covered: true });
  });

  it('writes CSV with the input columns first and quotes only what needs it', async () => {
    const r = await batch('id,team,opened,plan\nT-1,"red, north",2025-06-02T10:00,advanced\n', '--format', 'csv');
    expect(r.stdout).toBe(
      [
        'id,team,opened,priority,priorityName,plan,covered,targetMinutes,targetClock,deadline,reason,timezone,responded,status,elapsed,remaining,errorCode,errorMessage,errorLine',
        'T-1,"red, north",2025-06-02T10:00:00+02:00,3,General Issue,advanced,true,360,business,2025-06-02T16:00:00+02:00,,Europe/Amsterdam,,on-track,120,240,,,',
        '',
      ].join('\n'),
    );
  });

  it('takes the CSV columns of NDJSON input from its first record, leaving out fields only later records have', async () => {
    const r = await batch('{"id": "a", "opened": "2025-06-02T10:00", "plan": "advanced"}\n{"id": "b", "x": 1, "opened": "2025-06-02T10:00", "plan": "advanced"}\n', '--format', 'csv');
    const rows = r.stdout.split('\n');
    expect(rows[0]!.startsWith('id,opened,')).toBe(true);
    expect(rows[2]!.startsWith('b,2025-06-02T10:00:00+02:00,')).toBe(true);
  });

  it('writes CSV values of other types as JSON', async () => {
    const r = await batch('{"id": 1, "tags": ["a", "b"], "opened": "2025-06-02T10:00", "plan": "basic"}\n', '--format', 'csv');
    expect(r.stdout.split('\n')[1]).toMatch(/^1,"\[""a"",""b""\]",2025-06-02T10:00:00\+02:00,3,General Issue,basic,false,,,,the Basic plan/);
  });

  it('writes a header alone for empty input in CSV, [] in JSON and nothing in NDJSON', async () => {
    expect((await batch('', '--format', 'csv')).stdout).toMatch(/^opened,priority,.*,errorLine\n$/);
    expect((await batch('', '--format', 'json')).stdout).toBe('[]\n');
    expect((await batch('\n\n')).stdout).toBe('');
  });

  it('takes --json as --format json', async () => {
    expect(JSON.parse((await batch(NDJSON, '--json')).stdout)).toEqual([expect.objectContaining({ id: 'T-1' })]);
  });
});

describe('sla deadline --input --fail-on', () => {
  const TICKETS = [
    '{"id": "late", "opened": "2025-06-02T08:00:00+02:00", "priority": 1, "plan": "advanced"}',
    '{"id": "fine", "opened": "2025-06-02T11:55:00+02:00", "priority": 3, "plan": "advanced"}',
  ].join('\n');

  it('exits 1 when a ticket has one of the statuses, after writing every record', async () => {
    const r = await batch(TICKETS, '--fail-on', 'breached,at-risk');
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.status)).toEqual(['breached', 'on-track']);
    expect(r.stderr).toBe('');
  });

  it('exits 0 when no ticket has them', async () => {
    expect((await batch(TICKETS, '--fail-on', 'missed')).code).toBe(0);
  });
});
