import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { join } from 'node:path';
import fc from 'fast-check';
import { batchThreads, jobLines, lastLineEnd, lineEnds, THREADED_FROM_BYTES, WholeLines, type BatchJob } from '../../../src/cli/batch/batch-threads';
import { LineSplitter, MAX_RECORD_CHARS } from '../../../src/cli/batch/line-splitter';
import { sla as inProcess } from '../run-in-process';
import { ROOT } from '../run-sla';

const BIN = join(ROOT, 'bin', 'sla');
const DIST = join(ROOT, 'dist');
const NOW = '2025-07-01T09:00:00+02:00';
jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sla-threads-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function sla(args: string[], threads: string | undefined, opts: { input?: string; stdout?: number } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, SLA_BATCH_THREADS: threads };
  if (threads === undefined) delete env.SLA_BATCH_THREADS;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env,
    input: opts.input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['pipe', opts.stdout ?? 'pipe', 'pipe'],
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
}

/**
 * Tickets of every kind a batch meets, about 3 MiB (a hundred runs of lines): offsets east and
 * west, answered and open, plans with and without targets, and now and then a line that is not
 * JSON, not an object, a bad date, an unknown plan, a blank line, characters of two to four bytes, CRLF and lone CR line ends,
 * and one line of more than a megabyte.
 */
const MIXED_BYTES = 3 << 20;
function mixedTickets(): string {
  const offsets = ['+02:00', '-05:00', '+05:30', 'Z', '+09:00', '-03:30'];
  const plans = ['basic', 'professional', 'advanced'];
  const parts: string[] = ['\uFEFF'];
  let size = 0;
  for (let i = 0; size < MIXED_BYTES; i++) {
    const year = 2011 + (i % 15);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    const hour = String(i % 24).padStart(2, '0');
    const opened = `${year}-${month}-${day}T${hour}:${String(i % 60).padStart(2, '0')}:00${offsets[i % 6]}`;
    const responded = i % 3 === 0 ? '' : `,"responded":"${year}-${month}-${day}T${String((i % 24) + (i % 24 < 23 ? 1 : 0)).padStart(2, '0')}:30:00${offsets[(i + 1) % 6]}"`;
    let line = `{"id":"T-${i}","opened":"${opened}","priority":${1 + (i % 3)},"plan":"${plans[i % 3]}"${responded},"team":"t${i % 7}"}`;
    if (i % 997 === 5) line = '{"id": "broken"';
    if (i % 1009 === 7) line = '[1, 2]';
    if (i % 1013 === 9) line = `{"id":"T-${i}","opened":"2025-02-30T10:00:00Z","plan":"basic"}`;
    if (i % 1019 === 11) line = `{"id":"T-${i}","opened":"${opened}","plan":"gold"}`;
    if (i % 1021 === 13) line = '   ';
    if (i % 1031 === 17) line = `{"id":"T-${i}-é€😀","opened":"${opened}","plan":"advanced","team":"Zürich"}`;
    if (i === 15_000) line = `{"id":"huge","x":"${'y'.repeat((1 << 20) + 10)}"}`;
    const end = i % 501 === 0 ? '\r\n' : i % 503 === 0 ? '\r' : '\n';
    parts.push(line, end);
    size += line.length + end.length;
  }
  parts.push('{"id":"last","opened":"2025-06-02T10:00:00+02:00","plan":"advanced"}');
  return parts.join('');
}

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('worker threads: where the lines are cut', () => {
  it('cuts after the last line break, but not after a CR that ends the bytes', () => {
    expect(['a\nb\r\nc', 'a\rb\r', 'abc', 'a\r', '\r', '\r\n', 'é\nü'].map((t) => lastLineEnd(bytes(t)))).toEqual([4, 1, -1, -1, -1, 1, 2]);
  });

  it('counts lines as the line splitter does: LF, CRLF and a lone CR each end one', () => {
    expect(['a\r\nb\rc\n', 'a\nb', '', '\n\n', 'a\r', 'é\r\n€'].map((t) => lineEnds(bytes(t)))).toEqual([3, 2, 0, 2, 1, 2]);
  });
});

