/**
 * The first line of a ticket is its subject when a body follows it: it names the trouble as the writer sees it, and
 * where the body says something else (it only asks how, asks whether it is broken, or takes the subject's words back),
 * the subject's incident yields to the body. (A reply's subject, the earlier message's, is read in `reply-subject.ts`.)
 * `hitOn(words)` in the examples stands for the phrase hit on those words.
 */
import { INCIDENTS, type Hit } from './hit';
import type { Clause } from './text';
import type { FactNote } from './types';
import { ABOUT_THE_TICKET, EVERYTHING, FIXED, inClass, NEGATORS, URGENCY } from './word-classes';

/**
 * Whether the text opens with a subject line: a first line with a body after it, of one sentence.
 *
 * @example
 * hasSubjectLine('Everything down!!\nNo calls come in.')     //=> true
 * hasSubjectLine('Calls fail. Please help.\nThanks, Mark') //=> false
 */
export function hasSubjectLine(text: string): boolean {
  // The first line is the subject when a body follows it and it is one sentence.
  const firstLine = text.split('\n', 1)[0] ?? '';
  // "Everything down!!" is one sentence: a run of marks at its end starts no second one.
  return text.includes('\n') && !/[.!?;…]\s*[^\s.!?;…]/.test(firstLine);
}

/**
 * "Wachtrij werkt niet" over a body that only asks how to set the queue up ("ik snap niet hoe ik die aan ons nummer
 * koppel"): the subject names the trouble as the writer sees it, the body says what the ticket is. The subject's
 * failure yields where the body asks how, states no failure, no urgency and nothing about a fix.
 *
 * @example
 * const text = 'Wachtrij werkt niet\nIk snap niet hoe ik die aan ons nummer koppel.';
 * subjectYieldsToHowTo(readPhrases(text, PHRASES).hits, new Set(), toClauses(text), []).map((h) => h.phrase) //=> ['snap niet', 'hoe ik']
 */
export function subjectYieldsToHowTo(impactHits: Hit[], failed: ReadonlySet<number>, clauses: readonly Clause[], notes: FactNote[]): Hit[] {
  const body = impactHits.filter((h) => h.sentence > 0);
  // "Holiday schedule broken" over a body that only asks for holidays to be added: a request for a feature yields too.
  if (!body.some((h) => h.value === 'how-to' || h.value === 'feature-request') || body.some((h) => INCIDENTS.has(h.value)) || [...failed].some((s) => s > 0)) return impactHits;
  // "How do I know when it is fixed?" asks about the failure, not how to use the product.
  if (clauses.some((c) => c.sentence > 0 && c.words.some((w) => inClass(URGENCY, w) !== null || inClass(FIXED, w) !== null || inClass(ABOUT_THE_TICKET, w) !== null))) return impactHits;
  return impactHits.filter((h) => {
    if (h.sentence > 0 || !INCIDENTS.has(h.value)) return true;
    notes.push({ fact: 'impact', note: `"${h.phrase}" in the subject yields to a body that asks how or asks for a feature: ignored` });
    return false;
  });
}

/**
 * "URGENT everything down" over a body that opens "ok maybe not everything, calls are working": the body takes the
 * subject's words back, so the subject's incident yields to what the body says.
 *
 * @example
 * subjectDenied([hitOn('down')], toClauses('URGENT everything down\nOk maybe not everything, calls are working.'), new Set(), [], () => false) //=> []
 */
export function subjectDenied(impactHits: Hit[], clauses: readonly Clause[], failed: ReadonlySet<number>, notes: FactNote[], lossInBody: () => boolean): Hit[] {
  // "Opnames kapot?" over a body that only asks and states no incident: the subject asks whether it is broken.
  const subjectAsks =
    clauses.some((c) => c.sentence === 0 && c.question) &&
    !impactHits.some((h) => h.sentence > 0 && INCIDENTS.has(h.value)) &&
    ![...failed].some((s) => s > 0) &&
    !lossInBody();
  if (subjectAsks && impactHits.some((h) => h.sentence === 0 && INCIDENTS.has(h.value) && h.question)) {
    return impactHits.filter((h) => {
      if (h.sentence > 0 || !INCIDENTS.has(h.value)) return true;
      notes.push({ fact: 'impact', note: `"${h.phrase}" is asked in the subject, and the body states no incident: ignored` });
      return false;
    });
  }
  const opening = clauses.filter((c) => c.sentence === 1);
  const denial = opening.find((c) => c.words.some((w, i) => inClass(NEGATORS, w) !== null && inClass(EVERYTHING, c.words[i + 1] ?? '') !== null));
  if (denial === undefined) return impactHits;
  return impactHits.filter((h) => {
    if (h.sentence > 0 || !INCIDENTS.has(h.value)) return true;
    notes.push({ fact: 'impact', note: `"${h.phrase}" in the subject is taken back by the body ("${denial.words.join(' ')}"): ignored` });
    return false;
  });
}
