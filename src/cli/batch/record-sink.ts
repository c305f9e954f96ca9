import type { Io } from '../io';
import { ChunkedOutput } from './chunked-output';
import type { RecordSink } from './pipeline';
import { recordWriter, type OutputFormat, type RecordShape } from './record-writer';

/** A sink that writes records, with a count of each mark its results carried (statuses, reclassifications). */
export interface CountingRecordSink<T, K> extends RecordSink<T> {
  readonly counts: ReadonlyMap<K, number>;
}

/** How one batch command turns what its judge returned into an output record, and which marks it counts. */
export interface RecordSinkShape<T, J, K> {
  /** The command's record renderers (NDJSON record, CSV columns and rows). */
  readonly shape: RecordShape<J>;
  /** The result fields of one judged record. */
  json(judged: T): J;
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
  return {
    counts,
    accept(judged, fields) {
      for (const mark of how.marks(judged)) counts.set(mark, (counts.get(mark) ?? 0) + 1);
      out.push(writer.result(fields, how.json(judged)));
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
