import { existsSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CR, LF } from '../../core/char-codes';
import type { SlaStatus, WarnThreshold } from '../../core/sla-status';
import { quoteValue } from '../../core/quote-value';
import { SlaError } from '../../errors/sla-error';
import type { PolicyRequest } from '../../domain/load-policy-with-calendars';
import type { Io } from '../io';
import { ChunkedOutput } from './chunked-output';
import type { BytesPart } from './text-builder';
import type { InputMappingOptions } from './input-mapping-options';
import { LineSplitter, MAX_RECORD_CHARS } from './line-splitter';
import { decodedSource, openInputBytes, type InputSource } from './open-input';
import { newTally, type PipelineSummary } from './pipeline';
import { Progress } from './progress';
import { detectFormat } from './read-records';

/** The worker script, built beside the CLI bundle (`dist/`). */
export const BATCH_WORKER_FILE = 'sla-batch-worker.js';

/** The environment variable that sets the batch's worker threads: `auto` (the default), or a number (1 for none). */
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
 * A run of whole input lines for a worker, as bytes (UTF-8, with their line
 * breaks; handed over without a copy), the first numbered `firstLine`;
 * `overLongFirst` when the first is the end of a line too long to hold, whose
 * start was dropped.
 */
export interface BatchJob {
  readonly id: number;
  readonly bytes: Uint8Array<ArrayBuffer>;
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
      /** The buffer of the job's bytes, read and handed back for the main thread's next jobs. */
      readonly input: ArrayBuffer;
    }
  | { readonly id: number; readonly bug: string };

/**
 * How many worker threads judge a batch (undefined: none). By default, as with
 * `SLA_BATCH_THREADS=auto`, a file of {@link THREADED_FROM_BYTES} or more on a
 * machine of two cores or more gets one worker per core, at most two (the main
 * thread reads and writes meanwhile): on the benchmark's two cores they judged
 * half as many tickets again per second when idle, and about as many as one
 * thread with one core busy with other work, for 10-15 MB more memory. A number
 * from 1 to 16 sets them for any input, standard input included (1: none);
 * anything else exits 2. The workers' script must sit beside the bundle, in
 * `workerDir` (a run from the sources has none).
 *
 * @example
 * batchThreads('small.ndjson', { cwd, env: {} }) //=> undefined
 * batchThreads('tickets.ndjson', { cwd, env: {} }) //=> 2 for a file of 100 MB on two cores
 * batchThreads('tickets.ndjson', { cwd, env: { SLA_BATCH_THREADS: '1' } }) //=> undefined
 */
