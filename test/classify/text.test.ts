import { foldText, phraseWords, toClauses } from '../../src/classify/text';

describe('text folding and clauses', () => {
  it('folds case, accents and apostrophes', () => {
    expect(foldText('Can’t make ANY calls – bèta')).toBe('cant make any calls – beta');
    expect(foldText("GEÏNTEGREERD, don't")).toBe('geintegreerd, dont');
  });

  it('splits sentences and clauses; a colon does not break', () => {
    expect(toClauses('Calls drop, sometimes.\nNo workaround')).toEqual([
      { sentence: 0, words: ['calls', 'drop'] },
      { sentence: 0, words: ['sometimes'] },
      { sentence: 1, words: ['no', 'workaround'] },
    ]);
    expect(toClauses('Workaround: none!! (really) - sorry')).toEqual([
      { sentence: 0, words: ['workaround', 'none'] },
      { sentence: 1, words: ['really'] },
      { sentence: 1, words: ['sorry'] },
    ]);
    expect(toClauses('drop-down; e-mail')).toEqual([
      { sentence: 0, words: ['drop', 'down'] },
      { sentence: 1, words: ['e', 'mail'] },
    ]);
    expect(toClauses(' ... \n\n')).toEqual([]);
  });

  it('reads a trailing * in a phrase as a word start', () => {
    expect(phraseWords("can't log in")).toEqual([
      { text: 'cant', prefix: false },
      { text: 'log', prefix: false },
      { text: 'in', prefix: false },
    ]);
    expect(phraseWords('Storing*')).toEqual([{ text: 'storing', prefix: true }]);
  });
});
