import { mergePriorityWords, parsePriorityMap, resolvePriorityWords } from '../../../src/cli/batch/priority-map';
import { defaultSetup } from '../../core/default-schedule';

describe('parsePriorityMap', () => {
  it('reads word=priority pairs', () => {
    expect([...parsePriorityMap('urgent=1,high=1,normal=2,low=3')]).toEqual([
      ['urgent', '1'],
      ['high', '1'],
      ['normal', '2'],
      ['low', '3'],
    ]);
  });

  it('ignores case and spacing in the words', () => {
    expect([...parsePriorityMap(' Very  High =critical')]).toEqual([['very-high', 'critical']]);
  });

  it.each(['urgent', 'urgent=', '=1', 'urgent=1,'])('refuses %s, which is not word=priority', (text) => {
    expect(() => parsePriorityMap(text)).toThrow(expect.objectContaining({ code: 'USAGE', message: expect.stringContaining('is not word=priority') }));
  });

  it('refuses a word given twice, however it is spelt', () => {
    expect(() => parsePriorityMap('High=1,high=2')).toThrow(/the word "high" is given twice/);
  });
});

describe('mergePriorityWords', () => {
  it("puts the flag's words over the preset's, word by word", () => {
    const merged = mergePriorityWords(new Map([['urgent', '1'], ['high', '2']]), new Map([['high', '1']]));
    expect([...merged]).toEqual([
      ['urgent', '1'],
      ['high', '1'],
    ]);
  });
});

describe('resolvePriorityWords', () => {
  const { policy } = defaultSetup();

  it("looks each priority up in the policy, by id, name or alias", () => {
    const resolved = resolvePriorityWords(new Map([['urgent', '1'], ['normal', 'general']]), policy, '--priority-map');
    expect([resolved.get('urgent')!.id, resolved.get('normal')!.id]).toEqual([1, 3]);
  });

  it('refuses a priority the policy does not have, naming the word and the flag', () => {
    expect(() => resolvePriorityWords(new Map([['urgent', '9']]), policy, '--priority-map')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_PRIORITY', message: expect.stringMatching(/^--priority-map maps "urgent" to a priority the policy does not have: unknown priority "9"/) }),
    );
  });
});
