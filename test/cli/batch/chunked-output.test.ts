import { ChunkedOutput } from '../../../src/cli/batch/chunked-output';

describe('ChunkedOutput', () => {
  it('gathers text until a chunk is full, then writes it at once', async () => {
    const writes: string[] = [];
    const out = new ChunkedOutput(async (t) => void writes.push(t), 10);
    out.push('abcd');
    out.push('efgh');
    expect(out.full).toBe(false);
    out.push('ij');
    expect(out.full).toBe(true);
    await out.flush();
    expect(writes).toEqual(['abcdefghij']);
  });

  it('waits until the output has taken a chunk', async () => {
    let release!: () => void;
    const out = new ChunkedOutput(() => new Promise<void>((r) => (release = r)), 1);
    out.push('x');
    let done = false;
    const flushing = out.flush().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    release();
    await flushing;
    expect(done).toBe(true);
  });

  it('writes nothing when nothing waits', async () => {
    const writes: string[] = [];
    const out = new ChunkedOutput(async (t) => void writes.push(t));
    out.push('');
    await out.flush();
    expect(writes).toEqual([]);
  });
});
