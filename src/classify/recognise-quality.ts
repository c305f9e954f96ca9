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
import { BEFORE_IT, inClass, LATE_BY, ONLY_THEN, PASSED, PAUSES, QUALITY, SPAN_UNITS, TAKES } from './word-classes';

/**
 * The first stated quality symptom, or null.
 *
 * @example
 * recogniseQuality(toClauses('Queue music stutters all day.'), new Set(['no']))?.phrase //=> 'stutters'
 */
export function recogniseQuality(clauses: readonly Clause[], negators: ReadonlySet<string>): RecognisedHit | null {
  for (const [c, clause] of clauses.entries()) {
    // A negator denies the symptom ("no echo"), not "Not urgent but every call has 15 seconds of silence".
    if (clause.question || clause.words.some((w, i) => negators.has(w) && !NOT_URGENT.has(clause.words[i + 1] ?? ''))) continue;
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
 * A delay by a span of time: a number (or a plural: "hours later") and a unit, then "after"/"late"/"later"/"na"
 * ("30 to 40 mins after", "two hours late", "2-3 uur na het gesprek"); "pas"/"eerst" before the number or before
 * "na" ("pas 2 tot 3 uur", "pas na 3 uur"); or a wait before something happens ("it takes 10 seconds before anything
 * happens", "duurt zo'n 10 seconden voordat er iets gebeurt"). The words from the number (or "pas") to the unit, or
 * null.
 */
function lateBy(ws: readonly string[]): { from: number; to: number; lang: 'en' | 'nl' } | null {
  for (const [i, w] of ws.entries()) {
    if (inClass(SPAN_UNITS, w) === null || i === 0) continue;
    const counted = /^\d+$/.test(ws[i - 1] ?? '');
    if (!counted && !PLURAL_SPANS.has(w)) continue;
    const first = !counted ? i : /^\d+$/.test(ws[i - 3] ?? '') && ['to', 'tot', 'a', 'of', 'or'].includes(ws[i - 2] ?? '') ? i - 3 : /^\d+$/.test(ws[i - 2] ?? '') ? i - 2 : i - 1;
    // "a 6-8 second gap of silence", "een pauze van ..." said by its span: "second gap", "seconden stilte".
    // "15-20 seconds of dead silence": the pause after "of" too. (Also after "now": "there's now 10 seconds of silence".)
    const pause = inClass(PAUSES, ws[i + 1] ?? '') ?? (ws[i + 1] === 'of' || ws[i + 1] === 'van' ? inClass(PAUSES, ws[i + 2] ?? '') ?? inClass(PAUSES, ws[i + 3] ?? '') : null);
    if (counted && pause !== null) return { from: first, to: i + 1, lang: pause };
    // "Het is nu 3 uur later", "it's been two hours": time that has passed while the writer waits, not a delay of the service.
    if (inClass(PASSED, ws[first - 1] ?? '') !== null) continue;
    const after = inClass(LATE_BY, ws[i + 1] ?? '');
    if (after !== null && (counted || ws[i + 1] === 'later' || ws[i + 1] === 'late')) return { from: first, to: i + 1, lang: after };
    // "takes 30-40 seconds to load", "doen er nu 8 tot 12 seconden over": a wait for what still happens.
    const takes = ws.slice(0, first).some((x) => inClass(TAKES, x) !== null);
    if (counted && takes && ws[i + 1] === 'to') return { from: first, to: i + 1, lang: 'en' };
    if (counted && ws[i + 1] === 'over' && ws.slice(0, first).some((x) => x === 'doen' || x === 'doet' || x === 'deden' || x === 'deed')) return { from: first, to: i + 1, lang: 'nl' };
    const only = inClass(ONLY_THEN, ws[first - 1] ?? '');
    if (only !== null) return { from: first - 1, to: i, lang: only };
    const pas = first - 2;
    if (inClass(ONLY_THEN, ws[pas] ?? '') !== null && ws[pas + 1] === 'na') return { from: pas, to: i, lang: 'nl' };
    const waits = inClass(BEFORE_IT, ws[i + 1] ?? '');
    if (counted && waits !== null && ws.slice(0, first).some((x) => inClass(TAKES, x) !== null)) return { from: first, to: i + 1, lang: waits };
  }
  return null;
}

// After a negator, words of urgency: the negation is of the urgency, not of the symptom.
const NOT_URGENT = new Set(['urgent', 'dringend', 'critical', 'kritiek', 'serious', 'ernstig']);
// Units said without a number that still make a span: "hours later", "uren later".
const PLURAL_SPANS = new Set(['minutes', 'hours', 'days', 'minuten', 'uren', 'dagen']);
