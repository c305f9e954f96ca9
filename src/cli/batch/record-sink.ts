import type { Io } from '../io';
import { ChunkedOutput } from './chunked-output';
import type { RecordSink } from './pipeline';
import { recordWriter, type OutputFormat, type RecordShape } from './record-writer';
import type { TextBuilder } from './text-builder';

/** A sink that writes records, with a count of each mark its results carried (statuses, reclassifications). */
export interface CountingRecordSink<T, K> extends RecordSink<T> {
  readonly counts: ReadonlyMap<K, number>;
  /** What waits to be written: for a batch worker, which hands it on itself instead of flushing. */
  readonly pending: TextBuilder;
}

/** How one batch command turns what its judge returned into an output record, and which marks it counts. */
export interface RecordSinkShape<T, J, K> {
  /** The command's record renderers (NDJSON record, CSV columns and rows). */
  readonly shape: RecordShape<J>;
  /** The result fields of one judged record. */
  json(judged: T): J;
  /**
   * Writes `lead`, then the output record's JSON text, into `out`, straight
   * from the judged record: the same text as
   * `JSON.stringify(shape.record(input, json(judged)))`, without the objects in
   * between. It throws, if it must, before writing anything. Optional:
   * without it, NDJSON and JSON records are written from `shape.record`.
   */
  recordJson?(out: TextBuilder, lead: string, input: Readonly<Record<string, unknown>>, judged: T): void;
  /** What `--fail-on` may ask about, for one judged record. */
  marks(judged: T): Iterable<K>;
}

/**
 * The sink every batch command writes through: each judged record as an
 * output record of the format (an error record for one that failed), in
 * chunks that go out when full or when the pipeline asks, and a count per
 * mark for `--fail-on`. `columns` is the input's CSV header once read.
 *
 * @example
 * const sink = recordSink('ndjson', () => reader.columns, { shape: DEADLINE_RECORD_SHAPE, json, marks: (t) => [t.status.status] }, io);
 * sink.counts.get('breached') //=> 2
 */
export function recordSink<T, J, K>(
  format: OutputFormat,
  columns: () => readonly string[] | undefined,
  how: RecordSinkShape<T, J, K>,
  io: Pick<Io, 'out' | 'write'>,
): CountingRecordSink<T, K> {
  const writer = recordWriter(format, columns, how.shape);
  const write = io.write?.bind(io) ?? (async (text: string) => io.out(text));
  const out = new ChunkedOutput(write);
  const counts = new Map<K, number>();
  const { around } = writer;
  const recordJson = how.recordJson?.bind(how);
  return {
    counts,
    pending: out.text,
    accept(judged, fields) {
      for (const mark of how.marks(judged)) counts.set(mark, (counts.get(mark) ?? 0) + 1);
      if (around === undefined || recordJson === undefined) {
        out.push(writer.result(fields, how.json(judged)));
        return;
      }
      recordJson(out.text, around.before(), fields, judged);
      out.text.ascii(around.after);
      around.wrote();
    },
    reject(problem, fields, line) {
      out.push(writer.error(fields, { code: problem.code, message: problem.message, line }));
    },
    get full() {
      return out.full;
    },
    flush: () => out.flush(),
    end() {
      out.push(writer.end());
    },
  };
}