/** The lines (text or undefined, and number) of some bytes cut into reads, as the single thread reads them: decoded across reads, then split. */
function splitterLines(reads: readonly Uint8Array[]): Array<[string | undefined, number]> {
  const out: Array<[string | undefined, number]> = [];
  const splitter = new LineSplitter((text, _end, line) => out.push([text, line]));
  const decoder = new StringDecoder('utf8');
  let started = false;
  for (const read of reads) {
    let text = decoder.write(Buffer.from(read));
    if (!started && text !== '') {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    splitter.push(text);
  }
  splitter.push(decoder.end());
  splitter.end();
  return out;
}

/** The same lines, as the main thread cuts the bytes into jobs and the workers read them back. */
function threadedLines(reads: readonly Uint8Array[], jobBytes?: number): Array<[string | undefined, number]> {
  const out: Array<[string | undefined, number]> = [];
  const jobs: BatchJob[] = [];
  const lines = new WholeLines((run) => jobs.push({ id: jobs.length, ...run }), jobBytes);
  for (const read of reads) lines.push(read);
  lines.end();
  for (const job of jobs) jobLines(job, (text, line) => out.push([text, line]));
  return out;
}

/** The bytes of a text cut at the given places, which may fall inside a character. */
const cutAt = (text: string, cuts: readonly number[]): Buffer[] => {
  const all = bytes(text);
  const at = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
  return [...at, all.length].map((end, i) => all.subarray(i === 0 ? 0 : at[i - 1], end));
};

describe('worker threads: the lines of the jobs', () => {
  it('are the lines of the whole input, numbered alike, wherever the reads cut it (LF, CRLF, lone CR, blank lines, characters of 2 to 4 bytes, a byte order mark)', () => {
    const piece = fc.constantFrom('a', 'bc', '{"x":1}', ' ', '\n', '\r', '\r\n', '\n\n', '\r\r', 'é', '€', '😀', '\uFEFF');
    fc.assert(
      fc.property(fc.boolean(), fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 12 }), (bom, pieces, cuts, jobBytes) => {
        const reads = cutAt(`${bom ? '\uFEFF' : ''}${pieces.join('')}`, cuts);
        expect(threadedLines(reads, jobBytes)).toEqual(splitterLines(reads));
      }),
      { numRuns: 2000 },
    );
  });

  it('read bytes that are not UTF-8 as the single thread does, one replacement character for each bad sequence', () => {
    const bad = Buffer.from([0x61, 0xe2, 0x82, 0x0a, 0xff, 0x62, 0x0d, 0xc3, 0x0d, 0x0a, 0xf0, 0x9f, 0x98]);
    for (let cut = 0; cut <= bad.length; cut++) {
      const reads = [bad.subarray(0, cut), bad.subarray(cut)];
      expect({ cut, lines: threadedLines(reads) }).toEqual({ cut, lines: splitterLines(reads) });
    }
  });

  it('pass on a line longer than a record may be as too long, whatever ends it and however it is read', () => {
    const long = 'y'.repeat(MAX_RECORD_CHARS + 5);
    for (const text of [`a\n${long}\nb\n`, `a\r${long}\rb`, `${long}\r\nb`, `a\n${long}`, `${long}\r`, `a\n${'z'.repeat(MAX_RECORD_CHARS)}\nb`]) {
      for (const size of [1 << 16, 1000_003, MAX_RECORD_CHARS + 1, 1 << 21]) {
        const reads = cutAt(text, Array.from({ length: Math.ceil(text.length / size) }, (_, i) => i * size));
        expect({ size, lines: threadedLines(reads) }).toEqual({ size, lines: splitterLines(reads) });
      }
    }
  });

  it('count a line by its characters, not its bytes: a line of a million two-byte characters is not too long', () => {
    const text = `a\n${'é'.repeat(MAX_RECORD_CHARS)}\nb\n${'€'.repeat(MAX_RECORD_CHARS + 2)}\nc`;
    for (const size of [1 << 16, 1000_003]) {
      const reads = cutAt(text, Array.from({ length: Math.ceil((text.length * 3) / size) }, (_, i) => i * size));
      const lines = threadedLines(reads);
      expect(lines.map(([t, n]) => [t === undefined ? undefined : t.length, n])).toEqual([[1, 1], [MAX_RECORD_CHARS, 2], [1, 3], [undefined, 4], [1, 5]]);
      expect(lines).toEqual(splitterLines(reads));
    }
  });
});

describe('worker threads: when', () => {
  const big = (): string => {
    const file = join(dir, 'big.ndjson');
    writeFileSync(file, 'x'.repeat(THREADED_FROM_BYTES));
    return file;
  };

  it('by default, as with auto, uses them for a large file only, when the workers are built', () => {
    const small = join(dir, 'small.ndjson');
    writeFileSync(small, '{}\n');
    const two = require('node:os').availableParallelism() >= 2 ? 2 : undefined;
    for (const env of [{}, { SLA_BATCH_THREADS: '' }, { SLA_BATCH_THREADS: 'auto' }, { SLA_BATCH_THREADS: ' AUTO ' }]) {
      const io = { cwd: dir, env };
      expect([batchThreads(small, io, DIST), batchThreads('-', io, DIST), batchThreads(big(), io, join(dir, 'nowhere')), batchThreads(big(), io, DIST)]).toEqual([undefined, undefined, undefined, two]);
    }
  });

  it('takes SLA_BATCH_THREADS for any input: 1 for none, and refuses anything but auto or 1 to 16', () => {
    const env = (n: string) => ({ cwd: dir, env: { SLA_BATCH_THREADS: n } });
    expect([batchThreads('-', env('3'), DIST), batchThreads(big(), env('1'), DIST), batchThreads('-', env(' '), DIST)]).toEqual([3, undefined, undefined]);
    for (const bad of ['0', '17', 'two', '1.5']) {
      expect(() => batchThreads('-', env(bad), DIST)).toThrow(expect.objectContaining({ code: 'USAGE', message: expect.stringMatching(/^SLA_BATCH_THREADS ".*": give auto \(the default: worker threads for a large file\), or a whole number from 1 to 16/) }));
    }
  });
});

