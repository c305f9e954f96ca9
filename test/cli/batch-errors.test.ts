import { join } from 'node:path';
import { ndjsonRecords, sla } from './run-in-process';

const NOW = '2025-06-02T12:00:00+02:00';
const batch = (input: string, ...args: string[]) => sla(['deadline', '--input', '-', '--now', NOW, ...args], { input });
const lines = (text: string): Array<Record<string, any>> => ndjsonRecords(text);

const GOOD = '{"id": "ok", "opened": "2025-06-02T10:00:00+02:00", "priority": 1, "plan": "professional"}';

describe('sla deadline --input: a bad record becomes an error record in its place', () => {
  it.each([
    ['an unparsable line', '{"id": "x", "opened": ', 'INVALID_INPUT', /^not valid JSON/],
    ['a line that is not an object', '[1, 2]', 'INVALID_INPUT', /a ticket is a JSON object/],
    ['a bad date', '{"id": "x", "opened": "yesterday", "plan": "advanced"}', 'INVALID_DATE', /^opened: invalid date-time "yesterday"/],
    ['an impossible date', '{"id": "x", "opened": "2025-02-30T10:00", "plan": "advanced"}', 'INVALID_DATE', /^opened: .*2025-02 has no day 30/],
    ['an unknown plan', '{"id": "x", "opened": "2025-06-02T10:00", "plan": "gold"}', 'UNKNOWN_PLAN', /^plan: unknown plan "gold": accepted are basic, professional, advanced/],
    ['an unknown priority', '{"id": "x", "opened": "2025-06-02T10:00", "priority": 7, "plan": "advanced"}', 'UNKNOWN_PRIORITY', /^priority: unknown priority "7"/],
    ['no opening', '{"id": "x", "plan": "advanced"}', 'INVALID_INPUT', /^opened: is required/],
    ['no plan', '{"id": "x", "opened": "2025-06-02T10:00"}', 'INVALID_INPUT', /^plan: is required \(one of basic, professional, advanced\)/],
    ['an opening that is not a string', '{"id": "x", "opened": 20250602, "plan": "advanced"}', 'INVALID_INPUT', /^opened: must be an ISO 8601 date-time string, got 20250602/],
    ['a beta that is not yes or no', '{"id": "x", "opened": "2025-06-02T10:00", "plan": "advanced", "beta": "maybe"}', 'INVALID_INPUT', /^beta: must be true or false/],
    ['a bad response time', '{"id": "x", "opened": "2025-06-02T10:00", "plan": "advanced", "responded": "soon"}', 'INVALID_DATE', /^responded: invalid date-time "soon"/],
    ['a response before the opening', '{"id": "x", "opened": "2025-06-02T10:00", "plan": "advanced", "responded": "2025-06-02T09:00"}', 'INVALID_INPUT', /response is before the opening/],
  ])('%s', async (_what, bad, code, message) => {
    const r = await batch(`${GOOD}\n${bad}\n${GOOD}\n`);
    const records = lines(r.stdout);
    expect(records).toHaveLength(3);
    expect([records[0]!.status, records[2]!.status]).toEqual(['on-track', 'on-track']);
    expect(records[1]!.error).toEqual({ code, message: expect.stringMatching(message), line: 2 });
  });

  it('keeps the fields of a bad record as they were, and adds no result fields', async () => {
    const r = await batch('{"id": "T-9", "opened": "yesterday", "plan": "Gold", "team": "red"}\n');
    expect(lines(r.stdout)).toEqual([{ id: 'T-9', opened: 'yesterday', plan: 'Gold', team: 'red', error: expect.objectContaining({ line: 1 }) }]);
  });

  it('counts lines from 1, blank lines included, and skips blank lines without a record', async () => {
    const r = await batch(`${GOOD}\n\n   \nnot json\n${GOOD}\n`);
    const records = lines(r.stdout);
    expect(records.map((x) => x.error?.line ?? 'ok')).toEqual(['ok', 4, 'ok']);
  });

  it('goes on after a bad record and exits 2 at the end, naming the count and the first bad line on stderr', async () => {
    const r = await batch(`${GOOD}\nnot json\n${GOOD}\n{"opened": "x", "plan": "advanced"}\n`);
    expect(r.code).toBe(2);
    expect(lines(r.stdout)).toHaveLength(4);
    expect(r.stderr).toMatch(/^sla: 2 of 4 records could not be read or computed: each is in the output with an "error" field \(first at line 2: not valid JSON/);
  });

  it('exits 2 for bad records even when --fail-on finds a status', async () => {
    const r = await batch(`${GOOD}\nnot json\n`, '--fail-on', 'on-track');
    expect(r.code).toBe(2);
  });

  it('reads a last line without a line break', async () => {
    expect(lines((await batch(`${GOOD}\n${GOOD}`)).stdout)).toHaveLength(2);
  });

  it('accepts CRLF line ends', async () => {
    const r = await batch(`${GOOD}\r\n${GOOD}\r\n`);
    expect([r.code, lines(r.stdout).length]).toEqual([0, 2]);
  });
});

describe('sla deadline --input: CSV records that cannot be read', () => {
  const HEADER = 'id,opened,priority,plan';

  it('makes a row with too many or too few fields an error record, by its line', async () => {
    const r = await batch(`${HEADER}\nT-1,2025-06-02T10:00,1,advanced\nT-2,2025-06-02T10:00,1\nT-3,2025-06-02T10:00,1,advanced,extra\n`);
    expect(lines(r.stdout).map((x) => x.error?.message ?? x.id)).toEqual(['T-1', '3 fields where the header has 4', '5 fields where the header has 4']);
    expect(r.code).toBe(2);
  });

  it('makes a quoted field left open at the end an error record at the line it starts on, and reads the lines after it on their own', async () => {
    const r = await batch(`${HEADER}\nT-1,2025-06-02T10:00,1,advanced\n"T-2,2025-06-02T10:00,1,advanced\nmore\nT-3,2025-06-02T10:00,1,advanced\n`);
    expect(lines(r.stdout).map((x) => x.error ?? x.id)).toEqual([
      'T-1',
      {
        code: 'INVALID_INPUT',
        message: 'a quoted field is not closed before the end of the input; the lines after it are read as records of their own',
        line: 3,
      },
      { code: 'INVALID_INPUT', message: '1 field where the header has 4', line: 4 },
      'T-3',
    ]);
  });

  it('shows a bad row\'s values in the CSV output, with the error in the last three columns', async () => {
    const r = await batch(`${HEADER},team\nT-7,yesterday,1,advanced,red\n`, '--format', 'csv');
    const [header, row] = r.stdout.split('\n');
    expect(header).toBe('id,team,opened,priority,priorityName,plan,covered,targetMinutes,targetClock,deadline,reason,timezone,responded,status,elapsed,remaining,errorCode,errorMessage,errorLine');
    expect(row).toMatch(/^T-7,red,yesterday,1,,advanced,,,,,,,,,,,INVALID_DATE,"?opened: invalid date-time ""yesterday"".*,2$/);
  });
});

describe('sla deadline --input: input that cannot be read at all exits 2 with nothing on stdout', () => {
  it.each([
    [['--input', 'missing.ndjson'], '', /cannot read input file "missing.ndjson": no such file/],
    [['--input', 'test'], '', /cannot read input file "test": it is a directory, not a file or a pipe/],
    [['--input', '-'], '[{"opened": "2025-06-02T10:00", "plan": "advanced"}]', /the input is a JSON array: give NDJSON/],
  ])('%j', async (args, input, message) => {
    const r = await sla(['deadline', '--now', NOW, ...args], { input });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
  });
});

describe('sla deadline: flags that do not go together exit 2', () => {
  it.each([
    [['--input', '-', '--opened', '2025-06-02T10:00'], /^sla: option '--input <file>' cannot be used with option '--opened <iso>'\n$/],
    [['--preset', 'zendesk'], /--preset is for a batch of tickets \(--input FILE\)/],
    [['--input', '-', '--explain'], /option '--input <file>' cannot be used with option '--explain'/],
    [['--input', '-', '--responded', '2025-06-02T10:00'], /option '--input <file>' cannot be used with option '--responded <iso>'/],
    [['--format', 'csv'], /--format is for a batch of tickets \(--input FILE\)/],
    [['--input-format', 'csv'], /--input-format is for a batch of tickets/],
    [['--input', '-', '--format', 'xml'], /invalid --format "xml": accepted are ndjson, csv, json/],
    [['--input', '-', '--input-format', 'tsv'], /invalid --input-format "tsv": accepted are ndjson, csv/],
    [['--input', '-', '--json', '--format', 'csv'], /--json and --format csv ask for different formats/],
  ])('%j', async (args, message) => {
    const r = await sla(['deadline', '--now', NOW, ...args], { input: `${GOOD}\n` });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
  });

  it('reads a policy file for a batch as for one ticket', async () => {
    const policy = join(__dirname, 'fixtures', 'lunch-policy.json');
    const r = await batch('{"opened": "2025-06-03T15:00:00-04:00", "plan": "standard"}\n', '--policy', policy);
    expect(lines(r.stdout)[0]!.deadline).toBe('2025-06-05T15:00:00-04:00');
  });
});
