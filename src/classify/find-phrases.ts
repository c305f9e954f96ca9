/**
 * Finds the phrases of the phrase data in a text.
 *
 * Matching is on whole folded words within one clause (see `text.ts`). Where
 * phrases overlap, the longer one claims the words and the shorter is dropped:
 * more words first, then fewer `*` wildcards, then more letters, then the
 * earlier position. This is what makes "no workaround" beat "workaround",
 * "pre-production" beat "production" and "drop-down" (an ignore phrase) beat
 * "down", without any phrase knowing about another.
 *
 * Each kept phrase is then checked for a negator (`no`, `not`, `geen`, `niet`,
 * ...): up to `negation.before` words before it and, separately, up to
 * `negation.after` words after it, in the same clause, not reaching past a stop
 * word (`but`, `maar`, ...), and not counting a negator that is itself part of
 * a kept phrase (the `can't` of "can't log in" negates nothing else).
 * What a negation means is decided by `extractFacts`, per fact.
 */
import type { PhraseData, PhrasesByLang } from './phrase-data';
import { phraseWords, toClauses, type PatternWord } from './text';
import type { Fact, Lang } from './types';
import { LANGS } from './vocabulary';

/** A phrase of the data found in the text. */
export interface PhraseHit {
  readonly fact: Fact;
  readonly value: string;
  /** As written in the phrase data. */
  readonly phrase: string;
  readonly lang: Lang;
  readonly sentence: number;
  /** Clause index and word offsets in it, for text order. */
  readonly clause: number;
  readonly start: number;
  readonly end: number;
  /** The negator found before the phrase, as written in the data; null when none. */
  readonly negatedBefore: string | null;
  /** The negator found after the phrase; null when none. */
  readonly negatedAfter: string | null;
}

interface Pattern {
  readonly fact: Fact | null; // null: an ignore phrase
  readonly value: string;
  readonly phrase: string;
  readonly lang: Lang;
  readonly words: readonly PatternWord[];
  readonly wildcards: number;
  readonly letters: number;
}

interface Compiled {
  readonly patterns: readonly Pattern[];
  readonly negators: readonly Pattern[];
  readonly stops: ReadonlySet<string>;
  readonly before: number;
  readonly after: number;
}

// Compiling is deterministic, so one compilation per data object is kept.
const compiledCache = new WeakMap<PhraseData, Compiled>();

/**
 * Every fact phrase of `data` in `text`, in text order, after longer phrases
 * have claimed their words; ignore phrases claim words but are not returned.
 *
 * @example
 * findPhrases('Production is down, no workaround.', PHRASES).map((h) => `${h.fact}=${h.value} (${h.phrase})`)
 * //=> ['env=production (production)', 'impact=outage (down)', 'workaround=no (no workaround)']
 */
export function findPhrases(text: string, data: PhraseData): PhraseHit[] {
  const compiled = compile(data);
  const clauses = toClauses(text);
  const candidates: { pattern: Pattern; clause: number; start: number; end: number; order: number }[] = [];
  clauses.forEach((clause, c) => {
    compiled.patterns.forEach((pattern, order) => {
      for (const start of occurrences(pattern.words, clause.words, 0, clause.words.length)) {
        candidates.push({ pattern, clause: c, start, end: start + pattern.words.length, order });
      }
    });
  });
  candidates.sort(
    (a, b) =>
      b.pattern.words.length - a.pattern.words.length ||
      a.pattern.wildcards - b.pattern.wildcards ||
      b.pattern.letters - a.pattern.letters ||
      a.clause - b.clause ||
      a.start - b.start ||
      a.order - b.order,
  );

  const claimed = clauses.map((c) => c.words.map(() => false));
  const kept: typeof candidates = [];
  for (const cand of candidates) {
    const words = claimed[cand.clause]!;
    let free = true;
    for (let i = cand.start; i < cand.end; i++) if (words[i]) free = false;
    if (!free) continue;
    for (let i = cand.start; i < cand.end; i++) words[i] = true;
    kept.push(cand);
  }

  const hits: PhraseHit[] = [];
  for (const k of kept) {
    if (k.pattern.fact === null) continue;
    const clause = clauses[k.clause]!;
    hits.push({
      fact: k.pattern.fact,
      value: k.pattern.value,
      phrase: k.pattern.phrase,
      lang: k.pattern.lang,
      sentence: clause.sentence,
      clause: k.clause,
      start: k.start,
      end: k.end,
      negatedBefore: negatorIn(compiled, clause.words, claimed[k.clause]!, k.start, -1),
      negatedAfter: negatorIn(compiled, clause.words, claimed[k.clause]!, k.end, +1),
    });
  }
  return hits.sort((a, b) => a.clause - b.clause || a.start - b.start);
}

/** The first negator in the reach of a phrase, looking back from `from` (dir -1) or ahead from it (dir +1). */
function negatorIn(compiled: Compiled, words: readonly string[], claimed: readonly boolean[], from: number, dir: -1 | 1): string | null {
  const reach = dir < 0 ? compiled.before : compiled.after;
  let lo = from;
  let hi = from;
  for (let n = 0; n < reach; n++) {
    const i = dir < 0 ? lo - 1 : hi;
    if (i < 0 || i >= words.length || compiled.stops.has(words[i]!)) break;
    if (dir < 0) lo = i;
    else hi = i + 1;
  }
  for (const negator of compiled.negators) {
    for (const start of occurrences(negator.words, words, lo, hi)) {
      let free = true;
      for (let i = start; i < start + negator.words.length; i++) if (claimed[i]) free = false;
      if (free) return negator.phrase;
    }
  }
  return null;
}

/** Start offsets of `pattern` within `words[lo, hi)`. */
function occurrences(pattern: readonly PatternWord[], words: readonly string[], lo: number, hi: number): number[] {
  const found: number[] = [];
  for (let s = lo; s + pattern.length <= hi; s++) {
    let ok = true;
    for (let j = 0; j < pattern.length && ok; j++) {
      const p = pattern[j]!;
      const w = words[s + j]!;
      ok = p.prefix ? w.startsWith(p.text) : w === p.text;
    }
    if (ok) found.push(s);
  }
  return found;
}

function compile(data: PhraseData): Compiled {
  const cached = compiledCache.get(data);
  if (cached) return cached;
  const patterns: Pattern[] = [];
  for (const fact of Object.keys(data.facts) as Fact[]) {
    for (const [value, byLang] of Object.entries(data.facts[fact])) patterns.push(...toPatterns(byLang, fact, value));
  }
  patterns.push(...toPatterns(data.ignore, null, ''));
  const compiled: Compiled = {
    patterns,
    negators: toPatterns(data.negation.negators, null, ''),
    stops: new Set(LANGS.flatMap((lang) => data.negation.stops[lang].flatMap((s) => phraseWords(s).map((w) => w.text)))),
    before: data.negation.before,
    after: data.negation.after,
  };
  compiledCache.set(data, compiled);
  return compiled;
}

function toPatterns(byLang: PhrasesByLang, fact: Fact | null, value: string): Pattern[] {
  return LANGS.flatMap((lang) =>
    byLang[lang].map((phrase) => {
      const words = phraseWords(phrase);
      return {
        fact,
        value,
        phrase,
        lang,
        words,
        wildcards: words.filter((w) => w.prefix).length,
        letters: words.reduce((n, w) => n + w.text.length, 0),
      };
    }),
  );
}