export function batchThreads(input: string, io: Pick<Io, 'cwd' | 'env' | 'batchWorkerDir'>, workerDir: string = workerDirOf(io)): number | undefined {
  const asked = io.env?.[THREADS_VARIABLE] ?? '';
  let threads: number | undefined;
  if (asked.trim() !== '' && asked.trim().toLowerCase() !== 'auto') {
    const n = Number(asked.trim());
    if (!Number.isInteger(n) || n < 1 || n > MAX_THREADS) {
      throw new SlaError('USAGE', `${THREADS_VARIABLE} ${quoteValue(asked)}: give auto (the default: worker threads for a large file), or a whole number from 1 to ${MAX_THREADS} (1: no worker threads)`);
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

/** How long a job may be, in bytes (where its lines allow): about a read of 64 KiB, so that a job is a few hundred tickets and the messages are few. */
const JOB_BYTES = 1 << 16;

/**
 * The heap of each worker, in MB: a small young generation (a job's records die there) keeps
 * the run's memory near that of one thread (8 MB: with 3, the workers spent a third more time
 * collecting, and a run took about 7% longer, for 10 MB less); the rest leaves room for a record
 * of a megabyte.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

/**
 * How many jobs per worker may be read ahead of the output: enough to keep them busy while this
 * thread, or the worker whose job heads the output, waits for a core (two were not: on two cores
 * the run took about a quarter longer), few enough to keep memory flat.
 */
const JOBS_PER_THREAD = 8;

/**
 * Streams a batch of NDJSON tickets through worker threads, for the same
 * output as the single thread gives: this thread reads the input as bytes, cuts
 * it into runs of whole lines without decoding it ({@link WholeLines}: of about
 * {@link JOB_BYTES} bytes, and at least one per read that ends a line, so a slow
 * feed still sees its results soon), hands them round to the workers without a
 * copy, and writes their output bytes in input order as they come back, each
 * record (error records too, with their line numbers) where the single thread
 * would have put it, handing each buffer back to its worker once written. At most
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
  const source = openInputBytes(run.input, io);
  const reads = source.bytes[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  // Only to tell the format: the lines themselves are cut as bytes, and decoded by the workers.
  const decoder = new StringDecoder('utf8');
  let format: ReturnType<typeof detectFormat>;
  while (format === undefined) {
    const next = await reads.next();
    if (next.done === true) break;
    seen.push(next.value);
    // Every read before this one was blank: this one's first other character decides.
    format = detectFormat(decoder.write(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength)));
  }
  if (format !== 'ndjson') {
    const replay = async function* (): AsyncIterable<Uint8Array> {
      yield* seen;
      for (let next = await reads.next(); next.done !== true; next = await reads.next()) yield next.value;
    };
    return { source: decodedSource({ ...source, bytes: replay() }) };
  }
  return { summary: await threaded(run, io, source, seen, reads) };
}

async function threaded(
  run: ThreadedBatch,
  io: Io,
  source: Omit<InputSource, 'chunks'>,
  seen: Uint8Array[],
  rest: AsyncIterator<Uint8Array>,
): Promise<PipelineSummary & { readonly statuses: ReadonlyMap<SlaStatus, number> }> {
  const write =
    io.write?.bind(io) ??
    (async (data: string | Uint8Array, written?: () => void) => {
      io.out(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
      written?.();
    });
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
  }, undefined, () => pool.spareInput());
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
      const owner = pool.ownerOf(result.id);
      for (const part of result.output) {
        if (typeof part === 'string') out.push(part);
        // Written as the bytes they are (no text made of them, no copy); once written, they go back to their worker.
        else await out.writeBytes(new Uint8Array(part.buffer, 0, part.length), () => pool.recycle(owner, part.buffer));
      }
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

  const take = async (chunk: Uint8Array): Promise<void> => {
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

/** The UTF-8 byte order mark, which a file may start with: not part of the first line. */
const BOM = [0xef, 0xbb, 0xbf];

/**
 * Cuts the bytes of an input, read by read, into runs of whole lines, one run
 * per read that ends a line (longer ones cut at line ends into runs of at most
 * `jobBytes`), each numbered as the line splitter numbers its lines, and
 * carries the start of the line that goes on into the next read. Nothing is
 * decoded here: a line break is one byte in UTF-8, never part of another
 * character, so a cut there never splits a character; the workers decode their
 * runs. A UTF-8 byte order mark at the start is dropped. A line that grows past
 * {@link MAX_RECORD_CHARS} characters is not held: its start is dropped, and
 * the run with its end says so (`overLongFirst`), for {@link jobLines} to pass
 * it on as too long.
 *
 * @example
 * const runs: Array<Omit<BatchJob, 'id'>> = [];
 * const lines = new WholeLines((run) => runs.push(run));
 * lines.push(Buffer.from('{"a": 1}\n{"a"'));
 * lines.push(Buffer.from(': 2}\n'));
 * runs.map((r) => [Buffer.from(r.bytes).toString(), r.firstLine]) //=> [['{"a": 1}\n', 1], ['{"a": 2}\n', 2]]
 */
export class WholeLines {
  // What follows the last line break read so far: the start of a line that the next read goes on with.
  private carry: Uint8Array = new Uint8Array(0);
  private carryOverLong = false;
  private firstLine = 1;
  // Whether the start of the input, where a byte order mark may be, has been read.
  private started = false;
  // Where the carry and the next read are put together (see `joined`).
  private stage = new Uint8Array(0);

  /**
   * @param send Takes each run, whose bytes are its own (a buffer of their own, to be handed over).
   * @param jobBytes How long a run may be, where its lines allow: its output
   *   (about three times as long, as bytes handed back and forth between the
   *   threads) then stays small, and a few runs in flight keep memory flat.
   */
  constructor(
    private readonly send: (run: Omit<BatchJob, 'id'>) => void,
    private readonly jobBytes: number = JOB_BYTES,
    private readonly spare: () => ArrayBuffer | undefined = () => undefined,
  ) {}

  push(chunk: Uint8Array): void {
    let bytes = this.carry.length === 0 ? chunk : this.joined(chunk);
    if (!this.started) {
      // The mark is three bytes, which may come in more than one read.
      if (bytes.length < BOM.length && BOM.slice(0, bytes.length).every((b, i) => bytes[i] === b)) {
        this.carry = bytes.slice();
        return;
      }
      this.started = true;
      if (BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(BOM.length);
    }
    const cut = lastLineEnd(bytes);
    if (cut === -1) {
      // A copy: the read's buffer and the stage are both written again.
      this.carry = bytes.slice();
      // Bytes are at least as many as characters: only a carry this long may hold too many.
      if (bytes.length > MAX_RECORD_CHARS + 1 && utf16Length(bytes) > MAX_RECORD_CHARS + 1) {
        // A CR at the end may yet be half of a CRLF: it is the one character worth keeping.
        this.carryOverLong = true;
        this.carry = bytes[bytes.length - 1] === CR ? Uint8Array.of(CR) : new Uint8Array(0);
      }
      return;
    }
    this.carry = bytes.slice(cut + 1);
    let whole = bytes.subarray(0, cut + 1);
    while (whole.length > this.jobBytes) {
      const at = lastLineEnd(whole.subarray(0, this.jobBytes));
      if (at === -1) break; // a line longer than a run: it goes whole
      this.emit(whole.subarray(0, at + 1));
      whole = whole.subarray(at + 1);
    }
    this.emit(whole);
  }

  /**
   * The carry and a new read as one, in a buffer kept from read to read: a new array for each read
   * lives outside the heap, where the collector lets them pile up (a run took 10 MB more).
   */
  private joined(chunk: Uint8Array): Uint8Array {
    const length = this.carry.length + chunk.length;
    if (this.stage.length < length) this.stage = new Uint8Array(Math.max(length, this.stage.length * 2));
    this.stage.set(this.carry);
    this.stage.set(chunk, this.carry.length);
    return this.stage.subarray(0, length);
  }

  /** The last line, when the input does not end with a line break. */
  end(): void {
    if (!this.started) {
      this.started = true; // fewer bytes than a byte order mark: they are the text
    }
    if (this.carry.length > 0 || this.carryOverLong) this.emit(this.carry);
    this.carry = new Uint8Array(0);
  }

  private emit(bytes: Uint8Array): void {
    // A buffer of the run's own, to be handed to a worker without a copy (never one of Node's shared pools):
    // one a worker handed back when it is large enough, else a new one.
    const fits = bytes.length <= this.jobBytes;
    const buffer = (fits ? this.spare() : undefined) ?? new ArrayBuffer(fits ? this.jobBytes : bytes.length);
    const own = new Uint8Array(buffer, 0, bytes.length);
    own.set(bytes);
    const run = { bytes: own, firstLine: this.firstLine, overLongFirst: this.carryOverLong };
    // Counted before it is sent: sending hands its buffer over.
    this.firstLine += lineEnds(own);
    this.carryOverLong = false;
    this.send(run);
  }
}

/** How many UTF-16 code units the complete characters of some UTF-8 bytes decode to (a character cut at the end is left out). */
function utf16Length(bytes: Uint8Array): number {
  return new StringDecoder('utf8').write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).length;
}

/**
 * The lines of a job, as the line splitter would have passed them on from the
 * whole input: each text (undefined when too long) and its line number.
 *
 * @example
 * jobLines({ id: 0, bytes: Buffer.from('a\r\nb'), firstLine: 7, overLongFirst: false }, (text, line) => seen.push([text, line])) // seen: [['a', 7], ['b', 8]]
 */
export function jobLines(job: BatchJob, sink: (text: string | undefined, line: number) => void): void {
  let lines = 0;
  const splitter = new LineSplitter((text, _end, n) => {
    lines++;
    // The first line's start was too long for the main thread to keep: it is a line too long, as a whole.
    sink(n === 1 && job.overLongFirst ? undefined : text, job.firstLine + n - 1);
  });
  splitter.push(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength).toString('utf8'));
  splitter.end();
  if (lines === 0 && job.overLongFirst) sink(undefined, job.firstLine);
}

/**
 * Where the last whole line of some bytes ends: the index of its last line
 * break, or -1. A CR that ends them does not count: an LF may follow in the next read.
 *
 * @example
 * lastLineEnd(Buffer.from('a\nb\r\nc')) //=> 4
 * lastLineEnd(Buffer.from('a\rb\r')) //=> 1
 */
export function lastLineEnd(bytes: Uint8Array): number {
  const lf = bytes.lastIndexOf(LF);
  // lastIndexOf reads a negative start as counting from the end: one CR alone has no CR before its end.
  const cr = bytes.length < 2 ? -1 : bytes.lastIndexOf(CR, bytes.length - 2);
  return Math.max(lf, cr);
}

/**
 * How many lines some bytes of whole lines hold, as the line splitter counts
 * them: each LF, CRLF and lone CR ends one, and a last line without a break is one more.
 *
 * @example
 * lineEnds(Buffer.from('a\r\nb\rc\n')) //=> 3
 * lineEnds(Buffer.from('a\nb')) //=> 2
 */
export function lineEnds(bytes: Uint8Array): number {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = view.indexOf(LF); i !== -1; i = view.indexOf(LF, i + 1)) n++;
  for (let i = view.indexOf(CR); i !== -1; i = view.indexOf(CR, i + 1)) if (view[i + 1] !== LF) n++;
  const last = view[view.length - 1];
  return view.length > 0 && last !== LF && last !== CR ? n + 1 : n;
}

/** How many handed-back buffers of jobs' bytes are kept: about as many as the jobs in flight. */
const MAX_SPARE_INPUTS = 4;

/** Worker threads that each take jobs in turn and answer them in the order given. */
class WorkerPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (r: BatchJobResult) => void; reject: (e: unknown) => void }>();
  /** The worker each job went to, until its answer is read. */
  private readonly owners = new Map<number, Worker>();
  private turn = 0;
  private failure: unknown;
  private closing = false;
  /** Buffers of jobs' bytes the workers handed back, for the next jobs. */
  private readonly inputs: ArrayBuffer[] = [];

  constructor(threads: number, data: BatchWorkerData, file: string) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(file, { workerData: data, resourceLimits: WORKER_HEAP });
      worker.on('message', (result: BatchJobResult) => {
        if ('input' in result && this.inputs.length < MAX_SPARE_INPUTS) this.inputs.push(result.input);
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
      // The job's bytes are its own buffer: handed over, not copied.
      worker.postMessage(job, [job.bytes.buffer]);
    });
  }

  /** A buffer for a job's bytes that a worker handed back, if one is spare. */
  spareInput(): ArrayBuffer | undefined {
    return this.inputs.pop();
  }

  /** The worker that answered a job, once: its answer is being read. */
  ownerOf(id: number): Worker | undefined {
    const worker = this.owners.get(id);
    this.owners.delete(id);
    return worker;
  }

  /** Hands a buffer of a job's answer, now written, back to the worker that wrote it. */
  recycle(worker: Worker | undefined, buffer: ArrayBuffer): void {
    if (worker === undefined || this.closing || this.failure !== undefined) return;
    const message: BatchRecycle = { recycle: [buffer] };
    worker.postMessage(message, [buffer]);
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
