import { DEADLINE_CSV } from '../../../../src/cli/render/deadline/deadline-csv';
import type { DeadlineJson } from '../../../../src/cli/render/deadline/deadline-json';
import { batchRecord, OUTPUT_FIELDS } from '../../../../src/cli/render/deadline/deadline-record';
import { RESULT_FIELDS } from '../../../../src/cli/render/deadline/record-fields';

/** Every field of a status-carrying result, in the order `deadlineToJson` writes them. */
const JSON_RESULT: DeadlineJson = {
  opened: '2025-06-02T10:00:00+02:00',
  priority: 1,
  priorityName: 'Business Critical',
  plan: 'professional',
  covered: true,
  target: { minutes: 180, clock: 'business' },
  deadline: '2025-06-02T13:00:00+02:00',
  reason: null,
  timezone: 'Europe/Amsterdam',
  responded: '2025-06-02T11:00:00+02:00',
  status: 'met',
  elapsed: 60,
  remaining: -35,
};

const cells = (line: string): number => line.replace(/\n$/, '').split(',').length;

describe('the result fields of a batch record', () => {
  it('are those of sla deadline --json without the explanation, in its order', () => {
    expect(RESULT_FIELDS).toEqual(Object.keys(JSON_RESULT));
  });

  it('and error are what a record result replaces', () => {
    expect([...OUTPUT_FIELDS]).toEqual([...RESULT_FIELDS, 'error']);
  });

  it('come after the input fields they do not replace', () => {
    const record = batchRecord({ id: 'T-1', opened: '2025-06-02T10:00', team: 'red' }, JSON_RESULT);
    expect(Object.keys(record)).toEqual(['id', 'team', ...RESULT_FIELDS]);
  });
});

describe('the CSV columns of a batch record', () => {
  it('are the README list: target in two, error in three', () => {
    expect(DEADLINE_CSV.columns).toEqual([
      'opened',
      'priority',
      'priorityName',
      'plan',
      'covered',
      'targetMinutes',
      'targetClock',
      'deadline',
      'reason',
      'timezone',
      'responded',
      'status',
      'elapsed',
      'remaining',
      'errorCode',
      'errorMessage',
      'errorLine',
    ]);
  });

  it('leave out input columns the result sets, CSV-only names included', () => {
    expect(DEADLINE_CSV.passThroughColumns(['id', 'opened', 'targetMinutes', 'errorLine', 'team'])).toEqual(['id', 'team']);
  });

  it('fill a result row with one cell per header column', () => {
    const row = DEADLINE_CSV.row(['id'], { id: 'T-1' }, JSON_RESULT);
    expect(row).toBe(
      'T-1,2025-06-02T10:00:00+02:00,1,Business Critical,professional,true,180,business,2025-06-02T13:00:00+02:00,,Europe/Amsterdam,2025-06-02T11:00:00+02:00,met,60,-35,,,\n',
    );
    expect(cells(row)).toBe(cells(DEADLINE_CSV.header(['id'])));
  });

  it('neutralise names from the policy, never the computed figures', () => {
    const row = DEADLINE_CSV.row([], {}, { ...JSON_RESULT, priorityName: '=Critical' });
    expect(row).toContain(",'=Critical,");
    expect(row).toContain(',-35,');
  });

  it('fill an error row with one cell per header column, the input under result columns', () => {
    const row = DEADLINE_CSV.errorRow(['id'], { id: 'T-2', opened: 'yesterday' }, { code: 'INVALID_DATE', message: 'opened: bad', line: 3 });
    expect(row).toBe('T-2,yesterday,,,,,,,,,,,,,,INVALID_DATE,opened: bad,3\n');
    expect(cells(row)).toBe(cells(DEADLINE_CSV.header(['id'])));
  });
});
