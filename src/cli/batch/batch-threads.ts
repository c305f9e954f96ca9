import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SlaStatus, WarnThreshold } from '../../core/sla-status';
import { quoteValue } from '../../core/quote-value';
import { SlaError } from '../../errors/sla-error';
import type { PolicyRequest } from '../../domain/load-policy-with-calendars';
import type { Io } from '../io';
import { ChunkedOutput } from './chunked-output';
import { bytesText, type BytesPart } from './text-builder';
import type { InputMappingOptions } from './input-mapping-options';
import { LineSplitter, MAX_RECORD_CHARS } from './line-splitter';
import { openInput, type InputSource } from './open-input';
import { newTally, type PipelineSummary } from './pipeline';
import { Progress } from './progress';
import { detectFormat } from './read-records';

/** The worker script, built beside the CLI bundle (`dist/`). */
export const BATCH_WORKER_FILE = 'sla-batch-worker.js';

/** The environment variable that asks for batch worker threads: `auto`, or a number (1 for none). */
export const THREADS_VARIABLE = 'SLA_BATCH_THREADS';

/** Below this size a file is judged on the main thread: starting workers would cost more than they save. */
export const THREADED_FROM_BYTES = 8 << 20;

const MAX_THREADS = 16;

/** What each worker needs to judge records as the main thread would: plain values, copied to it once. */
export interface BatchWorkerData {
  /** The policy and calendars as the main thread loaded them, for each worker to load the same. */
  readonly policy: PolicyRequest;
  /** The zone instants are printed in (`--tz`, else the policy's). */
  readonly zoneName: string;
  readonly nowMs: number;
  readonly warn: WarnThreshold;
  /** The mapping flags as given; each worker reads them (and a `--plans` file) itself. */
  readonly mapping: InputMappingOptions;
  readonly cwd: string;
}

/**
 * A run of whole input lines for a worker, with their line breaks, the first
 * numbered `firstLine`; `overLongFirst` when the first is the end of a line too
 * long to hold, whose start was dropped.
 */
export interface BatchJob {
  readonly id: number;
  readonly text: string;
  readonly firstLine: number;
  readonly overLongFirst: boolean;
}

/** Buffers of a worker's output, read and handed back to it for its next answers. */
export interface BatchRecycle {
  readonly recycle: readonly ArrayBuffer[];
}

/** A worker's answer: the output text of a job's records, in order, and what it counted. */
export type BatchJobResult =
  | {
      readonly id: number;
      /** The output, in order: texts, and ASCII text as bytes (handed over without a copy, and handed back once read). */
      readonly output: ReadonlyArray<string | BytesPart>;
      readonly records: number;
      readonly failed: number;
      readonly firstFailure: PipelineSummary['firstFailure'];
      readonly statuses: ReadonlyArray<readonly [SlaStatus, number]>;
    }
  | { readonly id: number; readonly bug: string };

/**
 * How many worker threads judge a batch: none (undefined) unless
 * `SLA_BATCH_THREADS` asks. Workers pay only where a core is free for each:
 * on a machine busy with other work one thread was faster on both benchmark
 * mixes, and used less memory, so they are opt-in. `auto` takes them for a
 * file of {@link THREADED_FROM_BYTES} or more, one per core, at most two (the
 * main thread reads and writes meanwhile); a number from 1 to 16 sets them for
 * any input, standard input included (1: none); anything else exits 2. The
 * workers' script must sit beside the bundle, in `workerDir` (a run from the
 * sources has none).
 *
 * @example
 * batchThreads('tickets.ndjson', { cwd, env: {} }) //=> undefined
 * batchThreads('tickets.ndjson', { cwd, env: { SLA_BATCH_THREADS: 'auto' } }) //=> 2 for a file of 100 MB on two cores
 */
