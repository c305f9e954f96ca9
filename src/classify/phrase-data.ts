import phrasesJson from './phrases.json';
import type { Fact, Lang } from './types';

/** Phrases per language. */
export type PhrasesByLang = Readonly<Record<Lang, readonly string[]>>;

/** The shape of `phrases.json`; {@link checkPhraseData} checks a document against it. */
export interface PhraseData {
  /** Per fact, its values from the one that wins to the one that loses. */
  readonly precedence: Readonly<Record<Fact, readonly string[]>>;
  /** Per fact, per value, the phrases that state it. */
  readonly facts: Readonly<Record<Fact, Readonly<Record<string, PhrasesByLang>>>>;
  /** Phrases that claim their words without stating a fact, e.g. `drop-down`, `production is fine`. */
  readonly ignore: PhrasesByLang;
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
 * The built-in phrase data, `src/classify/phrases.json`. Typed here once so
 * the rest of the code does not depend on the JSON's inferred type.
 *
 * @example
 * PHRASES.precedence.workaround //=> ['no', 'yes']
 */
export const PHRASES: PhraseData = phrasesJson as PhraseData;
