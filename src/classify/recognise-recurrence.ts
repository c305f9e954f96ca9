/**
 * A failure that comes and goes, read from a clause that says when it
 * recurs: "every" with a time of day or week ("it goes down every evening",
 * "elke ochtend valt de verbinding weg") or a count of times ("the PBX lost
 * its connection three times today", "drie keer"), or a count of calls lost ("4 dropped calls this morning"). In a sentence that states
 * a failure; not a count of attempts ("we tried three times").
 */
import { recognisedHit, type RecognisedHit } from './recognised-hit';
import type { Clause } from './text';
import { CALLS, COUNTS, EVERY, inClass, LOST, SPAN_UNITS, TIMES, TIMES_OF, TRYING } from './word-classes';

// "0 sent each day", "nothing each day": none at all, every day, is no problem that comes and goes.
const REPEATS = new Set(['repeats', 'repeated', 'plays', 'played', 'rings', 'rang', 'loops', 'herhaalt', 'herhaald', 'speelt', 'gaat', 'overgaat']);
const NONE_AT_ALL = new Set(['0', 'zero', 'none', 'nothing', 'nul', 'niets', 'niks', 'geen']);

// Words that may count a span between recurrences (`SPAN_UNITS`): "every 15-20 minutes", "every few hours", "elke paar
// minuten". Not seconds: "words drop out every few seconds" is the sound of one call, reduced quality.
const SPAN_COUNTS = new Set(['few', 'couple', 'of', 'or', 'to', 'a', 'paar', 'tot', 'een', 'half']);
const SECONDS = new Set(['sec', 'secs', 'second', 'seconds', 'seconde', 'seconden']);
// How many words may count the span: "every 15 to 20 minutes".
const SPAN_REACH = 4;

/** Where the unit of a span counted from word `from` stands ("15 20 minutes", "paar minuten"), or -1. */
function countedSpan(ws: readonly string[], from: number): number {
  for (let k = from; k < ws.length && k < from + SPAN_REACH; k++) {
    const w = ws[k] ?? '';
    if (inClass(SPAN_UNITS, w) !== null && !SECONDS.has(w)) return k > from ? k : -1;
    // "elk halfuur", "ieder kwartier": a span in one word.
    if (k === from && (w === 'halfuur' || w === 'kwartier')) return k;
    if (!/^\d+$/.test(w) && !SPAN_COUNTS.has(w)) return -1;
  }
  return -1;
}

/**
 * The first recurrence stated in a sentence of `failing`, or null.
 *
 * @example
 * recogniseRecurrence(toClauses('It goes down every evening.'), new Set([0]))?.phrase //=> 'every evening'
 */
export function recogniseRecurrence(clauses: readonly Clause[], failing: ReadonlySet<number>): RecognisedHit | null {
  for (const [c, clause] of clauses.entries()) {
    const ws = clause.words;
    if (clause.question || !failing.has(clause.sentence) || ws.some((w) => inClass(TRYING, w) !== null || NONE_AT_ALL.has(w))) continue;
    for (const [i, w] of ws.entries()) {
      const next = ws[i + 1] ?? '';
      const every = inClass(EVERY, w);
      if (every !== null && inClass(TIMES_OF, next) !== null) return recognisedHit(clause, c, i, i + 1, 'impact', 'intermittent', every, 'recurrence');
      // "It freezes every 15-20 minutes", "elke paar minuten", "every few hours": a span counted before its unit.
      const unit = every === null ? -1 : countedSpan(ws, i + 1);
      if (every !== null && unit > 0) return recognisedHit(clause, c, i, unit, 'impact', 'intermittent', every, 'recurrence');
      const times = inClass(TIMES, next);
      // "The menu repeats 3 times and then the call is cut": how often within one call, not how often the failure comes.
      if (times !== null && REPEATS.has(ws[i - 1] ?? '')) continue;
      if (times !== null && (inClass(COUNTS, w) !== null || /^\d+$/.test(w))) return recognisedHit(clause, c, i, i + 1, 'impact', 'intermittent', times, 'recurrence');
      if (w === 'twice') return recognisedHit(clause, c, i, i, 'impact', 'intermittent', 'en', 'recurrence');
      // "4 dropped calls this morning", "drie gesprekken weggevallen": a count of calls lost, so not every call is ("all 40 calls dropped" is).
      const counted = /^\d+$/.test(w) || inClass(COUNTS, w) !== null;
      const lost = (inClass(LOST, next) !== null && inClass(CALLS, ws[i + 2] ?? '') !== null) || (inClass(CALLS, next) !== null && inClass(LOST, ws[i + 2] ?? '') !== null);
      if (counted && lost && !['all', 'alle', 'every', 'elke', 'the', 'de'].includes(ws[i - 1] ?? '')) {
        return recognisedHit(clause, c, i, i + 2, 'impact', 'intermittent', inClass(LOST, next) ?? inClass(LOST, ws[i + 2] ?? '') ?? 'en', 'recurrence');
      }
    }
  }
  return null;
}
