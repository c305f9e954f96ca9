import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from './generate-tickets';
import { ndjsonRecords, sla, slaJson } from './run-in-process';

type Json = Record<string, any>;

const lines = (text: string): Json[] => ndjsonRecords(text);

/** A CSV output's column names (none of them quoted). */
const header = (csv: string): string[] => csv.slice(0, csv.indexOf('\n')).split(',');

const batch = (input: string, ...args: string[]) => sla(['classify', '--input', '-', ...args], { input });

/** The verdict fields of a record, in output order. */
const VERDICT_FIELDS = ['priority', 'name', 'requested', 'filed', 'reclassified', 'covered', 'confidence', 'needsReview', 'reviewReason', 'reasons', 'facts', 'matched'];

const CSV_RESULT_COLUMNS = [
  'priority',
  'name',
  'requested',
  'filed',
  'reclassified',
  'covered',
  'confidence',
  'needsReview',
  'reviewReason',
  'reason',
  'env',
  'impact',
  'workaround',
  'deadline',
  'errorCode',
  'errorMessage',
  'errorLine',
];

const STAGING = { id: 'T-1', subject: 'P1: installation fails on test machines', body: 'The installer fails on our test machines. We have not rolled it out to production yet.', requested: 1 };
const INTERMITTENT = { id: 'T-2', subject: 'Calls drop', body: 'About one call in ten drops.', plan: 'professional', opened: '2025-06-02T10:00:00+02:00', team: 'red' };
const OUTAGE = { id: 'T-3', text: 'Nobody can make any calls, the whole call centre is down. No workaround.', requested: '3' };
const NO_IMPACT = { id: 'T-4', subject: 'Ticket 5521', body: 'Please see the attached screenshot.', requested: 1 };
const TICKETS: Json[] = [STAGING, INTERMITTENT, OUTAGE, NO_IMPACT];
const NDJSON = TICKETS.map((t) => JSON.stringify(t)).join('\n') + '\n';

/** What `sla classify --json` prints for the same ticket given as arguments and flags. */
async function single(t: Json): Promise<Json> {
  const words = t.text !== undefined ? [t.text] : [t.subject, t.body];
  const args = ['classify', ...words, '--json'];
  if (t.requested !== undefined) args.push('--requested', String(t.requested));
  if (t.plan !== undefined) args.push('--plan', t.plan, '--opened', t.opened);
  return slaJson<Json>(args);
}

