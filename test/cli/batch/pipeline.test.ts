import { runPipeline, type RecordSink } from '../../../src/cli/batch/pipeline';
import { RecordReader } from '../../../src/cli/batch/read-records';
import { SlaError } from '../../../src/errors/sla-error';
import { stdinIo } from './stdin-io';

const io = stdinIo;

/** A sink that notes every call, in order, and is full after `fullAfter` results. */
function recordingSink(fullAfter = Infinity): RecordSink<number> & { calls: string[] } {
  let held = 0;
  const calls: string[] = [];
  return {
    calls,
    accept(result, fields, line) {
      if (result < 0) throw new SlaError('INVALID_INPUT', `negative ${String(fields.n)}`);
      held++;
      calls.push(`accept ${result} at ${line}`);
    },
    reject(problem, fields, line) {
      calls.push(`reject ${problem.code} at ${line}${fields ? '' : ' (unread)'}`);
    },
    get full() {
      return held >= fullAfter;
    },
    async flush() {
      calls.push(`flush ${held}`);
      held = 0;
    },
    end() {
      calls.push('end');
    },
  };
}

const double = (fields: Record<string, unknown>): number => {
  if (typeof fields.n !== 'number') throw new SlaError('INVALID_INPUT', 'n is not a number');
  return fields.n * 2;
};

describe('runPipeline', () => {
  it('hands each result or problem to the sink in input order, and flushes after each read and at the end', async () => {
    const sink = recordingSink();
    const summary = await runPipeline({ input: '-', records: new RecordReader('ndjson') }, double, sink, io(['{"n": 1}\n{"n": "x"}\n', '{oops\n{"n": -2}\n{"n": 3}\n']));
    expect(sink.calls).toEqual([
      'accept 2 at 1',
      'reject INVALID_INPUT at 2',
      'flush 1',
      'reject INVALID_INPUT at 3 (unread)',
      // A result the sink cannot take is a problem of its record too.
      'reject INVALID_INPUT at 4',
      'accept 6 at 5',
      'flush 1',
      'end',
      'flush 0',
    ]);
    expect(summary).toEqual({ records: 5, failed: 3, firstFailure: { line: 2, message: 'n is not a number' } });
  });

  it('flushes a full sink before it takes more', async () => {
    const sink = recordingSink(2);
    await runPipeline({ input: '-', records: new RecordReader('ndjson') }, double, sink, io(['{"n": 1}\n{"n": 2}\n{"n": 3}\n']));
    expect(sink.calls.slice(0, 4)).toEqual(['accept 2 at 1', 'accept 4 at 2', 'flush 2', 'accept 6 at 3']);
  });

  it('lets out what was judged before a failure that is not a record\'s', async () => {
    const sink = recordingSink();
    const bug = (fields: Record<string, unknown>): number => {
      if (fields.n === 2) throw new TypeError('a bug');
      return double(fields);
    };
    await expect(runPipeline({ input: '-', records: new RecordReader('ndjson') }, bug, sink, io(['{"n": 1}\n{"n": 2}\n']))).rejects.toThrow('a bug');
    expect(sink.calls).toEqual(['accept 2 at 1', 'flush 1']);
  });
});
