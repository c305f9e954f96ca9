// The worker thread of a large `sla deadline --input` (see batch-threads.ts): built to
// dist/sla-batch-worker.js. It judges runs of input lines with the very code the main thread
// uses for a small batch, and answers each with its output text and counts.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SlaStatus } from '../../core/sla-status';
import { getZone } from '../../core/zone';
import { SlaError } from '../../errors/sla-error';
import { loadPolicyWithCalendars } from '../../domain/load-policy-with-calendars';
import { jobLines, type BatchJob, type BatchJobResult, type BatchRecycle, type BatchWorkerData } from './batch-threads';
import { inputMappingRequest, ticketReadingFrom } from './input-mapping-options';
import { newTally, passRecord } from './pipeline';
import { ndjsonLineRecord } from './read-records';
import { recordSink } from './record-sink';
import { deadlineRecords } from './run-batch';

/** How many handed-back buffers a worker keeps: about as many as its jobs in flight. */
const MAX_SPARE = 8;

/**
 * Answers batch jobs on `port` until the main thread stops the worker. The
 * policy, its calendars and the reading are loaded from the same request and
 * flags as on the main thread, which checked them already.
 *
 * @example
 * serveBatchJobs(parentPort, workerData) // in dist/sla-batch-worker.js
 */
export function serveBatchJobs(port: MessagePort, data: BatchWorkerData): void {
  const { policy, schedule } = loadPolicyWithCalendars(data.policy);
  const reading = ticketReadingFrom(inputMappingRequest(data.mapping), policy, { cwd: data.cwd });
  const { judge, how } = deadlineRecords({ policy, schedule }, getZone(data.zoneName), data.nowMs, data.warn, reading);
  // One sink for every job: its output is taken after each job, and its counts are told as they grew in the job.
  const sink = recordSink('ndjson', () => undefined, how, { out: () => undefined });
  const counted = new Map<SlaStatus, number>();
  // Buffers the main thread has read and handed back, for the next jobs' output.
  const spare: ArrayBuffer[] = [];
  port.on('message', (message: BatchJob | BatchRecycle) => {
    if ('recycle' in message) {
      for (const buffer of message.recycle) if (spare.length < MAX_SPARE) spare.push(buffer);
      return;
    }
    const result = answer(message);
    // Output of nothing but ASCII goes as bytes, handed over without a copy, as does the job's own buffer, for the next jobs.
    port.postMessage(result, 'output' in result ? [...result.output.flatMap((part) => (typeof part === 'string' ? [] : [part.buffer])), result.input] : []);
  });

  function answer(job: BatchJob): BatchJobResult {
    try {
      const tally = newTally();
      jobLines(job, (text, line) => {
        const record = ndjsonLineRecord(text, line);
        if (record !== undefined) passRecord(record, judge, sink, tally);
      });
      const statuses: Array<[SlaStatus, number]> = [];
      for (const [status, n] of sink.counts) {
        const before = counted.get(status) ?? 0;
        if (n > before) statuses.push([status, n - before]);
        counted.set(status, n);
      }
      const output = sink.pending.takeParts(spare.pop());
      return { id: job.id, output, records: tally.records, failed: tally.failed, firstFailure: tally.firstFailure, statuses, input: job.bytes.buffer };
    } catch (err) {
      sink.pending.take(); // a job that failed leaves nothing for the next
      // A record's own problem is an error record; anything else is a bug, reported to the main thread.
      return { id: job.id, bug: err instanceof SlaError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
  }
}

// The main thread starts this script with its BatchWorkerData (batch-threads.ts); `workerData` is typed `any`.
const data: BatchWorkerData = workerData;
if (parentPort !== null) serveBatchJobs(parentPort, data);
