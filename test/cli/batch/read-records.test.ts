import { RecordReader, detectFormat, parseInputFormat, type RawRecord } from '../../../src/cli/batch/read-records';

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

describe('parseInputFormat', () => {
  it('accepts ndjson and csv in any case', () => {
    expect([parseInputFormat('NDJSON'), parseInputFormat(' csv ')]).toEqual(['ndjson', 'csv']);
  });

  it('rejects others with USAGE', () => {
    expect(() => parseInputFormat('json')).toThrow(expect.objectContaining({ code: 'USAGE', message: 'invalid --input-format "json": accepted are ndjson, csv' }));
  });
});
