import { daysFromCivil } from '../../src/core/civil';
import { closureLookup } from '../../src/holidays/closures';
import { parseCalendar } from '../../src/holidays/parse-calendar';
import type { Calendar } from '../../src/holidays/types';

function calendar(id: string, holidays: Record<string, unknown>[]): Calendar {
  const doc = parseCalendar({ name: id, holidays }, `${id}.json`, id);
  return { id, name: doc.name, source: doc.source, path: `${id}.json`, rules: doc.rules };
}

const DAY = daysFromCivil(2025, 12, 24);
const closed = calendar('closed', [{ name: 'Closed day', month: 12, day: 24 }]);
const morning = calendar('morning', [{ name: 'Morning only', month: 12, day: 24, hours: [['09:00', '13:00']] }]);
const midday = calendar('midday', [{ name: 'Midday only', month: 12, day: 24, hours: [['11:00', '15:00']] }]);

describe('closureLookup', () => {
  it('finds nothing on a day no calendar names', () => {
    expect(closureLookup([closed])(DAY + 1)).toBeUndefined();
  });

  it('finds nothing on any day when no calendar has a rule', () => {
    expect(closureLookup([calendar('empty', [])])(DAY)).toBeUndefined();
  });

  it('closes a whole-day holiday all day', () => {
    expect(closureLookup([closed])(DAY)).toEqual({ name: 'Closed day', calendar: 'closed', intervals: [] });
  });

  it('keeps the hours of a partial day', () => {
    expect(closureLookup([morning])(DAY)?.intervals).toEqual([{ start: 540, end: 780 }]);
  });

  it('closes the day when a whole-day holiday and a partial day coincide (closed wins)', () => {
    expect(closureLookup([morning, closed])(DAY)?.intervals).toEqual([]);
  });

  it('keeps only the hours both partial days keep', () => {
    expect(closureLookup([morning, midday])(DAY)?.intervals).toEqual([{ start: 660, end: 780 }]);
  });

  it('names every holiday and calendar of a combined day', () => {
    const override = closureLookup([morning, midday])(DAY);
    expect([override?.name, override?.calendar]).toEqual(['Morning only / Midday only', 'morning / midday']);
  });

  it('reads an empty hours list as closed all day', () => {
    const emptyHours = calendar('empty-hours', [{ name: 'No hours', month: 12, day: 24, hours: [] }]);
    expect(closureLookup([emptyHours])(DAY)?.intervals).toEqual([]);
  });
});
