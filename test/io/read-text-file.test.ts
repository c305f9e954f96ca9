import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SlaError } from '../../src/errors/sla-error';
import { formatBytes, MAX_FILE_BYTES, readTextFile } from '../../src/io/read-text-file';

const TMP = mkdtempSync(join(tmpdir(), 'sla-read-text-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const OPTIONS = { code: 'POLICY_NOT_FOUND', what: 'policy' } as const;

/** Writes `content` to a new file in the temporary folder and returns its path. */
let written = 0;
function file(content: string | Buffer): string {
  const path = join(TMP, `file-${++written}.json`);
  writeFileSync(path, content);
  return path;
}

/** The SlaError thrown by reading `path`. */
function errorOf(path: string, options: Parameters<typeof readTextFile>[1] = OPTIONS): SlaError {
  try {
    readTextFile(path, options);
  } catch (err) {
    if (err instanceof SlaError) return err;
    throw err;
  }
  throw new Error('expected readTextFile to throw');
}

describe('readTextFile', () => {
  it('reads a regular file as UTF-8 text', () => {
    expect(readTextFile(file('{"name": "Acme – support"}'), OPTIONS)).toBe('{"name": "Acme – support"}');
  });

  it('removes a leading UTF-8 byte order mark', () => {
    expect(readTextFile(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{}')])), OPTIONS)).toBe('{}');
  });

  it('keeps a byte order mark that is not at the start', () => {
    expect(readTextFile(file('a\ufeffb'), OPTIONS)).toBe('a\ufeffb');
  });

  it('reads an empty file as empty text', () => {
    expect(readTextFile(file(''), OPTIONS)).toBe('');
  });

  it('names a missing file with the given code', () => {
    const err = errorOf(join(TMP, 'missing.json'), { ...OPTIONS, label: 'missing.json' });
    expect([err.code, err.message]).toEqual(['POLICY_NOT_FOUND', 'cannot read policy file "missing.json": no such file']);
  });

  it('refuses a named pipe at once instead of waiting for a writer', () => {
    const fifo = join(TMP, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(errorOf(fifo, { ...OPTIONS, label: 'pipe.json' }).message).toBe('cannot read policy file "pipe.json": a named pipe, not a file');
  });

  it('refuses a device such as /dev/zero', () => {
    expect(errorOf('/dev/zero').message).toBe('cannot read policy file "/dev/zero": a device, not a file');
  });

  it('refuses a folder', () => {
    const dir = join(TMP, 'folder.json');
    mkdirSync(dir);
    expect(errorOf(dir, { ...OPTIONS, label: 'folder.json' }).message).toBe('cannot read policy file "folder.json": a folder, not a file');
  });

  it('refuses a file over the limit, naming the limit', () => {
    const err = errorOf(file('x'.repeat(101)), { ...OPTIONS, label: 'big.json', maxBytes: 100 });
    expect([err.code, err.message]).toEqual(['POLICY_NOT_FOUND', 'cannot read policy file "big.json": larger than the 100 bytes limit for a policy file']);
  });

  it('reads a file of exactly the limit', () => {
    expect(readTextFile(file('x'.repeat(100)), { ...OPTIONS, maxBytes: 100 })).toHaveLength(100);
  });

  it('stops at the limit for a file whose size says less than it holds', () => {
    // Files in /proc report a size of 0 and hold more: like a file that grows while it is read.
    expect(errorOf('/proc/self/status', { ...OPTIONS, label: 'status', maxBytes: 100 }).message).toBe(
      'cannot read policy file "status": larger than the 100 bytes limit for a policy file',
    );
  });

  it('reads all of a file whose size says less than it holds, within the limit', () => {
    expect(readTextFile('/proc/self/status', OPTIONS)).toMatch(/^Name:/);
  });

  it('never repeats the content of the file in a message', () => {
    const err = errorOf(file('DB_PASSWORD=hunter2'.repeat(10)), { ...OPTIONS, maxBytes: 100 });
    expect(err.message).not.toContain('hunter2');
  });

  it('quotes a long label cut to a readable length', () => {
    const err = errorOf(join(TMP, 'missing.json'), { ...OPTIONS, label: `${'a/'.repeat(100)}x.json` });
    expect(err.message).toMatch(/^cannot read policy file "(a\/){30}…" \(206 characters\): no such file$/);
  });

  it('has a limit of 10 MiB by default', () => {
    expect(formatBytes(MAX_FILE_BYTES)).toBe('10 MiB');
  });
});

describe('formatBytes', () => {
  it.each([
    [10 * 1024 * 1024, '10 MiB'],
    [512 * 1024, '512 KiB'],
    [100, '100 bytes'],
    [1, '1 byte'],
    [1500, '1500 bytes'],
  ])('%d is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
