import { parseGroupBy } from '../../../src/cli/batch/report-groups';

describe('parseGroupBy', () => {
  it('reads the built-in dimensions in any case', () => {
    expect(parseGroupBy('Plan, PRIORITY')).toEqual(['plan', 'priority']);
  });

  it('keeps an input field as the input spells it', () => {
    expect(parseGroupBy('Group,month,Custom field (Organizations)')).toEqual(['Group', 'month', 'Custom field (Organizations)']);
  });

  it('refuses a dimension given twice', () => {
    expect(() => parseGroupBy('team,team')).toThrow(/invalid --by "team,team": give a comma list of plan, priority, month, week or input fields/);
  });

  it('refuses an empty item', () => {
    expect(() => parseGroupBy('plan,,week')).toThrow(/invalid --by "plan,,week"/);
  });
});
