/**
 * The words a statistical reading of a ticket weighs: the Snowball stem of
 * every word and every pair of neighbouring stems within a clause, with the
 * stems of a sentence that asks marked `?`, so that "is it down?" and "it is
 * down" weigh differently. Numbers are one feature (`#`): "3 agents" and "40
 * agents" say the same kind of thing.
 *
 * The language of the stems is guessed from the words that occur in every
 * text of a language (articles, pronouns, negations), since a ticket's
 * language is not given and a Dutch word stemmed as English is another
 * feature than the same word stemmed as Dutch.
 */
import { stem } from '../stem';
import { toClauses } from '../text';
import type { Lang } from '../types';

// Words frequent in one language and rare in the other ("we", "is", "in" are both and left out).
const ENGLISH = new Set(['the', 'and', 'our', 'to', 'not', 'it', 'of', 'a', 'for', 'with', 'you', 'this', 'that', 'are', 'have', 'can', 'when', 'no', 'all', 'from']);
const DUTCH = new Set(['de', 'het', 'een', 'en', 'niet', 'ons', 'onze', 'van', 'op', 'met', 'je', 'jullie', 'dit', 'dat', 'zijn', 'geen', 'naar', 'er', 'ik', 'wordt']);

/**
 * The language most of a text's common words belong to; English when neither.
 *
 * @example
 * guessLang(toClauses('De telefoon gaat niet over')) //=> 'nl'
 */
export function guessLang(clauses: readonly { readonly words: readonly string[] }[]): Lang {
  let score = 0;
  for (const c of clauses) for (const w of c.words) score += ENGLISH.has(w) ? -1 : DUTCH.has(w) ? 1 : 0;
  return score > 0 ? 'nl' : 'en';
}

/** A text's features, and for each the words it was first met as (to show why a reading was given). */
export interface TextFeatures {
  readonly features: readonly string[];
  /** The language the stems were taken in. */
  readonly lang: Lang;
  readonly words: ReadonlyMap<string, string>;
}

/**
 * The distinct features of a text (the customer's own words, see
 * `stripThread`), in the order first met, with the words of each.
 *
 * @example
 * const { features, words } = readFeatures('Is it down?');
 * features            //=> ['?is', '?it', '?is_it', '?down', '?it_down']
 * words.get('?it_down') //=> 'it down'
 */
export function readFeatures(text: string): TextFeatures {
  const clauses = toClauses(text);
  const lang = guessLang(clauses);
  const words = new Map<string, string>();
  for (const c of clauses) {
    const mark = c.question ? '?' : '';
    let previous: string | null = null;
    for (const [i, w] of c.words.entries()) {
      const s = /\d/.test(w) ? '#' : stem(w, lang);
      if (!words.has(mark + s)) words.set(mark + s, w);
      if (previous !== null && !words.has(`${mark}${previous}_${s}`)) words.set(`${mark}${previous}_${s}`, `${c.words[i - 1] ?? ''} ${w}`);
      previous = s;
    }
  }
  return { features: [...words.keys()], words, lang };
}

/**
 * The distinct features of a text, in the order first met.
 *
 * @example
 * textFeatures('Is it down?') //=> ['?is', '?it', '?is_it', '?down', '?it_down']
 */
export function textFeatures(text: string): string[] {
  return [...readFeatures(text).features];
}

/** What the phrases and recognisers made of a ticket, as the model weighs it (a rules-only `classify` verdict). */
export interface RulesReading {
  readonly priority: number;
  readonly env: string;
  readonly impact: string | null;
  readonly workaround: string;
  readonly needsReview: boolean;
  readonly confidence: string;
}

/**
 * The rules' reading as features, so that the model learns where the phrases
 * are to be trusted and where its own reading of the words is better: each
 * fact's value, the priority, review and confidence, and the priority with
 * the impact and with the workaround.
 *
 * @example
 * rulesFeatures({ priority: 1, env: 'production', impact: 'outage', workaround: 'unknown', needsReview: false, confidence: 'high' })
 * //=> ['rules:priority=1', 'rules:env=production', 'rules:impact=outage', ...]
 */
export function rulesFeatures(r: RulesReading): string[] {
  const impact = r.impact ?? 'none';
  return [
    `rules:priority=${r.priority}`,
    `rules:env=${r.env}`,
    `rules:impact=${impact}`,
    `rules:workaround=${r.workaround}`,
    `rules:review=${r.needsReview}`,
    `rules:confidence=${r.confidence}`,
    `rules:priority=${r.priority}|impact=${impact}`,
    `rules:priority=${r.priority}|workaround=${r.workaround}`,
  ];
}

/**
 * The reading the model weighs, from a rules-only verdict.
 *
 * @example
 * rulesReadingOf(classify({ text: 'Phones down', reading: 'rules' }, policy)).impact //=> 'outage'
 */
export function rulesReadingOf(c: { readonly priority: number; readonly facts: { readonly env: string; readonly impact: string | null; readonly workaround: string }; readonly needsReview: boolean; readonly confidence: string }): RulesReading {
  return { priority: c.priority, env: c.facts.env, impact: c.facts.impact, workaround: c.facts.workaround, needsReview: c.needsReview, confidence: c.confidence };
}
