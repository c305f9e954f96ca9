// Volume (2,000 files): run once, not instrumented for coverage (the "UTC, bulk" project of jest.config.js).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SlaError } from '../../src/errors/sla-error';
import { loadCalendars, MAX_CALENDAR_FILES } from '../../src/holidays/load-calendars';

const HOLIDAYS_DIR = resolve(__dirname, '..', '..', 'holidays');

describe('loadCalendars: long extends chains', () => {
  const TMP = mkdtempSync(join(tmpdir(), 'sla-chains-'));
  afterAll(() => rmSync(TMP, { recursive: true, force: true }));
  const write = (name: string, value: object): void => writeFileSync(join(TMP, name), JSON.stringify(value));
  /** The SlaError thrown by loading `specs` from the temporary folder. */
  const errorOf = (specs: string[]): SlaError => {
    try {
      loadCalendars(specs, { dir: HOLIDAYS_DIR, cwd: TMP });
    } catch (err) {
      if (err instanceof SlaError) return err;
      throw err;
    }
    throw new Error('expected loadCalendars to throw');
  };

  it('loads a long chain without overflowing the stack', () => {
    const n = 900;
    for (let i = 0; i < n; i += 1) write(`c${i}.json`, { name: `Chain ${i}`, ...(i + 1 < n && { extends: `./c${i + 1}.json` }), holidays: [{ name: `Day ${i}`, date: '2026-05-04' }] });
    expect(loadCalendars(['./c0.json'], { dir: HOLIDAYS_DIR, cwd: TMP })[0]!.rules).toHaveLength(n);
  });

  it(`refuses more than ${MAX_CALENDAR_FILES} files, naming the limit`, () => {
    const n = 2000;
    for (let i = 0; i < n; i += 1) write(`l${i}.json`, { name: `Long ${i}`, ...(i + 1 < n && { extends: `./l${i + 1}.json` }), holidays: [] });
    const err = errorOf(['./l0.json']);
    expect([err.code, err.message]).toEqual(['INVALID_CALENDAR', `./l0.json: more than ${MAX_CALENDAR_FILES} calendar files through "extends", the limit for one load`]);
  });

});
