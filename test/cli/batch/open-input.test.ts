import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openInput } from '../../../src/cli/batch/open-input';
import type { Io } from '../../../src/cli/io';
import { stdinIo } from './stdin-io';

const io = stdinIo;

async function text(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const c of chunks) out.push(c);
  return out;
}

describe('openInput', () => {
  it('keeps a character whole when a read splits its bytes, and counts bytes', async () => {
    const bytes = Buffer.from('{"n": "é"}\n', 'utf8');
    const split = bytes.indexOf(0xc3) + 1; // between the two bytes of é
    const input = openInput('-', io([bytes.subarray(0, split), bytes.subarray(split)]));
    expect((await text(input.chunks)).join('')).toBe('{"n": "é"}\n');
    expect([input.bytesRead(), input.size, input.label]).toEqual([bytes.length, undefined, 'standard input']);
  });

  it('falls back to reading all of standard input when the Io cannot stream it', async () => {
    const plain: Io = { ...io(['a\n', 'b\n']), stdinChunks: undefined };
    expect((await text(openInput('-', plain).chunks)).join('')).toBe('a\nb\n');
  });

  it('reads a file relative to the working directory, with its size', async () => {
    const input = openInput('package.json', io([]));
    const all = (await text(input.chunks)).join('');
    expect(JSON.parse(all).name).toBe('support-sla');
    expect(input.size).toBe(Buffer.byteLength(all));
  });

  it('refuses a directory and a device at once, naming what it is', () => {
    expect(() => openInput('test', io([]))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: 'cannot read input file "test": it is a directory, not a file or a pipe' }));
    expect(() => openInput('/dev/zero', io([]))).toThrow(/cannot read input file "\/dev\/zero": it is a device, not a file or a pipe/);
  });

  it('returns at once for a named pipe without a writer, and streams it once one comes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-fifo-'));
    try {
      const fifo = join(dir, 'tickets');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const input = openInput(fifo, io([]));
      expect([input.label, input.size]).toEqual([fifo, undefined]);
      createWriteStream(fifo).end('{"id": 1}\n');
      expect((await text(input.chunks)).join('')).toBe('{"id": 1}\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing file at once, before anything is read', () => {
    expect(() => openInput('nope.ndjson', io([]))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: 'cannot read input file "nope.ndjson": no such file' }));
  });
});