export function batchThreads(input: string, io: Pick<Io, 'cwd' | 'env' | 'batchWorkerDir'>, workerDir: string = workerDirOf(io)): number | undefined {
  const asked = io.env?.[THREADS_VARIABLE];
  let threads: number | undefined;
  if (asked === undefined || asked.trim() === '') return undefined;
  if (asked.trim().toLowerCase() !== 'auto') {
    const n = Number(asked.trim());
    if (!Number.isInteger(n) || n < 1 || n > MAX_THREADS) {
      throw new SlaError('USAGE', `${THREADS_VARIABLE} ${quoteValue(asked)}: give auto (worker threads for a large file), a whole number from 1 to ${MAX_THREADS} (1: no worker threads), or leave it unset`);
    }
    threads = n;
  } else {
    if (input === '-' || availableParallelism() < 2) return undefined;
    try {
      const stat = statSync(resolve(io.cwd, input));
      if (!stat.isFile() || stat.size < THREADED_FROM_BYTES) return undefined;
    } catch {
      return undefined; // the pipeline opens it and reports why it cannot
    }
    threads = Math.min(2, availableParallelism());
  }
  return threads > 1 && existsSync(join(workerDir, BATCH_WORKER_FILE)) ? threads : undefined;
}

/** Where the workers' script is: beside the bundle unless the `Io` names a folder. */
const workerDirOf = (io: Pick<Io, 'batchWorkerDir'>): string => io.batchWorkerDir ?? __dirname;

/** A threaded run: the file or `-`, the number of workers, and what they are started with. */
export interface ThreadedBatch {
  readonly input: string;
  readonly threads: number;
  readonly worker: BatchWorkerData;
}

/** How long a job's text may be (where its lines allow): about a read of 64 KiB, so that a job is a few hundred tickets and the messages are few. */
const JOB_CHARS = 1 << 16;

/**
 * The heap of each worker, in MB: a small young generation (a job's records die there) keeps
 * the run's memory near that of one thread; the rest leaves room for a record of a megabyte.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 3, maxOldGenerationSizeMb: 128 };

/** How many jobs per worker may be read ahead of the output: enough to keep them busy (one at work, one waiting), few enough to keep memory flat. */
const JOBS_PER_THREAD = 2;

/**
 * Streams a batch of NDJSON tickets through worker threads, for the same
 * output as the single thread gives: this thread reads the input, cuts it into
 * runs of whole lines (of about {@link JOB_CHARS} characters, and at least one
 * per read that ends a line, so a slow feed still sees its results soon), hands them round to the workers, and writes their output in input
 * order as it comes back, each record (error records too, with their line
 * numbers) where the single thread would have put it. At most
 * {@link JOBS_PER_THREAD} jobs per worker are out at a time, and none is read
 * while the output waits for a slow reader, so memory stays flat. A write that
 * fails ends the run with that error; the workers are stopped whatever happens.
 *
 * An input that turns out not to be NDJSON is handed back unread past what was
 * looked at (`source`), for the single thread to read as CSV.
 *
 * @example
 * const run = await runThreadedBatch({ input: 'tickets.ndjson', threads: 2, worker }, io);
 * if ('summary' in run) run.summary.records //=> 1000000
 */
export async function runThreadedBatch(
  run: ThreadedBatch,
  io: Io,
): Promise<{ readonly summary: PipelineSummary & { readonly statuses: ReadonlyMap<SlaStatus, number> } } | { readonly source: InputSource }> {
  const source = openInput(run.input, io);
  const chunks = source.chunks[Symbol.asyncIterator]();
  const seen: string[] = [];
  let format: ReturnType<typeof detectFormat>;
  while (format === undefined) {
    const next = await chunks.next();
    if (next.done === true) break;
    seen.push(next.value);
    // Every chunk before this one was blank: this one's first other character decides.
    format = detectFormat(next.value);
  }
  if (format !== 'ndjson') {
    const replay = async function* (): AsyncIterable<string> {
      yield* seen;
      for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) yield next.value;
    };
    return { source: { ...source, chunks: replay() } };
  }
  return { summary: await threaded(run, io, source, seen, chunks) };
}

