import phrasesJson from './phrases.json';
import { foldText } from './text';
import type { Fact, Lang } from './types';
import { LANGS } from './vocabulary';

/** Phrases per language. */
export type PhrasesByLang = Readonly<Record<Lang, readonly string[]>>;

/** The shape of `phrases.json`; {@link checkPhraseData} checks a document against it. */
export interface PhraseData {
  /** Per fact, its values from the one that wins to the one that loses. */
  readonly precedence: Readonly<Record<Fact, readonly string[]>>;
  /** Per fact, per value, the phrases that state it. */
  readonly facts: Readonly<Record<Fact, Readonly<Record<string, PhrasesByLang>>>>;
  /** Phrases that claim their words without stating a fact, e.g. `drop-down`, `live chat`. */
  readonly ignore: PhrasesByLang;
  /** Words that, near a production phrase, say production is fine or not live yet: `fine`, `goed`, `oude versie`. */
  readonly healthy: PhrasesByLang;
  /** Words saying the service is still usable ("annoying but workable", "calls do connect"): a function down is reduced service. */
  readonly usable: PhrasesByLang;
  /** Words saying the problem is over ("everything works again"): the incident described is past, not current. */
  readonly resolved: PhrasesByLang;
  /** How many other words may stand between two words of a phrase. */
  readonly gap: number;
  readonly negation: {
    /** How many words before a phrase are searched for a negator. */
    readonly before: number;
    /** How many words after a workaround phrase are searched ("een workaround hebben we niet"). */
    readonly after: number;
    readonly negators: PhrasesByLang;
    /** Words that end a negation's reach: "no access but a workaround" has a workaround. */
    readonly stops: PhrasesByLang;
  };
}

/**
 * The built-in phrase data, `src/classify/phrases.json`. Typed here once, which
 * has the compiler check the JSON's shape, so the rest of the code does not
 * depend on the JSON's inferred type.
 *
 * @example
 * PHRASES.precedence.workaround //=> ['no', 'yes']
 */
export const PHRASES: PhraseData = phrasesJson;

// The negators of the data as single folded words, per data object.
const negatorCache = new WeakMap<PhraseData, ReadonlySet<string>>();
/**
 * The negators of the data as single folded words: each word of each negator, in either language.
 *
 * @example
 * negatorWords(PHRASES).has('niet') //=> true
 */
export function negatorWords(data: PhraseData): ReadonlySet<string> {
  const known = negatorCache.get(data);
  if (known !== undefined) return known;
  const words = new Set(LANGS.flatMap((l) => data.negation.negators[l].flatMap((n) => foldText(n).split(/\s+/))));
  negatorCache.set(data, words);
  return words;
}
