import { foldText, phraseWords, toClauses } from '../../src/classify/text';

describe('text folding and clauses', () => {
  it('folds case, accents and apostrophes', () => {
    expect(foldText('Can’t make ANY calls – bèta')).toBe('cant make any calls – beta');
    expect(foldText("GEÏNTEGREERD, don't")).toBe('geintegreerd, dont');
  });

  it('splits sentences and clauses; a colon does not break', () => {
    expect(toClauses('Calls drop, sometimes.\nNo workaround')).toEqual([
      { sentence: 0, words: ['calls', 'drop'], question: false },
      { sentence: 0, words: ['sometimes'], question: false },
      { sentence: 1, words: ['no', 'workaround'], question: false },
    ]);
    expect(toClauses('Workaround: none!! (really) - sorry')).toEqual([
      { sentence: 0, words: ['workaround', 'none'], question: false, colons: [1] },
      { sentence: 1, words: ['really'], question: false },
      { sentence: 1, words: ['sorry'], question: false },
    ]);
    expect(toClauses('drop-down; e-mail')).toEqual([
      { sentence: 0, words: ['drop', 'down'], question: false },
      { sentence: 1, words: ['e', 'mail'], question: false },
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

describe('questions and colons', () => {
  it('marks the clauses of a sentence that ends with a question mark', () => {
    expect(toClauses('Any workaround? None.').map((c) => c.question)).toEqual([true, false]);
  });

  it('keeps where a colon stands in its clause', () => {
    expect(toClauses('Dit is geen vraag: alles ligt plat')[0]!.colons).toEqual([4]);
  });
});

describe('phrase words', () => {
  it('reads a trailing "=" as a word that is not stemmed', () => {
    expect(phraseWords('integrating=')).toEqual([{ text: 'integrating', prefix: false, exact: true }]);
  });

  it('reads a hyphen between two words as words that stand together', () => {
    expect(phraseWords('non-production')).toEqual([{ text: 'non', prefix: false }, { text: 'production', prefix: false, adjacent: true }]);
  });
});
