import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonFile } from '../../src/io/read-json-file';

const TMP = mkdtempSync(join(tmpdir(), 'sla-read-json-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const OPTIONS = { code: 'UNKNOWN_CALENDAR', malformed: 'INVALID_CALENDAR', what: 'holiday calendar', label: 'acme.json' } as const;

function file(content: string | Buffer): string {
  const path = join(TMP, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, content);
  return path;
}

describe('readJsonFile', () => {
  it('parses a JSON file', () => {
    expect(readJsonFile(file('{"name": "Acme"}'), OPTIONS)).toEqual({ name: 'Acme' });
  });

  it('parses a JSON file that starts with a UTF-8 byte order mark', () => {
    expect(readJsonFile(file('\ufeff{"name": "Acme"}'), OPTIONS)).toEqual({ name: 'Acme' });
  });

  it('names the line and column of text that is not JSON, with the code for malformed files', () => {
    expect(() => readJsonFile(file('{"name": "Acme",\n}'), OPTIONS)).toThrow(
      expect.objectContaining({ code: 'INVALID_CALENDAR', message: 'acme.json: not valid JSON at line 2, column 1 (expected a string key)' }),
    );
  });

  it('never quotes the text of a file that is not JSON', () => {
    expect(() => readJsonFile(file('root:x:0:0:root:/root:/bin/bash\n'), OPTIONS)).toThrow(
      expect.objectContaining({ message: 'acme.json: not valid JSON at line 1, column 1 (unexpected character)' }),
    );
  });

  it('takes the codes as arguments too', () => {
    expect(() => readJsonFile(join(TMP, 'missing.json'), 'POLICY_NOT_FOUND', 'INVALID_POLICY', 'policy', 'p.json')).toThrow(
      expect.objectContaining({ code: 'POLICY_NOT_FOUND', message: 'cannot read policy file "p.json": no such file' }),
    );
  });
});