describe('sla classify --input: one verdict per ticket', () => {
  it('reads NDJSON and writes the input fields, then the verdict of sla classify --json for that ticket', async () => {
    const r = await batch(NDJSON);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const records = lines(r.stdout);
    expect(records.map((x) => x.id)).toEqual(['T-1', 'T-2', 'T-3', 'T-4']);
    for (const [i, t] of TICKETS.entries()) {
      const { requested: _requested, ...passed } = t;
      const expected = await single(t);
      expect(Object.keys(records[i]!)).toEqual([...Object.keys(passed), ...VERDICT_FIELDS, ...(t === INTERMITTENT ? ['deadline'] : [])]);
      for (const field of [...VERDICT_FIELDS, 'deadline']) expect([field, records[i]![field]]).toEqual([field, expected[field]]);
    }
    expect([records[0]!.priority, records[0]!.reclassified, records[0]!.facts.env]).toEqual([3, 'down', 'staging']);
    expect(records[1]!.deadline).toMatchObject({ plan: 'professional', priority: 2, deadline: '2025-06-02T16:00:00+02:00' });
    expect([records[2]!.priority, records[2]!.requested]).toEqual([1, 3]);
    expect([records[3]!.needsReview, records[3]!.confidence]).toEqual([true, 'low']);
  });

  it('reads CSV with a header and writes CSV: the input columns, then the verdict flat', async () => {
    const csv = [
      'id,subject,body,requested,env,team',
      'C-1,Calls drop,About one call in ten drops.,1,,red',
      'C-2,"=HYPERLINK(""http://x"")","Our staging environment is down, nothing works",,,blue',
      'C-3,Phones down,Nobody can call.,2,staging,green',
    ].join('\r\n');
    const r = await batch(`${csv}\r\n`, '--format', 'csv');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(header(r.stdout)).toEqual(['id', 'subject', 'body', 'team', ...CSV_RESULT_COLUMNS]);
    const rows = parseCsv(r.stdout);
    const at = (row: number, column: string): string => rows[row - 1]![column]!;
    expect([at(1, 'priority'), at(1, 'requested'), at(1, 'reclassified'), at(1, 'impact'), at(1, 'team')]).toEqual(['2', '1', 'down', 'intermittent', 'red']);
    expect(at(1, 'reason')).toMatch(/^intermittent problem in production: priority 2/);
    // A formula from the input is shown as text; the tool's own values are not touched.
    expect(at(2, 'subject')).toBe(`'=HYPERLINK("http://x")`);
    expect([at(2, 'priority'), at(2, 'env'), at(2, 'requested'), at(2, 'filed')]).toEqual(['3', 'staging', '', '3']);
    // An env column is the record's own fact, as --env is for one ticket: it wins over the text.
    expect([at(3, 'priority'), at(3, 'env'), at(3, 'impact')]).toEqual(['3', 'staging', 'outage']);
    expect(rows).toHaveLength(3);
  });

  it('writes NDJSON from CSV, and CSV from NDJSON with the first record as columns', async () => {
    const fromCsv = await batch('id,text,requested\nC-1,Phones down. Nobody can call.,3\n');
    expect(lines(fromCsv.stdout)).toEqual([expect.objectContaining({ id: 'C-1', text: 'Phones down. Nobody can call.', priority: 1, requested: 3 })]);
    const toCsv = await batch(NDJSON, '--format', 'csv');
    expect(header(toCsv.stdout)).toEqual(['id', 'subject', 'body', ...CSV_RESULT_COLUMNS]);
    const rows = parseCsv(toCsv.stdout);
    expect(rows.map((row) => row.id)).toEqual(['T-1', 'T-2', 'T-3', 'T-4']);
    expect(rows[1]!.deadline).toBe('2025-06-02T16:00:00+02:00');
  });

  it('writes a JSON array with --format json and with --json', async () => {
    for (const flag of [['--format', 'json'], ['--json']]) {
      const r = await batch(NDJSON, ...flag);
      expect(r.code).toBe(0);
      const array = JSON.parse(r.stdout) as Json[];
      expect(array.map((x) => [x.id, x.priority])).toEqual([['T-1', 3], ['T-2', 2], ['T-3', 1], ['T-4', 1]]);
    }
    expect((await batch('', '--format', 'json')).stdout).toBe('[]\n');
  });

  it('reads standard input with "-" and a file by its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-classify-'));
    try {
      writeFileSync(join(dir, 'tickets.ndjson'), NDJSON);
      const fromFile = await sla(['classify', '--input', 'tickets.ndjson'], { cwd: dir });
      const fromStdin = await batch(NDJSON);
      expect(fromFile.code).toBe(0);
      expect(fromFile.stdout).toBe(fromStdin.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives records without a plan the --plan default; a record of its own plan keeps it', async () => {
    const input = [
      { id: 'a', text: 'Phones down. Nobody can call. No workaround.', opened: '2025-06-02T10:00:00+02:00' },
      { id: 'b', text: 'Phones down. Nobody can call. No workaround.', opened: '2025-06-02T10:00:00+02:00', plan: 'basic' },
      { id: 'c', text: 'Phones down. Nobody can call. No workaround.' },
    ];
    const records = lines((await batch(input.map((t) => JSON.stringify(t)).join('\n'), '--plan', 'advanced')).stdout);
    expect(records.map((x) => x.deadline?.plan)).toEqual(['advanced', 'basic', undefined]);
  });
});

