import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ndjsonRecords, sla } from '../cli/run-in-process';
import { ROOT } from '../cli/run-sla';

/**
 * Hostile inputs for `sla deadline --input` and `sla report`: whatever the
 * input, each input record gives one output record, in order, and the run ends
 * quickly with the documented exit code. The runs go in process (`run(args, io)`,
 * as the CLI tests do); those that need a process of their own (standard input
 * from a directory, a FIFO) or whose memory matters (long files, long lines) run
 * the built binary, with a time bound and a heap bound.
 */

const BIN = join(ROOT, 'bin', 'sla');
const NOW = '2025-06-03T10:00:00+02:00';
/** Generous bounds: a linear reader needs a fraction of them, a quadratic one blows through. */
const TIME_LIMIT_MS = 20_000;
const HEAP_LIMIT_MB = 256;
// Each test runs the binary many times, on inputs of up to 5 MB.
jest.setTimeout(180_000);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runBinary(args: string[], opts: { input?: string; stdinFile?: string; shell?: string } = {}): Run {
  if (!existsSync(join(ROOT, 'dist', 'sla.js'))) throw new Error('dist/sla.js is missing: run `npm run build` first');
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const node = [process.execPath, `--max-old-space-size=${HEAP_LIMIT_MB}`, BIN, ...args];
  const quoted = node.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  // A shell only where the test needs one: to redirect standard input from a path, or to feed a pipe.
  const r =
    opts.stdinFile !== undefined || opts.shell !== undefined
      ? spawnSync('/bin/sh', ['-c', `${opts.shell ?? ''}exec ${quoted}${opts.stdinFile !== undefined ? ` < '${opts.stdinFile}'` : ''}`], {
          cwd: ROOT,
          env,
          encoding: 'utf8',
          timeout: TIME_LIMIT_MS,
          maxBuffer: 1 << 28,
        })
      : spawnSync(node[0]!, node.slice(1), { cwd: ROOT, env, input: opts.input, encoding: 'utf8', timeout: TIME_LIMIT_MS, maxBuffer: 1 << 28 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `sla` in this process: what the run prints and its exit code. */
async function run(args: string[]): Promise<Run> {
  const r = await sla(args);
  return { code: r.code, signal: null, stdout: r.stdout, stderr: r.stderr };
}

type Out = Record<string, unknown> & { error?: { code: string; message: string; line: number } };
const records = (stdout: string): Out[] => ndjsonRecords(stdout);
/** Each output record by its id, or by the line of an error record without one. */
const labels = (stdout: string): string[] => records(stdout).map((r) => (typeof r.id === 'string' ? r.id : `line ${r.error?.line}`));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sla-hostile-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const deadline = (path: string, ...more: string[]): Promise<Run> => run(['deadline', '--input', path, '--now', NOW, ...more]);
const deadlineBinary = (path: string, ...more: string[]): Run => runBinary(['deadline', '--input', path, '--now', NOW, ...more]);
const ROW = (id: string, note = 'n'): string => `${id},2025-06-02T10:00:00+02:00,professional,${note}`;
const HEADER = 'id,opened,plan,note';

/** The run ended by itself, in time. */
const finished = (r: Run): void => expect([r.signal, r.stderr]).toEqual([null, expect.any(String)]);

describe('hostile batch input', () => {
  it('takes a quote inside an unquoted CSV field literally, and a stray quote at a field start costs one record, not the rows after it', async () => {
    const cases: Array<[string, string[], string[]]> = [
      ['27" monitor mid-field', [ROW('T-1', '27" monitor'), ROW('T-2'), ROW('T-3'), ROW('T-4')], ['T-1', 'T-2', 'T-3', 'T-4']],
      ['quote after a closing quote', [ROW('T-1', '"a"b"c'), ROW('T-2')], ['T-1', 'T-2']],
      ['never closed', [ROW('T-1'), ROW('T-2', '"27 monitor'), ROW('T-3'), ROW('T-4')], ['T-1', 'line 3', 'T-3', 'T-4']],
      ['closed by a later quoted field', [ROW('T-1', '"stray'), ROW('T-2'), ROW('T-3', '"Acme, Inc"'), ROW('T-4')], ['line 2', 'T-2', 'T-3', 'T-4']],
    ];
    for (const [name, rows, expected] of cases) {
      const path = file('quotes.csv', `${HEADER}\n${rows.join('\n')}\n`);
      const r = await deadline(path);
      finished(r);
      expect([name, labels(r.stdout)]).toEqual([name, expected]);
      expect([name, r.code]).toEqual([name, expected.some((e) => e.startsWith('line')) ? 2 : 0]);
      const report = await run(['report', path, '--now', NOW, '--json']);
      expect([name, (JSON.parse(report.stdout) as { records: number }).records]).toEqual([name, rows.length]);
    }
  });

  it('accepts CR, LF and CRLF line ends, mixed, and a CR and LF split between two reads', async () => {
    const rows = [HEADER, ROW('T-1'), ROW('T-2', '"two\r\nlines"'), ROW('T-3', '"old\rmac"'), ROW('T-4')];
    for (const [name, text] of [
      ['CR', `${rows.join('\r')}\r`],
      ['CRLF', `${rows.join('\r\n')}\r\n`],
      ['mixed', `${rows[0]}\r${rows[1]}\n${rows[2]}\r\n${rows[3]}\r${rows[4]}`],
    ] as const) {
      const r = await deadline(file('ends.csv', text));
      finished(r);
      expect([name, r.code, labels(r.stdout)]).toEqual([name, 0, ['T-1', 'T-2', 'T-3', 'T-4']]);
      expect(records(r.stdout).map((x) => x.note)).toEqual(['n', 'two\r\nlines', 'old\rmac', 'n']);
    }
    // Reads are 64 KiB: the CR of a CRLF as the last byte of the first read.
    const first = `${HEADER}\r\n${ROW('T-0', 'x'.repeat(65536 - HEADER.length - 2 - ROW('T-0', '').length - 1))}\r\n`;
    expect(first.indexOf('\r\n', 65000)).toBe(65535);
    const r = await deadline(file('split.csv', `${first}${ROW('T-1')}\r\n`));
    expect([r.code, labels(r.stdout)]).toEqual([0, ['T-0', 'T-1']]);
    expect((await run(['report', file('cr.csv', `${rows.join('\r')}\r`), '--now', NOW, '--json'])).stdout).toMatch(/"records": 4/);
  });

  it('reads a CSV header with names given twice or not at all while nothing read comes from them', async () => {
    const OPENED = '2025-06-02T10:00:00+02:00';
    for (const [header, row] of [
      ['id,opened,plan,note,note', `T-1,${OPENED},professional,a,b`],
      ['id,opened,plan,note, note ', `T-1,${OPENED},professional,a,`],
      ['id,opened,,plan', `T-1,${OPENED},x,professional`],
      ['id,opened,plan,', `T-1,${OPENED},professional,x`],
      ['id,,opened,plan,', `T-1,x,${OPENED},professional,y`],
    ] as const) {
      const r = await deadline(file('header.csv', `${header}\n${row}\n${row}\n`));
      expect([header, r.code, r.stdout.split('\n').length, r.stderr]).toEqual([header, 0, 3, '']);
      expect((await run(['report', file('header.csv', `${header}\n${row}\n`), '--now', NOW, '--json'])).code).toBe(0);
    }
  });

  it('refuses a name given twice that a field, --map, --by or a preset reads, naming it, before any output', async () => {
    for (const [header, args, message] of [
      ['id,opened,plan,opened', [], /^sla: the field opened reads the column "opened", which the CSV header has 2 times \(columns 2 and 4\)/],
      ['id,opened,plan, plan ', [], /the field plan reads the column "plan", which the CSV header has 2 times \(columns 3 and 4\)/],
      ['id,opened,plan,note,note', ['--map', 'customer=note', '--plans', join(ROOT, 'examples', 'plans.csv')], /--map customer=note reads the column "note", which the CSV header has 2 times/],
      ['id,opened,plan,note,note', ['--map', 'id=NOTE'], /--map id=NOTE reads the column "note", which the CSV header has 2 times/],
    ] as const) {
      const r = await deadline(file('header.csv', `${header}\n${ROW('T-1')},x\n`), ...args);
      expect([header, r.code, r.stdout]).toEqual([header, 2, '']);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/one value cannot be told from the others; .*(--map|rename)/);
    }
    const byNote = await run(['report', file('header.csv', `id,opened,plan,note,note\n${ROW('T-1')},x\n`), '--now', NOW, '--by', 'note']);
    expect([byNote.code, byNote.stdout, byNote.stderr]).toEqual([2, '', expect.stringMatching(/^sla: --by note reads the column "note", which the CSV header has 2 times \(columns 4 and 5\): .*group by a column named once/)]);
    const ids = await run(['report', file('header.csv', `id,opened,plan,id\n${ROW('T-1')}\n`), '--now', NOW]);
    expect([ids.code, ids.stderr]).toEqual([2, expect.stringMatching(/the field id reads the column "id", which the CSV header has 2 times/)]);
  });

  it('keeps fields named __proto__, constructor and prototype as ordinary fields, in CSV and NDJSON, in and out, and in a report', async () => {
    const csv = file('proto.csv', `id,opened,plan,__proto__,constructor,prototype\nT-1,2025-06-02T10:00:00+02:00,professional,p,c,q\nT-2,bad,professional,p2,c2,q2\n`);
    const asCsv = await deadline(csv, '--format', 'csv');
    expect(asCsv.stdout.split('\n')[0]).toMatch(/^id,__proto__,constructor,prototype,opened,/);
    expect(asCsv.stdout.split('\n')[1]).toMatch(/^T-1,p,c,q,2025/);
    expect(asCsv.stdout.split('\n')[2]).toMatch(/^T-2,p2,c2,q2,bad,/);
    const fromCsv = records((await deadline(csv)).stdout);
    expect(fromCsv.map((r) => [r.constructor as unknown, r.prototype])).toEqual([
      ['c', 'q'],
      ['c2', 'q2'],
    ]);
    const nd = file(
      'proto.ndjson',
      '{"id":"T-1","opened":"2025-06-02T10:00:00+02:00","plan":"professional","__proto__":{"x":1},"constructor":"c","prototype":"q"}\n' +
        '{"id":"T-2","opened":"2025-06-02T10:00:00+02:00","plan":"professional"}\n',
    );
    const ndCsv = (await deadline(nd, '--format', 'csv')).stdout.split('\n');
    expect(ndCsv[0]).toMatch(/^id,__proto__,constructor,prototype,opened,/);
    expect(ndCsv[1]).toMatch(/^T-1,"{""x"":1}",c,q,2025/);
    // A record without them leaves their cells empty: nothing is inherited.
    expect(ndCsv[2]).toMatch(/^T-2,,,,2025/);
    const own = (r: Out, key: string): unknown => (Object.hasOwn(r, key) ? r[key] : 'absent');
    expect(records((await deadline(nd)).stdout).map((r) => [r.id, own(r, 'constructor'), own(r, 'prototype')])).toEqual([
      ['T-1', 'c', 'q'],
      ['T-2', 'absent', 'absent'],
    ]);
    const report = JSON.parse((await run(['report', nd, '--now', NOW, '--json', '--by', 'plan'])).stdout) as { records: number; total: { tickets: number } };
    expect([report.records, report.total.tickets]).toEqual([2, 2]);
  });

  it('writes a field named __proto__ into NDJSON output', async () => {
    const nd = file('proto-out.ndjson', '{"id":"T-1","opened":"2025-06-02T10:00:00+02:00","plan":"professional","__proto__":"p"}\n');
    expect((await deadline(nd)).stdout).toContain('"__proto__":"p"');
  });

  it('exits 2 for a directory or a device, on --input and on standard input, and streams a pipe without blocking before its checks', () => {
    for (const [args, stdinFile, message] of [
      [['--input', '-'], '/', /cannot read standard input: it is a directory/],
      [['--input', '/'], undefined, /cannot read input file "\/": it is a directory/],
      [['--input', '/dev/zero'], undefined, /cannot read input file "\/dev\/zero": it is a device/],
      [['--input', dir], undefined, /it is a directory/],
    ] as const) {
      const r = runBinary(['deadline', ...args, '--now', NOW], { stdinFile });
      finished(r);
      expect([args, r.code, r.stdout]).toEqual([args, 2, '']);
      expect(r.stderr).toMatch(message);
    }
    expect(runBinary(['report', '-', '--now', NOW], { stdinFile: '/' }).code).toBe(2);
    const fifo = join(dir, 'tickets.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const data = file('fifo.csv', `${HEADER}\n${ROW('T-1')}\n${ROW('T-2')}\n`);
    const fed = runBinary(['deadline', '--input', fifo, '--now', NOW], { shell: `(sleep 0.3; cat '${data}' > '${fifo}') & ` });
    expect([fed.code, labels(fed.stdout)]).toEqual([0, ['T-1', 'T-2']]);
    // No writer ever comes: a bad flag is still reported at once.
    const bad = runBinary(['deadline', '--input', fifo, '--now', 'garbage']);
    finished(bad);
    expect(bad.code).toBe(2);
  });

  it('makes a value nested thousands of levels deep an error record for its line, and writes the records before it', async () => {
    const good = (id: string): string => `{"id":"${id}","opened":"2025-06-02T10:00:00+02:00","plan":"professional"}`;
    const deep = [
      ['array', `{"id":"T-2","opened":"2025-06-02T10:00:00+02:00","plan":"professional","x":${'['.repeat(5000)}${']'.repeat(5000)}}`],
      ['object', `{"id":"T-2","opened":"2025-06-02T10:00:00+02:00","plan":"professional","x":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`],
      ['in the id', `{"id":${'['.repeat(20000)}${']'.repeat(20000)},"opened":"2025-06-02T10:00:00+02:00","plan":"professional"}`],
      ['in opened', `{"id":"T-2","opened":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)},"plan":"professional"}`],
    ] as const;
    await Promise.all(
      deep.map(async ([name, line], i) => {
        const path = file(`deep-${i}.ndjson`, `${good('T-1')}\n${line}\n${good('T-3')}\n`);
        const formats = ['ndjson', 'csv', 'json'];
        const [report, ...runs] = await Promise.all([
          run(['report', path, '--now', NOW, '--json']),
          ...formats.map((format) => run(['deadline', '--input', path, '--now', NOW, '--format', format])),
        ]);
        runs.forEach((r, f) => {
          finished(r);
          expect([name, formats[f], r.code]).toEqual([name, formats[f], 2]);
          expect(r.stdout).toContain('T-1');
          expect(r.stdout).toContain('T-3');
          expect(r.stdout).toMatch(/deeper than 100 levels/);
        });
        expect([name, labels(runs[0]!.stdout)]).toEqual([name, ['T-1', 'line 2', 'T-3']]);
        expect([name, report!.code, (JSON.parse(report!.stdout) as { records: number; errors: number }).errors]).toEqual([name, 2, 1]);
      }),
    );
  });

  it('reads in linear time and bounded memory: stray quotes in long CSV files, and a 5 MB NDJSON line', () => {
    // A stray quote near the start of 10,000 and 20,000 rows: a reader that rescans from it would be quadratic, and blow the time bound.
    for (const count of [10_000, 20_000]) {
      const rows = Array.from({ length: count }, (_, i) => ROW(`T-${i}`, i === 3 ? '"stray' : `n${i}`));
      const r = deadlineBinary(file('stray.csv', `${HEADER}\n${rows.join('\n')}\n`));
      finished(r);
      const out = labels(r.stdout);
      expect([out.length, out[3], out[4], out[count - 1]]).toEqual([count, 'line 5', 'T-4', `T-${count - 1}`]);
    }
    const path = join(dir, 'long-line.ndjson');
    const fd = openSync(path, 'w');
    writeSync(fd, '{"id":"T-1","opened":"2025-06-02T10:00:00+02:00","plan":"professional"}\n{"id":"T-2","note":"');
    // 5 MiB: four times past the 1 MiB record limit, so the line must be cut while it is read, not held whole.
    const block = 'y'.repeat(1 << 20);
    for (let i = 0; i < 5; i++) writeSync(fd, block);
    writeSync(fd, '"}\n{"id":"T-3","opened":"2025-06-02T10:00:00+02:00","plan":"professional"}\n');
    closeSync(fd);
    const r = deadlineBinary(path);
    finished(r);
    expect([r.code, labels(r.stdout)]).toEqual([2, ['T-1', 'line 2', 'T-3']]);
    expect(records(r.stdout)[1]!.error!.message).toMatch(/longer than 1048576 characters/);
    // A quoted field that never closes: cut at the record limit, its lines then read one by one.
    const quoted = file('long-field.csv', `${HEADER}\n${ROW('T-1')}\n${ROW('T-2', `"${`${'z'.repeat(1000)}\n`.repeat(1500)}`)}\n`);
    const q = deadlineBinary(quoted);
    finished(q);
    const out = labels(q.stdout);
    expect([out.length, out[0], out[1], out[2], out[1500]]).toEqual([1501, 'T-1', 'line 3', 'line 4', 'line 1502']);
  });

  it('quotes a long value cut in every message, never whole', async () => {
    const long = 'x'.repeat(1 << 20);
    const inputs = [
      file('long-opened.csv', `id,opened,plan\nT-1,${long},professional\n`),
      file('long-plan.csv', `id,opened,plan\nT-1,2025-06-02T10:00:00+02:00,${long}\n`),
      file('long-priority.ndjson', `{"id":"T-1","opened":"2025-06-02T10:00:00+02:00","plan":"professional","priority":"${long}"}\n`),
      file('long-beta.ndjson', `{"id":"T-1","opened":"2025-06-02T10:00:00+02:00","plan":"professional","beta":"${long.slice(10)}"}\n`),
      file('long-json.ndjson', `{"id":"T-1","opened":"2025-06-02T10:00:00+02:00","plan":"professional","x":${long.slice(10)}}\n`),
      file('long-header.csv', `${long.slice(20)},${long.slice(20)}\n1,2\n`),
    ];
    const runs = await Promise.all(inputs.flatMap((path) => [run(['deadline', '--input', path, '--now', NOW]), run(['report', path, '--now', NOW])]));
    for (const [i, path] of inputs.entries()) {
      for (const r of runs.slice(2 * i, 2 * i + 2)) {
        finished(r);
        expect([path, r.code]).toEqual([path, 2]);
        expect(r.stderr.length).toBeLessThan(1000);
        for (const record of r.stdout.startsWith('{"') ? records(r.stdout) : []) expect(record.error!.message.length).toBeLessThan(1000);
      }
    }
  });
});