async function threaded(
  run: ThreadedBatch,
  io: Io,
  source: InputSource,
  seen: string[],
  rest: AsyncIterator<string>,
): Promise<PipelineSummary & { readonly statuses: ReadonlyMap<SlaStatus, number> }> {
  const write = io.write?.bind(io) ?? (async (text: string) => io.out(text));
  const out = new ChunkedOutput(write);
  const progress = new Progress(io.stderrIsTTY === true, (s) => io.err(s), () => io.now(), source.size);
  const tally = newTally();
  const statuses = new Map<SlaStatus, number>();
  const pool = new WorkerPool(run.threads, run.worker, join(workerDirOf(io), BATCH_WORKER_FILE));
  const queue: Array<{ done: boolean; result: Promise<BatchJobResult> }> = [];

  let nextId = 0;
  const lines = new WholeLines((cut) => {
    const entry = { done: false, result: pool.run({ id: nextId++, ...cut }) };
    // A job done is written as soon as those before it are, even while this thread waits for input.
    const settled = (): void => {
      entry.done = true;
      pump().catch(() => undefined);
    };
    entry.result.then(settled, settled);
    queue.push(entry);
  });
  /** Writes the results at the head of the queue that are done, in order. */
  const drainDone = async (): Promise<void> => {
    for (let head = queue[0]; head !== undefined && head.done; head = queue[0]) {
      queue.shift();
      const result = await head.result;
      if ('bug' in result) throw new Error(`a batch worker failed: ${result.bug}`);
      tally.records += result.records;
      tally.failed += result.failed;
      tally.firstFailure ??= result.firstFailure;
      for (const [status, n] of result.statuses) statuses.set(status, (statuses.get(status) ?? 0) + n);
      const read: ArrayBuffer[] = [];
      for (const part of result.output) {
        if (typeof part === 'string') {
          out.push(part);
        } else {
          out.push(bytesText(part));
          read.push(part.buffer);
        }
      }
      pool.recycle(result.id, read);
      if (out.full) await out.flush();
    }
    await out.flush();
    progress.update(source.bytesRead(), tally.records);
  };
  // One writer at a time: each pump runs after the one before it, and a failed write fails every later one.
  let pumping: Promise<void> = Promise.resolve();
  const pump = (): Promise<void> => (pumping = pumping.then(drainDone));
  /** Waits until no more than `most` jobs are out, writing those done. */
  const drain = async (most: number): Promise<void> => {
    for (let head = queue[0]; head !== undefined && queue.length > most; head = queue[0]) {
      await head.result.catch(() => undefined);
      await pump();
    }
    await pump();
  };

  let started = false;
  const take = async (chunk: string): Promise<void> => {
    if (!started && chunk.length > 0) {
      started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    lines.push(chunk);
    // Room for the next read's job; a write that failed stops the reading here.
    await drain(run.threads * JOBS_PER_THREAD - 1);
  };
  try {
    try {
      for (const chunk of seen) await take(chunk);
      for (let next = await rest.next(); next.done !== true; next = await rest.next()) await take(next.value);
      lines.end();
    } catch (err) {
      // An input that fails part way still lets the results before it out, as on one thread; a failed output cannot take them.
      if (!(err instanceof SlaError && err.code === 'OUTPUT_FAILED')) await drain(0).catch(() => undefined);
      throw err;
    }
    await drain(0);
  } finally {
    progress.done();
    await pool.close();
  }
  return { ...tally, statuses };
}

/**
 * Cuts text chunks into runs of whole lines, one run per chunk that ends a
 * line, each numbered as the line splitter numbers its lines, and carries the
 * start of the line that goes on into the next chunk. A line that grows past
 * {@link MAX_RECORD_CHARS} is not held: its start is dropped, and the run
 * with its end says so (`overLongFirst`), for {@link jobLines} to pass it on as too long.
 *
 * @example
 * const runs: Array<Omit<BatchJob, 'id'>> = [];
 * const lines = new WholeLines((run) => runs.push(run));
 * lines.push('{"a": 1}\n{"a"');
 * lines.push(': 2}\n');
 * runs //=> [{ text: '{"a": 1}\n', firstLine: 1, overLongFirst: false }, { text: '{"a": 2}\n', firstLine: 2, overLongFirst: false }]
 */
export class WholeLines {
  // What follows the last line break read so far: the start of a line that the next chunk goes on with.
  private carry = '';
  private carryOverLong = false;
  private firstLine = 1;

  /**
   * @param jobChars How long a run may be, where its lines allow: its output
   *   (about three times as long, as bytes handed back and forth between the
   *   threads) then stays small, and a few runs in flight keep memory flat.
   */
  constructor(
    private readonly send: (run: Omit<BatchJob, 'id'>) => void,
    private readonly jobChars: number = JOB_CHARS,
  ) {}

  push(chunk: string): void {
    const text = this.carry + chunk;
    const cut = lastLineEnd(text);
    if (cut === -1) {
      this.carry = text;
      if (text.length > MAX_RECORD_CHARS + 1) {
        // A CR at the end may yet be half of a CRLF: it is the one character worth keeping.
        this.carryOverLong = true;
        this.carry = text.endsWith('\r') ? '\r' : '';
      }
      return;
    }
    let whole = text.slice(0, cut + 1);
    this.carry = text.slice(cut + 1);
    while (whole.length > this.jobChars) {
      const at = lastLineEnd(whole.slice(0, this.jobChars));
      if (at === -1) break; // a line longer than a run: it goes whole
      this.emit(whole.slice(0, at + 1));
      whole = whole.slice(at + 1);
    }
    this.emit(whole);
  }

  /** The last line, when the input does not end with a line break. */
  end(): void {
    if (this.carry !== '' || this.carryOverLong) this.emit(this.carry);
    this.carry = '';
  }

  private emit(text: string): void {
    this.send({ text, firstLine: this.firstLine, overLongFirst: this.carryOverLong });
    this.firstLine += lineEnds(text);
    this.carryOverLong = false;
  }
}

/**
 * The lines of a job, as the line splitter would have passed them on from the
 * whole input: each text (undefined when too long) and its line number.
 *
 * @example
 * jobLines({ id: 0, text: 'a\r\nb', firstLine: 7, overLongFirst: false }, (text, line) => seen.push([text, line])) // seen: [['a', 7], ['b', 8]]
 */
export function jobLines(job: BatchJob, sink: (text: string | undefined, line: number) => void): void {
  let lines = 0;
  const splitter = new LineSplitter((text, _end, n) => {
    lines++;
    // The first line's start was too long for the main thread to keep: it is a line too long, as a whole.
    sink(n === 1 && job.overLongFirst ? undefined : text, job.firstLine + n - 1);
  });
  splitter.push(job.text);
  splitter.end();
  if (lines === 0 && job.overLongFirst) sink(undefined, job.firstLine);
}

/**
 * Where the last whole line of a text ends: the index of its last line break,
 * or -1. A CR that ends the text does not count: an LF may follow in the next read.
 *
 * @example
 * lastLineEnd('a\nb\r\nc') //=> 4
 * lastLineEnd('a\rb\r') //=> 1
 */
export function lastLineEnd(text: string): number {
  const lf = text.lastIndexOf('\n');
  // lastIndexOf reads a negative start as 0: a text of one CR has no CR before its end.
  const cr = text.length < 2 ? -1 : text.lastIndexOf('\r', text.length - 2);
  return Math.max(lf, cr);
}

/**
 * How many lines a text of whole lines holds, as the line splitter counts
 * them: each LF, CRLF and lone CR ends one, and a last line without a break is one more.
 *
 * @example
 * lineEnds('a\r\nb\rc\n') //=> 3
 * lineEnds('a\nb') //=> 2
 */
export function lineEnds(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
  const last = text.charCodeAt(text.length - 1);
  return text.length > 0 && last !== 10 && last !== 13 ? n + 1 : n;
}

/** Worker threads that each take jobs in turn and answer them in the order given. */
class WorkerPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (r: BatchJobResult) => void; reject: (e: unknown) => void }>();
  /** The worker each job went to, until its answer is read. */
  private readonly owners = new Map<number, Worker>();
  private turn = 0;
  private failure: unknown;
  private closing = false;

  constructor(threads: number, data: BatchWorkerData, file: string) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(file, { workerData: data, resourceLimits: WORKER_HEAP });
      worker.on('message', (result: BatchJobResult) => {
        const waiter = this.waiting.get(result.id);
        this.waiting.delete(result.id);
        waiter?.resolve(result);
      });
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a batch worker stopped (exit code ${code})`));
      });
      return worker;
    });
  }

  run(job: BatchJob): Promise<BatchJobResult> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const worker = this.workers[this.turn++ % this.workers.length];
    if (worker === undefined) return Promise.reject(new Error('a batch needs at least one worker'));
    this.owners.set(job.id, worker);
    return new Promise((resolve, reject) => {
      this.waiting.set(job.id, { resolve, reject });
      worker.postMessage(job);
    });
  }

  /** Hands the buffers of a job's answer, now read, back to the worker that wrote them. */
  recycle(id: number, buffers: ArrayBuffer[]): void {
    const worker = this.owners.get(id);
    this.owners.delete(id);
    if (worker === undefined || buffers.length === 0 || this.closing || this.failure !== undefined) return;
    const message: BatchRecycle = { recycle: buffers };
    worker.postMessage(message, buffers);
  }

  private fail(err: unknown): void {
    this.failure ??= err;
    for (const waiter of this.waiting.values()) waiter.reject(err);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
