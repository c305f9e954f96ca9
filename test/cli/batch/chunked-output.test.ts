import { ChunkedOutput } from '../../../src/cli/batch/chunked-output';

describe('ChunkedOutput', () => {
  it('gathers text until a chunk is full, then writes it at once', async () => {
    const writes: Array<string | Uint8Array> = [];
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
    const writes: Array<string | Uint8Array> = [];
    const out = new ChunkedOutput(async (t) => void writes.push(t));
    out.push('');
    await out.flush();
    expect(writes).toEqual([]);
  });

  it('writes bytes as they are, after the text that waits, and tells when each is written', async () => {
    const writes: string[] = [];
    const released: string[] = [];
    const out = new ChunkedOutput(async (t, written) => {
      writes.push(typeof t === 'string' ? t : Buffer.from(t).toString('latin1'));
      written?.();
    });
    out.push('ab');
    await out.writeBytes(Buffer.from('cd'), () => released.push('cd'));
    await out.writeBytes(new Uint8Array(0), () => released.push('empty'));
    out.push('ef');
    await out.flush();
    expect([writes, released]).toEqual([['ab', 'cd', 'ef'], ['cd', 'empty']]);
  });

  it('fails every later write once one failed, bytes or text', async () => {
    const broken = Object.assign(new Error('write ENOSPC'), { code: 'ENOSPC' });
    const out = new ChunkedOutput(async () => {
      throw broken;
    });
    await expect(out.writeBytes(Buffer.from('x'), () => undefined)).rejects.toBe(broken);
    out.push('y');
    await expect(out.flush()).rejects.toBe(broken);
    await expect(out.writeBytes(Buffer.from('z'), () => undefined)).rejects.toBe(broken);
  });
});
