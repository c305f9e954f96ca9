/**
 * Turns ticket text into clauses of folded words, the unit phrases are matched in.
 *
 * Folding (the same for text and for phrases, so the two always agree):
 * - Unicode NFKD, then combining marks dropped: `bèta` reads `beta`, `geïntegreerd` `geintegreerd`;
 * - lower case;
 * - apostrophes dropped, so `can't`, `can’t` and the typo `cant` are one word;
 * - every other character that is not a letter or digit separates words, so
 *   `work-around` reads `work around` and `drop-down` `drop down`.
 *
 * Breaks: a sentence ends at `. ! ? ;`, `…` or a line break (the subject is its
 * own sentence); a clause ends at a comma, a bracket, a double quote, a dash
 * between spaces or `|`. Phrases never span a clause break, so
 * "no access, workaround via mobile" does not read as "no workaround".
 * A colon does not break: "Workaround: none" is one clause.
 */

/** The words of one clause and the sentence it belongs to (0-based, in text order). */
export interface Clause {
  readonly sentence: number;
  readonly words: readonly string[];
}

const SENTENCE_BREAK = /[.!?;…\r\n]+/;
const CLAUSE_BREAK = /[,()[\]{}"“”„«»|–—]+|\s+-+\s+/;
const APOSTROPHES = /['’‘`´]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Folds text for matching: accents and apostrophes dropped, lower case.
 *
 * @example
 * foldText("Can’t make ANY calls – bèta") //=> "cant make any calls – beta"
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(APOSTROPHES, '');
}

/**
 * Splits text into clauses of folded words; empty clauses are left out.
 *
 * @example
 * toClauses('Calls drop, sometimes.\nNo workaround')
 * //=> [{ sentence: 0, words: ['calls', 'drop'] }, { sentence: 0, words: ['sometimes'] }, { sentence: 1, words: ['no', 'workaround'] }]
 */
export function toClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  for (const sentenceText of foldText(text).split(SENTENCE_BREAK)) {
    let any = false;
    for (const clauseText of sentenceText.split(CLAUSE_BREAK)) {
      const words = clauseText.match(WORD) ?? [];
      if (words.length === 0) continue;
      clauses.push({ sentence, words });
      any = true;
    }
    if (any) sentence += 1;
  }
  return clauses;
}

/** One word of a phrase; `prefix` when the phrase wrote it with a trailing `*`. */
export interface PatternWord {
  readonly text: string;
  readonly prefix: boolean;
}

/**
 * The words of a phrase, folded like text; a trailing `*` on a word matches any
 * word that starts with it (`storing*` matches `storingen`, `acceptatie*`
 * matches `acceptatieomgeving`).
 *
 * @example
 * phraseWords("can't log in") //=> [{ text: 'cant', prefix: false }, { text: 'log', prefix: false }, { text: 'in', prefix: false }]
 * phraseWords('storing*')    //=> [{ text: 'storing', prefix: true }]
 */
export function phraseWords(phrase: string): PatternWord[] {
  const words = foldText(phrase).match(/[\p{L}\p{N}]+\*?/gu) ?? [];
  return words.map((w) => (w.endsWith('*') ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false }));
}
