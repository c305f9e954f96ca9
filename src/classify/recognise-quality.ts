/**
 * Reduced quality read from the words of a symptom (`QUALITY`: sound that
 * stutters or crackles, a screen that flickers or lags, things that happen
 * twice), for tickets no impact phrase read: "The wallboard keeps
 * flickering", "het geluid is blikkerig"; or a delay by a span of time ("arriving 30 to 40 mins after the call",
 * "komen pas na 2 tot 3 uur binnen"), which is late, not lost. A symptom asked about ("is echo
 * normal?") or denied ("no echo") states nothing.
 */
import { recognisedHit, type RecognisedHit } from './recognised-hit';
import type { Clause } from './text';
import { inClass, LATE_BY, ONLY_THEN, QUALITY, SPAN_UNITS } from './word-classes';

/**
 * The first stated quality symptom, or null.
 *
 * @example
 * recogniseQuality(toClauses('Queue music stutters all day.'), new Set(['no']))?.phrase //=> 'stutters'
 */
export function recogniseQuality(clauses: readonly Clause[], negators: ReadonlySet<string>): RecognisedHit | null {
  for (const [c, clause] of clauses.entries()) {
    if (clause.question || clause.words.some((w) => negators.has(w))) continue;
    // "arrives 30 to 40 mins after the call", "komen pas na 2 tot 3 uur binnen": something that comes, but late.
    const late = lateBy(clause.words);
    if (late !== null) return recognisedHit(clause, c, late.from, late.to, 'impact', 'degraded', late.lang, 'quality-symptom');
    for (const [i, w] of clause.words.entries()) {
      for (const lang of ['en', 'nl'] as const) {
        for (const start of QUALITY[lang]) {
          if (w.startsWith(start)) return recognisedHit(clause, c, i, i, 'impact', 'degraded', lang, 'quality-symptom');
        }
      }
    }
  }
  return null;
}

/**
 * A delay by a span of time: a number and a unit of minutes or hours, then "after"/"late" ("30 to 40 mins after",
 * "two hours late"), or, in Dutch, "pas na" before them ("pas na 2 tot 3 uur"). The words from the number (or "pas")
 * to the unit, or null.
 */
function lateBy(ws: readonly string[]): { from: number; to: number; lang: 'en' | 'nl' } | null {
  for (const [i, w] of ws.entries()) {
    if (inClass(SPAN_UNITS, w) === null || i === 0 || !/^\d+$/.test(ws[i - 1] ?? '')) continue;
    const first = /^\d+$/.test(ws[i - 3] ?? '') && ['to', 'tot', 'a', 'of'].includes(ws[i - 2] ?? '') ? i - 3 : i - 1;
    if (inClass(LATE_BY, ws[i + 1] ?? '') === 'en') return { from: first, to: i + 1, lang: 'en' };
    const pas = first - 2;
    if (inClass(ONLY_THEN, ws[pas] ?? '') !== null && ws[pas + 1] === 'na') return { from: pas, to: i, lang: 'nl' };
  }
  return null;
}
