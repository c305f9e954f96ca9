import fc from 'fast-check';
import { RecordReader, type InputFormat, type RawRecord } from '../../../src/cli/batch/read-records';

/** Reads a text cut at the given points, as a stream may deliver it. */
function readCut(text: string, cuts: readonly number[], format: InputFormat): RawRecord[] {
  const reader = new RecordReader(format);
  const out: RawRecord[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b)) {
    out.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  out.push(...reader.push(text.slice(from)));
  out.push(...reader.end());
  return out;
}

/** A record as comparable data: its line and its fields in order, or its problem's code. */
const shape = (r: RawRecord): unknown => (r.fields ? { line: r.line, entries: Object.entries(r.fields) } : { line: r.line, problem: r.problem.code });

/** Text with what a CSV writer and reader must get right: quotes, commas, every line end, unicode, prototype names. */
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', ',', '\r', '\n', '\r\n', ' ', '\t', 'é', '😀', '\u2028', '\uFEFF', '__proto__', 'constructor', 'prototype', '27" monitor'),
    fc.string({ maxLength: 3 }),
  ),
  maxLength: 12,
});

const NAMES = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'a b', 'x,y', 'q"q'), tricky);
/** Header names as the reader keeps them: trimmed, not empty, each once. */
const columnNames = fc.uniqueArray(
  NAMES.filter((n) => n !== '' && n === n.trim() && !n.startsWith('\uFEFF')),
  { minLength: 1, maxLength: 5 },
);

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const cuts = fc.array(fc.nat({ max: 2000 }), { maxLength: 8 });

/** One CSV field, quoted when it must be (or when asked): a special character, or a value that would leave a blank line. */
function csvField(value: string, quote: boolean): string {
  return quote || /[",\r\n]/.test(value) || value.trim() === '' ? `"${value.replace(/"/g, '""')}"` : value;
}

describe('RecordReader, for any records', () => {
  it('reads back every CSV record written as RFC 4180 asks, in order, with equal fields, however the text is cut', () => {
    fc.assert(
      fc.property(
        columnNames.chain((names) =>
          fc.record({
            names: fc.constant(names),
            rows: fc.array(fc.array(fc.tuple(tricky, fc.boolean()), { minLength: names.length, maxLength: names.length }), { maxLength: 6 }),
            ends: fc.array(lineEnd, { minLength: 8, maxLength: 8 }),
            last: fc.boolean(),
            cuts,
          }),
        ),
        ({ names, rows, ends, last, cuts: at }) => {
          const lines = [names.map((n) => csvField(n, false)).join(','), ...rows.map((row) => row.map(([v, q]) => csvField(v, q)).join(','))];
          const text = lines.map((l, i) => (i < lines.length - 1 || last ? l + ends[i % ends.length]! : l)).join('');
          const records = readCut(text, at, 'csv');
          expect(records.map((r) => r.problem?.message)).toEqual(rows.map(() => undefined));
          // By the header's order: an object puts keys such as "0" first, whatever the order they came in.
          expect(records.map((r) => names.map((n) => [n, Object.hasOwn(r.fields!, n) ? r.fields![n] : 'missing']))).toEqual(
            rows.map((row) => row.map(([v], i) => [names[i], v])),
          );
          expect(records.map((r) => Object.keys(r.fields!).length)).toEqual(rows.map(() => names.length));
          expect(records).toHaveLength(rows.length);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads back every NDJSON record, in order, with equal fields, whatever the line ends and cuts', () => {
    const value = fc.oneof(tricky, fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.tuple(NAMES, value), { selector: ([k]) => k, maxLength: 5 }), { maxLength: 6 }),
        fc.array(fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n  \r\n'), { minLength: 6, maxLength: 6 }),
        cuts,
        (records, ends, at) => {
          // fromEntries defines its keys, so that a `__proto__` key is an own key and is written.
          const objects = records.map((entries) => Object.fromEntries(entries));
          const text = objects.map((o, i) => JSON.stringify(o) + ends[i % ends.length]!).join('');
          const read = readCut(text, at, 'ndjson');
          expect(read.map((r) => (r.fields ? Object.entries(r.fields) : r.problem.message))).toEqual(objects.map((o) => Object.entries(o)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on garbage, gives one NDJSON record per line that is not blank, and the same records however the text is cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('{', '}', '"', ',', '\r', '\n', ' ', '\t', '[', ':'), fc.string({ unit: 'binary', maxLength: 1 })) }), cuts, (garbage, at) => {
        const whole = readCut(garbage, [], 'ndjson');
        const lines = garbage.split(/\r\n|\r|\n/);
        const expected = lines.map((l, i) => [l, i + 1] as const).filter(([l]) => !/^[ \t]*$/.test(l)).map(([, i]) => i);
        expect(whole.map((r) => r.line)).toEqual(expected);
        expect(readCut(garbage, at, 'ndjson').map(shape)).toEqual(whole.map(shape));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on a CSV body of garbage, keeps its records in line order, one per line when no field starts with a quote, and the same however cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('"', ',', '\r', '\n', ' ', 'a'), fc.string({ unit: 'binary', maxLength: 1 })) }), cuts, (garbage, at) => {
        const text = `id,note\n${garbage}`;
        const whole = readCut(text, [], 'csv');
        const lines = text.split(/\r\n|\r|\n/);
        const body = lines.map((l, i) => [l, i + 1] as const).slice(1).filter(([l]) => !/^[ \t]*$/.test(l));
        const starts = whole.map((r) => r.line);
        expect([...starts].sort((a, b) => a - b)).toEqual(starts);
        expect(new Set(starts).size).toBe(starts.length);
        for (const line of starts) expect(body.map(([, i]) => i)).toContain(line);
        if (!body.some(([l]) => l.startsWith('"') || l.includes(',"'))) expect(starts).toEqual(body.map(([, i]) => i));
        expect(readCut(text, at, 'csv').map(shape)).toEqual(whole.map(shape));
      }),
      { numRuns: 400 },
    );
  });
});
