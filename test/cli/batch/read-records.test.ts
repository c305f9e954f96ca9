import { MAX_RECORD_CHARS } from '../../../src/cli/batch/line-splitter';
import { MAX_NESTING, RecordReader, detectFormat, headerColumns, type RawRecord } from '../../../src/cli/batch/read-records';

/** Reads a text pushed in pieces of `size` characters, as a stream would deliver it. */
function readInPieces(text: string, size: number, format?: 'ndjson' | 'csv'): RawRecord[] {
  const reader = new RecordReader(format);
  const out: RawRecord[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...reader.push(text.slice(i, i + size)));
  out.push(...reader.end());
  return out;
}

const simple = (records: RawRecord[]) => records.map((r) => (r.fields ? [r.line, r.fields] : [r.line, r.problem!.message]));

describe('RecordReader', () => {
  const NDJSON = '{"id": 1, "note": "é ü"}\r\n\n{"id": 2}\nnope\n{"id": 3}';
  const CSV = '\uFEFFid,note\r\n1,"two\nlines, ""quoted"""\n\n2,plain\n3,"open';

  it('reads NDJSON the same whatever the pieces it arrives in', () => {
    const whole = simple(readInPieces(NDJSON, NDJSON.length));
    expect(whole).toEqual([
      [1, { id: 1, note: 'é ü' }],
      [3, { id: 2 }],
      [4, expect.stringMatching(/^not valid JSON/)],
      [5, { id: 3 }],
    ]);
    for (const size of [1, 2, 3, 7]) expect(simple(readInPieces(NDJSON, size))).toEqual(whole);
  });

  it('reads CSV the same whatever the pieces it arrives in, with a record spanning lines', () => {
    const whole = simple(readInPieces(CSV, CSV.length));
    expect(whole).toEqual([
      [2, { id: '1', note: 'two\nlines, "quoted"' }],
      [5, { id: '2', note: 'plain' }],
      [6, 'a quoted field is not closed before the end of the input'],
    ]);
    for (const size of [1, 2, 5]) expect(simple(readInPieces(CSV, size))).toEqual(whole);
  });

  it('knows the CSV header once read', () => {
    const reader = new RecordReader();
    reader.push('id, opened ,plan\n');
    expect([reader.format, reader.columns]).toEqual(['csv', ['id', 'opened', 'plan']]);
  });

  it('waits for text that is not blank before deciding the format', () => {
    const reader = new RecordReader();
    expect(reader.push('  \n')).toEqual([]);
    expect(reader.format).toBeUndefined();
    expect(reader.push('{"id": 1}\n')).toEqual([{ line: 2, fields: { id: 1 } }]);
  });

  it('reads nothing from empty input', () => {
    expect(readInPieces('', 1)).toEqual([]);
  });
});

