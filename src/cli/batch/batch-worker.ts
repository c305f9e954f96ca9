// The worker thread of a large `sla deadline --input` (see batch-threads.ts): built to
// dist/sla-batch-worker.js. It judges runs of input lines with the very code the main thread
// uses for a small batch, and answers each with its output text and counts.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SlaStatus } from '../../core/sla-status';
import { getZone } from '../../core/zone';
import { SlaError } from '../../errors/sla-error';
import { loadPolicyWithCalendars } from '../../domain/load-policy-with-calendars';
import { jobLines, type BatchJob, type BatchJobResult, type BatchWorkerData } from './batch-threads';
import { inputMappingRequest, ticketReadingFrom } from './input-mapping-options';
import { newTally, passRecord } from './pipeline';
import { ndjsonLineRecord } from './read-records';
import { recordSink } from './record-sink';
import { deadlineRecords } from './run-batch';

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
  port.on('message', (job: BatchJob) => {
    void answer(job).then((result) => port.postMessage(result));
  });

  async function answer(job: BatchJob): Promise<BatchJobResult> {
    try {
      let text = '';
      const sink = recordSink('ndjson', () => undefined, how, { out: (t) => (text += t), write: async (t) => void (text += t) });
      const tally = newTally();
      jobLines(job, (text, line) => {
        const record = ndjsonLineRecord(text, line);
        if (record !== undefined) passRecord(record, judge, sink, tally);
      });
      await sink.flush();
      const statuses: Array<[SlaStatus, number]> = [...sink.counts];
      return { id: job.id, text, records: tally.records, failed: tally.failed, firstFailure: tally.firstFailure, statuses };
    } catch (err) {
      // A record's own problem is an error record; anything else is a bug, reported to the main thread.
      return { id: job.id, bug: err instanceof SlaError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
  }
}

// The main thread starts this script with its BatchWorkerData (batch-threads.ts); `workerData` is typed `any`.
const data: BatchWorkerData = workerData;
if (parentPort !== null) serveBatchJobs(parentPort, data);
