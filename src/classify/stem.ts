/**
 * Word stems from the Snowball stemmers for English and Dutch (npm
 * `snowball-stemmers`), so that a phrase matches the inflections customers
 * write: `calls drop` matches "call dropped", `gesprek` matches "gesprekken".
 *
 * The library holds stemmers for two dozen languages, so it is loaded on the
 * first stem asked for, never when the module is imported: commands that do
 * not classify do not pay for it. Stems are remembered per word, since tickets
 * repeat their words and the same phrases are compiled once.
 */
import { isRecord } from '../document/problems';
import type { Lang } from './types';

interface Stemmer {
  stem(word: string): string;
}

/** What `snowball-stemmers` exports, as far as it is used here. */
interface Snowball {
  newStemmer(language: string): Stemmer;
}

// The package ships no types; its export is checked for the one function used.
function isSnowball(value: unknown): value is Snowball {
  return isRecord(value) && typeof value.newStemmer === 'function';
}

let stemmers: Record<Lang, Stemmer> | undefined;
const cache: Record<Lang, Map<string, string>> = { en: new Map(), nl: new Map() };
// A ticket has a few hundred distinct words; the bound only keeps a long batch from growing the cache forever.
const CACHE_LIMIT = 50_000;

function load(): Record<Lang, Stemmer> {
  if (stemmers === undefined) {
    const snowball: unknown = require('snowball-stemmers');
    if (!isSnowball(snowball)) throw new Error('snowball-stemmers does not export newStemmer');
    stemmers = { en: snowball.newStemmer('english'), nl: snowball.newStemmer('dutch') };
  }
  return stemmers;
}

/**
 * The Snowball stem of a folded word (lower case, no accents) in a language.
 *
 * @example
 * stem('dropped', 'en')    //=> 'drop'
 * stem('gesprekken', 'nl') //=> 'gesprek'
 */
export function stem(word: string, lang: Lang): string {
  const known = cache[lang].get(word);
  if (known !== undefined) return known;
  // Digits and one- or two-letter words have no inflection worth a stemmer call.
  const result = word.length <= 2 || /\d/.test(word) ? word : load()[lang].stem(word);
  if (cache[lang].size >= CACHE_LIMIT) cache[lang].clear();
  cache[lang].set(word, result);
  return result;
}