describe('RecordReader on hostile input', () => {
  it('reads CR-only line ends, also inside a quoted field', () => {
    expect(simple(readInPieces('id,note\r1,"a\rb"\r2,c\r', 3))).toEqual([
      [2, { id: '1', note: 'a\rb' }],
      [4, { id: '2', note: 'c' }],
    ]);
  });

  it('takes a quote inside an unquoted field as an ordinary character', () => {
    expect(simple(readInPieces('id,note\n1,27" monitor\n2,x\n', 100))).toEqual([
      [2, { id: '1', note: '27" monitor' }],
      [3, { id: '2', note: 'x' }],
    ]);
  });

  it('reads the lines a stray quote took in as records of their own when it closes with the wrong number of fields', () => {
    expect(simple(readInPieces('id,note\n1,"stray\n2,x\n3,",w\n', 100))).toEqual([
      [2, expect.stringMatching(/^a quoted field opened on this line closes 2 lines later with 3 fields where the header has 2/)],
      [3, { id: '2', note: 'x' }],
      [4, 'a quoted field is not closed on this line (read on its own after a stray quote)'],
    ]);
  });

  it('reads the lines a stray quote took in as records of their own when it closes with characters after its quote', () => {
    const records = simple(readInPieces('id,note\n1,"stray\n2,x\n3,"y"\n4,z\n', 100));
    expect(records).toEqual([
      [2, expect.stringMatching(/^a quoted field opened on this line closes 2 lines later with characters after its closing quote; the lines after it are read/)],
      [3, { id: '2', note: 'x' }],
      [4, { id: '3', note: 'y' }],
      [5, { id: '4', note: 'z' }],
    ]);
  });

  it('ends a quoted field at the record limit, with the lines it took in read on their own', () => {
    const long = `${'z'.repeat(1000)}\n`.repeat(Math.ceil(MAX_RECORD_CHARS / 1000) + 5);
    const records = readInPieces(`id,note\n1,"${long}2,x\n`, 65536);
    expect(records[0]).toEqual({ line: 2, problem: expect.objectContaining({ message: expect.stringMatching(/runs past 1048576 characters without closing/) }) });
    expect(records.at(-1)).toEqual({ line: 2 + Math.ceil(MAX_RECORD_CHARS / 1000) + 5, fields: { id: '2', note: 'x' } });
    expect(records).toHaveLength(Math.ceil(MAX_RECORD_CHARS / 1000) + 5 + 1);
  });

  it('makes a line longer than the limit a record with a problem, and goes on after it', () => {
    const records = simple(readInPieces(`{"id": 1}\n{"x": "${'y'.repeat(MAX_RECORD_CHARS)}"}\n{"id": 3}\n`, 65536));
    expect(records).toEqual([
      [1, { id: 1 }],
      [2, expect.stringMatching(/^the line is longer than 1048576 characters/)],
      [3, { id: 3 }],
    ]);
  });

  it('reads a name the header gives several times as one field: the list of its values that are not empty, where it first stands', () => {
    const records = readInPieces('Key,Labels,Created,Labels, Labels \nA-1,ops,2025,,urgent\nA-2,,2025,,\n', 7);
    expect(records.map((r) => Object.entries(r.fields!))).toEqual([
      [['Key', 'A-1'], ['Labels', ['ops', 'urgent']], ['Created', '2025']],
      [['Key', 'A-2'], ['Labels', []], ['Created', '2025']],
    ]);
  });

  it('reads columns without a name as the field "" (a list when there are several)', () => {
    expect(readInPieces('id,,plan,\n1,x,2,\n', 100).map((r) => Object.entries(r.fields!))).toEqual([[['id', '1'], ['', ['x']], ['plan', '2']]]);
    expect(readInPieces('id,,plan\n1,x,2\n', 100).map((r) => Object.entries(r.fields!))).toEqual([[['id', '1'], ['', 'x'], ['plan', '2']]]);
  });

  it('keeps fields named __proto__ and constructor as own fields, and inherits no other name', () => {
    const [csv] = readInPieces('__proto__,constructor\na,b\n', 100);
    const [json] = readInPieces('{"__proto__": {"x": 1}, "constructor": "b"}\n', 100);
    expect(Object.entries(csv!.fields!)).toEqual([
      ['__proto__', 'a'],
      ['constructor', 'b'],
    ]);
    expect(Object.entries(json!.fields!)).toEqual([
      ['__proto__', { x: 1 }],
      ['constructor', 'b'],
    ]);
    expect([csv!.fields!.toString, json!.fields!.hasOwnProperty]).toEqual([undefined, undefined]);
  });

  it(`makes a value nested deeper than ${MAX_NESTING} levels a record with a problem`, () => {
    const nested = (depth: number): string => `{"x": ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
    expect(simple(readInPieces(`${nested(MAX_NESTING)}\n${nested(MAX_NESTING + 1)}\n${nested(10000)}\n`, 100)).map(([line, r]) => [line, typeof r])).toEqual([
      [1, 'object'],
      [2, 'string'],
      [3, 'string'],
    ]);
  });
});

describe('headerColumns', () => {
  it('trims the names, and keeps those given twice or not at all', () => {
    expect(headerColumns([' id', 'plan ', 'id', ' '])).toEqual(['id', 'plan', 'id', '']);
  });
});

describe('detectFormat', () => {
  it.each([
    ['{"a":1}', 'ndjson'],
    ['\uFEFF \n{"a":1}', 'ndjson'],
    ['id,opened', 'csv'],
    ['   ', undefined],
  ])('%j is %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it('refuses a JSON array', () => {
    expect(() => detectFormat(' [{"a": 1}]')).toThrow(/JSON array/);
  });
});

describe('RecordReader: the header hook', () => {
  it('hands over the CSV header once, before the first record', () => {
    const seen: string[][] = [];
    const reader = new RecordReader(undefined, (columns) => seen.push([...columns]));
    const first = reader.push('Id, Created at ,Priority\n1,2025-06-02 10:00:00 +0200,Urgent\n');
    expect(seen).toEqual([['Id', 'Created at', 'Priority']]);
    expect(first).toHaveLength(1);
  });

  it('stops the reading when the hook refuses the header', () => {
    const reader = new RecordReader(undefined, () => {
      throw new Error('no such column');
    });
    expect(() => reader.push('a,b\n1,2\n')).toThrow('no such column');
  });

  it('is not called for NDJSON, which has no header', () => {
    const hook = jest.fn();
    new RecordReader(undefined, hook).push('{"id": 1}\n');
    expect(hook).not.toHaveBeenCalled();
  });
});