describe('sla classify --input: a bad record becomes an error record in its place', () => {
  const GOOD = JSON.stringify(OUTAGE);

  it.each([
    ['an unparsable line', '{"id": "x", "text": ', 'INVALID_INPUT', /^not valid JSON/],
    ['a line that is not an object', '"calls drop"', 'INVALID_INPUT', /a ticket is a JSON object/],
    ['a ticket with no text', '{"id": "x", "subject": "", "requested": 1}', 'INVALID_INPUT', /^subject, body or text: is required/],
    ['a bad requested priority', '{"id": "x", "text": "Calls drop", "requested": 0}', 'INVALID_INPUT', /^requested: unknown value 0: accepted are 1, 2, 3$/],
    ['a requested priority written as P1', '{"id": "x", "text": "Calls drop", "requested": "P1"}', 'INVALID_INPUT', /^requested: unknown value "P1"/],
    ['an unknown env', '{"id": "x", "text": "Calls drop", "env": "prod-eu"}', 'INVALID_INPUT', /^env: unknown value "prod-eu": accepted are production, staging, development$/],
    ['an unknown impact', '{"id": "x", "text": "Calls drop", "impact": "broken"}', 'INVALID_INPUT', /^impact: unknown value "broken": accepted are outage, function-down/],
    ['an unknown workaround', '{"id": "x", "text": "Calls drop", "workaround": "maybe"}', 'INVALID_INPUT', /^workaround: unknown value "maybe": accepted are yes, no, unknown$/],
    ['a beta that is not yes or no', '{"id": "x", "text": "Calls drop", "beta": "perhaps"}', 'INVALID_INPUT', /^beta: must be true or false/],
    ['text that is not text', '{"id": "x", "text": {"a": 1}}', 'INVALID_INPUT', /^text: must be text, got an object$/],
    ['both a body and a text', '{"id": "x", "body": "a", "text": "b"}', 'INVALID_INPUT', /^body and text: give one of them/],
    ['an unknown plan', '{"id": "x", "text": "Calls drop", "plan": "gold", "opened": "2025-06-02T10:00"}', 'UNKNOWN_PLAN', /^plan: unknown plan "gold": accepted are basic, professional, advanced/],
    ['a bad opening', '{"id": "x", "text": "Calls drop", "plan": "basic", "opened": "yesterday"}', 'INVALID_DATE', /^opened: invalid date-time "yesterday"/],
  ])('%s', async (_what, bad, code, message) => {
    const r = await batch(`${GOOD}\n${bad}\n${GOOD}\n`);
    const records = lines(r.stdout);
    expect(records).toHaveLength(3);
    expect([records[0]!.priority, records[2]!.priority]).toEqual([1, 1]);
    expect(records[1]!.error).toEqual({ code, message: expect.stringMatching(message), line: 2 });
    expect(records[1]!.priority).toBeUndefined();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`sla: 1 of 3 records could not be read or classified: each is in the output with an "error" field (first at line 2: ${records[1]!.error.message})\n`);
  });

  it('takes a record with its impact given and no words as judged by its fields', async () => {
    const records = lines((await batch('{"id": "x", "impact": "outage", "workaround": "no"}\n')).stdout);
    expect([records[0]!.priority, records[0]!.facts]).toEqual([1, { env: 'production', impact: 'outage', workaround: 'no' }]);
  });

  it('keeps the order and every record, with the line each starts on, and the first bad line on stderr', async () => {
    const input = [GOOD, '', 'not json', '{"id": "n", "subject": "  "}', GOOD, '{"id": "r", "text": "Calls drop", "requested": "4"}', GOOD].join('\n');
    const r = await batch(input);
    const records = lines(r.stdout);
    expect(records.map((x) => x.error?.line ?? x.priority)).toEqual([1, 3, 4, 1, 6, 1]);
    expect(records[2]).toEqual({ id: 'n', subject: '  ', error: expect.objectContaining({ line: 4 }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sla: 3 of 6 records could not be read or classified: .*\(first at line 3: not valid JSON/);
  });

  it('writes a CSV error row with the input values, also under result columns, and the error in three columns', async () => {
    const r = await batch('id,subject,requested\nC-1,Calls drop,1\nC-2,Calls drop,0\n"C-3,oops\nC-4,Calls drop,\n', '--format', 'csv');
    const rows = parseCsv(r.stdout);
    const at = (row: number, column: string): string => rows[row - 1]![column]!;
    expect(rows.map((row) => row.id)).toEqual(['C-1', 'C-2', '', 'C-4']);
    expect([at(2, 'requested'), at(2, 'priority'), at(2, 'errorCode'), at(2, 'errorLine')]).toEqual(['0', '', 'INVALID_INPUT', '3']);
    expect(at(2, 'errorMessage')).toBe('requested: unknown value "0": accepted are 1, 2, 3');
    expect([at(3, 'errorCode'), at(3, 'errorLine')]).toEqual(['INVALID_INPUT', '4']);
    expect(at(4, 'errorCode')).toBe('');
    expect(r.code).toBe(2);
  });
});

describe('sla classify --input --fail-on', () => {
  it('exits 1 after the whole output when a verdict lowers the filed priority', async () => {
    const r = await batch(NDJSON, '--fail-on', 'down');
    expect([r.code, r.stderr, lines(r.stdout).length]).toEqual([1, '', 4]);
  });

  it('exits 0 when no verdict is of a kind asked about', async () => {
    const r = await batch(`${JSON.stringify(OUTAGE)}\n`, '--fail-on', 'down,review,low-confidence');
    expect(r.code).toBe(0);
  });

  it.each([
    ['down', 1],
    ['reclassified-down', 1],
    ['up', 1],
    ['review', 1],
    ['needs-review', 1],
  ])('accepts %s', async (marks, code) => {
    const r = await batch(NDJSON, '--fail-on', marks);
    expect(r.code).toBe(code);
  });

  it('exits 2, not 1, when records also failed', async () => {
    const r = await batch(`${NDJSON}not json\n`, '--fail-on', 'down');
    expect(r.code).toBe(2);
    expect(lines(r.stdout)).toHaveLength(5);
  });

  it('refuses a mark it does not know, naming those there are', async () => {
    const r = await batch(NDJSON, '--fail-on', 'down,lowered');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('sla: invalid --fail-on "down,lowered": give a comma list of down, up, review, low-confidence (also reclassified-down, reclassified-up, needs-review)\n');
  });

  it('works for one ticket too', async () => {
    const lowered = await sla(['classify', STAGING.subject, STAGING.body, '--requested', '1', '--fail-on', 'down']);
    const kept = await sla(['classify', STAGING.subject, STAGING.body, '--requested', '3', '--fail-on', 'down']);
    expect([lowered.code, kept.code]).toEqual([1, 0]);
    expect(lowered.stdout).toContain('P3 General Issue');
  });
});

describe('sla classify --input: flags', () => {
  it.each([
    ['--requested', ['--requested', '1']],
    ['--env', ['--env', 'staging']],
    ['--impact', ['--impact', 'outage']],
    ['--workaround', ['--workaround', 'no']],
    ['--beta', ['--beta']],
    ['--opened', ['--opened', '2025-06-02T10:00']],
    ['--now', ['--now', '2025-06-02T10:00']],
    ['--lang', ['--lang', 'nl']],
  ])('refuses %s, which describes one ticket', async (flag, args) => {
    const r = await batch(NDJSON, ...args);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(`option '--input <file>' cannot be used with option '${flag}`);
  });

  it('refuses ticket text with --input', async () => {
    const r = await sla(['classify', 'Calls drop', '--input', '-'], { input: NDJSON });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('sla: ticket text ("Calls drop") is for one ticket: with --input, each record\'s subject and body (or text) is classified\n');
  });

  it.each([['--format', 'csv'], ['--input-format', 'csv'], ['--map', 'subject=Summary']])('refuses %s without --input', async (flag, value) => {
    const r = await sla(['classify', 'Calls drop', flag, value]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`sla: ${flag} is for a batch of tickets (--input FILE); one ticket prints text, or JSON with --json\n`);
  });

  it('refuses --json with another --format, and an unknown --format', async () => {
    expect(JSON.parse((await batch(NDJSON, '--json', '--format', 'csv')).stderr)).toEqual({ error: { code: 'USAGE', message: '--json and --format csv ask for different formats: give one of them' } });
    const r = await batch(NDJSON, '--format', 'xml');
    expect([r.code, r.stderr]).toEqual([2, 'sla: invalid --format "xml": accepted are ndjson, csv, json\n']);
  });

  it('refuses an unknown --plan before reading anything', async () => {
    const r = await batch(NDJSON, '--plan', 'gold');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/unknown plan "gold"/);
  });

  it('reads the columns --map names', async () => {
    const csv = 'Key,Summary,Description,Created\nJ-1,Phones down,Nobody can call. No workaround.,2025-06-02T10:00\n';
    const r = await batch(csv, '--map', 'subject=Summary,body=description,opened=Created', '--plan', 'professional');
    const [record] = lines(r.stdout);
    expect(record).toMatchObject({ Key: 'J-1', priority: 1, deadline: { opened: '2025-06-02T10:00:00+02:00', plan: 'professional' } });
  });

  it('refuses a --map column the header does not have, and a field classify does not read', async () => {
    const missing = await batch('id,subject\n1,Calls drop\n', '--map', 'body=Description');
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/--map body=Description names a column the input does not have: its columns are "id", "subject"/);
    const priority = await batch(NDJSON, '--map', 'priority=Urgency');
    expect([priority.code, priority.stderr]).toEqual([
      2,
      'sla: invalid --map "priority=Urgency": sla classify does not read the field priority; it maps subject, body, opened, plan, beta, id (the filed priority is the field requested)\n',
    ]);
  });
});
