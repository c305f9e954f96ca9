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
 * Breaks: a sentence ends at `. ! ? ;` (not a point between digits: "5.2"), `…` or a line break (the subject is its
 * own sentence); a clause ends at a comma, a bracket, a double quote, a dash
 * between spaces or `|`. Phrases never span a clause break, so
 * "no access, workaround via mobile" does not read as "no workaround".
 * A colon does not break: "Workaround: none" is one clause; where it stands is
 * kept, since a negation does not reach back across it.
 */

/** The words of one clause and the sentence it belongs to (0-based, in text order). */
export interface Clause {
  readonly sentence: number;
  readonly words: readonly string[];
  /** The sentence ends with a question mark: it asks rather than states. */
  readonly question: boolean;
  /** Word offsets with a colon just before them ("geen feature request: er werkt niets"); absent when none. */
  readonly colons?: readonly number[];
}

// A sentence and the marks that end it (or the end of the text).
const SENTENCE = /([^.!?;…\r\n]*)([.!?;…\r\n]+|$)/g;
const CLAUSE_BREAK = /[,()[\]{}"“”„«»|–—]+|\s+-+\s+/;
const APOSTROPHES = /['’‘`´]/g;
const DECIMAL = /(\d)\.(\d)/g;
// An identifier joined by underscores ("sk_live_9f3a", "call_ended") is one word: none of its parts is said.
const WORD = /[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)*/gu;
// Abbreviations whose point ends no sentence when the sentence goes on in lower case or with a number.
// (Written out in both cases, not with the i flag, under which \p{Ll} would match capitals too.)
const ABBREVIATION = /\b([Bb]v|[Bb]ijv|[Ii]ncl|[Cc]a|[Vv]s|[Aa]pprox|[Nn]r|[Nn]o|[Mm]r|[Mm]rs|[Dd]r|[Ii]r|[Ii]ng|[Dd]rs|[Mm]evr|[Dd]hr|[Tt]el|[Rr]esp)\.(?=\s*[\p{Ll}\d])/gu;
// Letters with points ("e.g.", "z.s.m.", "i.v.m.", "o.a."), likewise.
const DOTTED = /\b(?:\p{L}\.){2,}(?=\s*[\p{Ll}\d,])/gu;

/**
 * Folds text for matching: accents and apostrophes dropped, lower case.
 *
 * @example
 * foldText("Can’t make ANY calls – bèta") //=> "cant make any calls – beta"
 */
export function foldText(text: string): string {
  // Plain ASCII, most phrases and many tickets, has no accents to take off.
  const unaccented = ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return unaccented.toLowerCase().replace(APOSTROPHES, '');
}

const ASCII = /^[\x00-\x7f]*$/;

// Who can hear, before a clause-final "hoor": "wat ik hoor" is the verb, not the particle.
const HEARERS = new Set(['ik', 'je', 'jij', 'u', 'we', 'wij', 'ze', 'zij', 'men', 'hij']);

/**
 * Splits text into clauses of folded words; empty clauses are left out. A
 * clause of a sentence that ends with `?` is marked `question`.
 *
 * @example
 * toClauses('Calls drop, sometimes.\nAny workaround?')
 * //=> [{ sentence: 0, words: ['calls', 'drop'], question: false }, { sentence: 0, words: ['sometimes'], question: false },
 * //    { sentence: 1, words: ['any', 'workaround'], question: true }]
 */
export function toClauses(text: string): readonly Clause[] {
  // The phrases and the statistical reading read the same text one after the other: the last one is kept (clauses are
  // read-only, and a string compares by value).
  if (lastText === text && lastClauses !== undefined) return lastClauses;
  const clauses: Clause[] = [];
  let sentence = 0;
  // Both groups of SENTENCE always take part in a match (possibly empty), so the defaults never apply.
  // A point between digits ("version 5.2", "om 9.30") is no sentence end.
  // Nor is the point of an abbreviation before more of the sentence ("bv. kunnen we", "z.s.m. oplossen", "e.g. the queue").
  const unabbreviated = text.replace(ABBREVIATION, '$1').replace(DOTTED, (m) => m.replace(/\./g, ''));
  for (const [, sentenceText = '', marks = ''] of foldText(unabbreviated).replace(DECIMAL, '$1 $2').matchAll(SENTENCE)) {
    if (sentenceText === '' && marks === '') break;
    const question = marks.includes('?');
    let any = false;
    for (const clauseText of sentenceText.split(CLAUSE_BREAK)) {
      const words = clauseText.match(WORD) ?? [];
      // "Het is toch niet opgelost hoor": the Dutch particle at a clause's end stresses it; it is not "to hear".
      if (words.length > 1 && words.at(-1) === 'hoor' && !HEARERS.has(words.at(-2) ?? '')) words.pop();
      // "Registreren nie", "nog nie open": Flemish "nie" is "niet".
      for (const [i, w] of words.entries()) if (w === 'nie') words[i] = 'niet';
      if (words.length === 0) continue;
      const colons: number[] = [];
      if (clauseText.includes(':')) {
        let count = 0;
        for (const part of clauseText.split(':')) {
          if (count > 0 && count < words.length) colons.push(count);
          count += (part.match(WORD) ?? []).length;
        }
      }
      clauses.push(colons.length > 0 ? { sentence, words, question, colons } : { sentence, words, question });
      any = true;
    }
    if (any) sentence += 1;
  }
  lastText = text;
  lastClauses = clauses;
  return clauses;
}

let lastText: string | undefined;
let lastClauses: readonly Clause[] | undefined;

/**
 * One word of a phrase; `prefix` when the phrase wrote it with a trailing `*`,
 * `exact` when with a trailing `=` (no stems: `integrating=` must not match
 * "integration", nor `acceptance=` "accept"); `adjacent` when a hyphen joins it
 * to the word before (`non-production`, `drop-down`: no other word may stand between).
 */
export interface PatternWord {
  readonly text: string;
  readonly prefix: boolean;
  readonly exact?: true;
  readonly adjacent?: true;
}

/**
 * The words of a phrase, folded like text; a trailing `*` on a word matches any
 * word that starts with it (`storing*` matches `storingen`, `acceptatie*`
 * matches `acceptatieomgeving`).
 *
 * @example
 * phraseWords("can't log in") //=> [{ text: 'cant', prefix: false }, { text: 'log', prefix: false }, { text: 'in', prefix: false }]
 * phraseWords('storing*')    //=> [{ text: 'storing', prefix: true }]
 * phraseWords('uat=')        //=> [{ text: 'uat', prefix: false, exact: true }]
 */
export function phraseWords(phrase: string): PatternWord[] {
  const words: PatternWord[] = [];
  const folded = foldText(phrase);
  for (const m of folded.matchAll(/(-?)([\p{L}\p{N}]+)([*=]?)/gu)) {
    // The word group is not optional, so a match always has it.
    const [, hyphen, text = '', mark] = m;
    const word: PatternWord = mark === '*' ? { text, prefix: true } : mark === '=' ? { text, prefix: false, exact: true } : { text, prefix: false };
    // A hyphen right between two words joins them: "non-production".
    const joined = hyphen === '-' && words.length > 0 && m.index > 0 && /[\p{L}\p{N}*=]/u.test(folded.charAt(m.index - 1));
    words.push(joined ? { ...word, adjacent: true } : word);
  }
  return words;
}