describe('worker threads: in process, with the built worker script', () => {
  // The main thread's side (reading, sending runs, writing in order) runs here; the workers run dist/sla-batch-worker.js.
  const run = (args: string[], threads: string, input: string) => inProcess(args, { env: { SLA_BATCH_THREADS: threads }, input });

  it('writes the same with three workers forced on standard input, and with --fail-on and --tz', async () => {
    // A part of the file (a few runs of 64 KiB for each worker), so that the runs stay short; the workers are forced on it.
    const text = mixedTickets().slice(0, 1 << 19);
    const [one, three] = await Promise.all([run(['deadline', '--input', '-', '--now', NOW], '1', text), run(['deadline', '--input', '-', '--now', NOW], '3', text)]);
    expect([three.code, three.stderr, three.stdout === one.stdout]).toEqual([one.code, one.stderr, true]);
    const failOnText = text.replace(/.*"gold".*\n|.*T-\d+","opened":"2025-02-30.*\n|\{"id": "broken"\n|\[1, 2\]\n/g, '');
    const failOn = (threads: string) => run(['deadline', '--input', '-', '--now', NOW, '--fail-on', 'breached', '--tz', 'Asia/Kolkata'], threads, failOnText);
    const [before, after] = await Promise.all([failOn('1'), failOn('2')]);
    expect([after.code, after.stderr, after.stdout === before.stdout]).toEqual([before.code, before.stderr, true]);
  });

  it('reads CSV on one thread however many are asked for, with the same output', async () => {
    const csv = `id,opened,plan\n${Array.from({ length: 2000 }, (_, i) => `T-${i},2025-06-0${1 + (i % 9)}T10:00:00+02:00,advanced`).join('\n')}\n`;
    const [one, four] = await Promise.all([run(['deadline', '--input', '-', '--now', NOW], '1', csv), run(['deadline', '--input', '-', '--now', NOW], '4', csv)]);
    expect([four.code, four.stderr, four.stdout === one.stdout, one.stdout.split('\n').length]).toEqual([0, '', true, 2001]);
  });
});

describe('worker threads: the built binary', () => {
  let input: string;
  let single: Run;
  beforeAll(() => {
    input = join(dir, 'mixed.ndjson');
    writeFileSync(input, mixedTickets());
    single = sla(['deadline', '--input', input, '--now', NOW], '1');
  });

  it('writes the same bytes with workers as without, error records and their lines included', () => {
    expect([single.code, single.stderr]).toEqual([2, expect.stringMatching(/^sla: \d+ of \d+ records could not be read or computed: /)]);
    expect(single.stdout).toMatch(/"error":\{"code":"INVALID_INPUT","message":"the line is longer than 1048576 characters/);
    const threaded = sla(['deadline', '--input', input, '--now', NOW], '2');
    expect(threaded.code).toBe(single.code);
    expect(threaded.stderr).toBe(single.stderr);
    // Compared whole, not through expect's diff: the output is tens of megabytes.
    expect(threaded.stdout.length).toBe(single.stdout.length);
    expect(threaded.stdout === single.stdout).toBe(true);
  });

  it('ends quietly when the reader goes away (| head), and exits 3 with one line when the output cannot be written', () => {
    const head = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${BIN}" deadline --input "${input}" --now ${NOW} | head -n 3`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SLA_BATCH_THREADS: '2' },
    });
    expect([head.status, head.stderr, head.stdout.split('\n').length]).toEqual([0, '', 4]);
    const full = openSync('/dev/full', 'w');
    try {
      const r = sla(['deadline', '--input', '-', '--now', NOW], '2', { input: mixedTickets().slice(0, 1 << 20), stdout: full });
      expect([r.code, r.stderr]).toEqual([3, 'sla: cannot write output: no space left on device (ENOSPC)\n']);
    } finally {
      closeSync(full);
    }
  });

  it('streams: the first results come out before the input ends', async () => {
    const child = spawn(process.execPath, [BIN, 'deadline', '--input', '-', '--now', NOW], { cwd: ROOT, env: { ...process.env, SLA_BATCH_THREADS: '2' } });
    let stdout = '';
    const first = new Promise<void>((done) => child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), done())));
    child.stdin.write('{"id":"A","opened":"2025-06-02T10:00:00+02:00","plan":"advanced"}\n');
    await first;
    expect(stdout).toMatch(/^\{"id":"A",.*"status":"breached"/);
    child.stdin.end('{"id":"B","opened":"2025-06-02T10:00:00+02:00","plan":"basic"}\n');
    const code = await new Promise<number | null>((done) => child.on('close', (status: number | null) => done(status)));
    expect([code, stdout.split('\n').length]).toEqual([0, 3]);
  });
});
