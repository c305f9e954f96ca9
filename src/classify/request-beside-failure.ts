/**
 * Failure words beside a request: where a ticket asks for a feature, how to do something or what a report means, the
 * failure words it also uses often say what the product lacks ("broken" said of a feature that was never there), what
 * the customer's own try at the how-to met ("it won't save ... what am I doing wrong?") or what a report shows ("486
 * Busy Here" in the call log), and the request is what the ticket is. (`hitOn(words)` in the examples stands for the
 * phrase hit on those words.)
 */
import { INCIDENTS, REDUCED, type Hit } from './hit';
import type { Clause } from './text';
import type { FactNote } from './types';
import { ANYONE, inClass, NOBODY, SETTING_UP, TRIED } from './word-classes';

/**
 * "Call recording broken for internal calls ... there's nothing for internal calls at all ... can you switch it on?":
 * a function said to be broken or not to work, in general words only, beside a request for a feature and words that
 * say the product lacks it, is a feature request.
 *
 * @example
 * // "We asked in March and were told it was on the roadmap. Can you please just add a tile? The wallboard is broken."
 * featureNotFailure({ value: 'function-down', hits: [broken], others: [] }, [onTheRoadmap, canYouAdd, broken], null, undefined, []).value //=> 'feature-request'
 */
export function featureNotFailure(
  decided: { value: string | null; hits: Hit[]; others: string[] },
  hits: readonly Hit[],
  missing: string | null,
  opinion: string | undefined,
  notes: FactNote[],
): { value: string | null; hits: Hit[]; others: string[] } {
  const asked = hits.filter((h) => h.value === 'feature-request');
  // "We asked in March and were told it was on the roadmap ... can you please just add a tile": a feature asked for
  // before and asked for again is what the failure words miss.
  if (decided.value === 'function-down' && askedAgain(asked)) {
    notes.push({ fact: 'impact', note: `"${decided.hits[0]?.phrase ?? ''}" comes with the roadmap and a request for the feature: read as a feature request` });
    return { value: 'feature-request', hits: asked, others: [] };
  }
  if (decided.value !== 'function-down' || !decided.hits.every((h) => GENERIC_FAILURES.has(h.phrase))) return decided;
  // "broken" said as an opinion (`opinionOf`), beside a request for a feature, is a complaint about the design as much as
  // a statement of what it lacks.
  if (missing === null && opinion === undefined) return decided;
  if (asked.length === 0) return decided;
  notes.push({ fact: 'impact', note: `"${decided.hits[0]?.phrase ?? ''}" comes with "${missing ?? opinion ?? ''}" and a request for a feature: read as a feature request` });
  // The statement that the product lacks it settles the conflict: no other reading is left to contest the verdict.
  return { value: 'feature-request', hits: asked, others: [] };
}

/**
 * Requests for a feature, one of which says it was put on the roadmap and another in a sentence of its own: asked for again.
 *
 * @example
 * askedAgain(readPhrases('We were told it was on the roadmap. Can you please just add a tile?', PHRASES).hits) //=> true
 */
export function askedAgain(asked: readonly Hit[]): boolean {
  const roadmap = asked.find((h) => h.phrase.includes('roadmap'));
  return roadmap !== undefined && asked.some((h) => h.sentence !== roadmap.sentence);
}

/**
 * "The wallboard is broken as far as we're concerned", "broken imo", "eigenlijk kapot voor hoe wij werken": the word
 * that makes a failure phrase an opinion, in the clause of one of `hits`, or undefined.
 *
 * @example
 * opinionOf([hitOn('is broken')], toClauses('The wallboard is broken imo.')) //=> 'imo'
 */
export function opinionOf(hits: readonly Hit[], clauses: readonly Clause[]): string | undefined {
  return hits.map((h) => (clauses[h.clause]?.words ?? []).find((w) => OPINION.has(w))).find((w) => w !== undefined);
}
// Words that make "broken" an opinion: "as far as we're concerned", "imo", "basically", "eigenlijk".
const OPINION = new Set(['concerned', 'imo', 'imho', 'opinion', 'basically', 'essentially', 'eigenlijk', 'feitelijk', 'mening']);

// Phrases (of phrases.json) that say something does not work without saying what is lost.
const GENERIC_FAILURES = new Set([
  'broken', 'is broken', 'are broken', 'werkt niet', 'werkt niet goed', 'doesnt work', "doesn't work", 'does not work', 'not working', 'kapot', 'onmogelijk',
  // "It shows calls waiting but doesn't show callbacks", "het wallboard is voor ons onbruikbaar": said of what a feature lacks too.
  'doesnt show', 'onbruikbaar', 'useless', 'unusable',
]);

/**
 * "Toevoegen lukt niet ... Ik doe vast iets verkeerd. Hoe moet het precies?", "it won't save ... is there a step I'm
 * missing?": beside a how-to, the writer's own fault said means a function that fails for them is their try at it, not a
 * loss of service; those function-down hits are dropped (an outage stays).
 *
 * @example
 * const text = 'Toevoegen lukt niet. Ik doe vast iets verkeerd. Hoe moet het precies?';
 * ownFault(readPhrases(text, PHRASES).hits, toClauses(text), []).map((h) => h.phrase) //=> ['hoe moet het']
 */
export function ownFault(impacts: readonly Hit[], clauses: readonly Clause[], notes: FactNote[]): readonly Hit[] {
  if (!impacts.some((h) => h.value === 'how-to' && h.negatedBefore === null)) return impacts;
  const blame = clauses.map((c) => c.words.join(' ')).find((t) => SELF_BLAME.test(t));
  if (blame !== undefined) {
    const kept = impacts.filter((h) => h.value !== 'function-down');
    if (kept.length < impacts.length) notes.push({ fact: 'impact', note: `the writer thinks the fault is their own ("${SELF_BLAME.exec(blame)?.[0] ?? ''}"): what fails is their try at the how-to` });
    return kept;
  }
  // "Hoe voeg ik haar toe? Ik heb het geprobeerd via Belgroepen maar het wordt niet opgeslagen", "Is there a template? Our
  // first attempt gave errors", "kerstsluiting instellen lukt niet ... bij opslaan krijg ik een fout": beside a how-to
  // asked, the failure is said only of a try at setting something up, in its sentence, and of no one else ("... maar
  // niemand kan bellen" stays a loss).
  if (!impacts.some((h) => h.value === 'how-to' && h.question)) return impacts;
  const tried = (s: number) =>
    clauses.some((c) => c.sentence === s && c.words.some((w) => inClass(TRIED, w) !== null || ATTEMPTS.has(w) || inClass(SETTING_UP, w) !== null)) &&
    !clauses.some((c) => c.sentence === s && c.words.some((w) => inClass(NOBODY, w) !== null || inClass(ANYONE, w) !== null || EVERY_PERSON.has(w)));
  const incidents = impacts.filter((h) => INCIDENTS.has(h.value));
  if (incidents.length === 0 || !incidents.every((h) => h.value === 'function-down' && tried(h.sentence))) return impacts;
  notes.push({ fact: 'impact', note: `"${incidents[0]?.phrase ?? ''}" is said of the customer's own try at the how-to: the how-to stands` });
  return impacts.filter((h) => !incidents.includes(h));
}

/**
 * "Some calls show '486 Busy Here' in the call log. What does that mean?": beside a question of what something means,
 * reduced service said only of the entries a report shows is what is asked about; those hits are dropped (unless a
 * loss is stated too).
 *
 * @example
 * const text = "Some calls show '486 Busy Here' in the call log. What does that mean?";
 * reportAsked(readPhrases(text, PHRASES).hits, toClauses(text), []).map((h) => h.phrase) //=> ['what does mean']
 */
export function reportAsked(impacts: readonly Hit[], clauses: readonly Clause[], notes: FactNote[]): readonly Hit[] {
  if (!meaningAsked(clauses)) return impacts;
  const shown = impacts.filter((h) => REDUCED.has(h.value) && clauses.some((c) => c.sentence === h.sentence && c.words.some((w) => REPORTS.has(w))));
  if (shown.length === 0 || impacts.some((h) => (h.value === 'outage' || h.value === 'function-down') && !h.question)) return impacts;
  notes.push({ fact: 'impact', note: `"${shown[0]?.phrase ?? ''}" is what a report shows, asked about: not reduced service` });
  return impacts.filter((h) => !shown.includes(h));
}

/**
 * A question sentence that asks what something means, read over its clauses (a quoted status splits them: 'What
 * exactly does "partial" mean?'): "what does ... mean", "wat betekent/betekenen".
 */
function meaningAsked(clauses: readonly Clause[]): boolean {
  const sentences = new Map<number, string[]>();
  for (const c of clauses) if (c.question) sentences.set(c.sentence, [...(sentences.get(c.sentence) ?? []), ...c.words]);
  return [...sentences.values()].some((ws) => MEANING_ASKED.test(ws.join(' ')));
}
const MEANING_ASKED = /\bwhat (?:\w+ ){0,2}(?:does|do) (?:\w+ ){1,4}mean\b|\bwat (?:\w+ )?(?:betekent|betekenen)\b/;
// Where a customer reads entries: a log, a report, a list.
const REPORTS = new Set(['log', 'logs', 'report', 'reports', 'export', 'list', 'history', 'overview', 'cdr', 'cdrs', 'overzicht', 'gespreksoverzicht', 'rapport', 'rapportage', 'lijst', 'geschiedenis', 'belgeschiedenis', 'logboek']);
// Words of a try at setting something up: saving, importing, an attempt, a click.
const ATTEMPTS = new Set(['attempt', 'attempts', 'save', 'saving', 'import', 'importing', 'upload', 'uploading', 'click', 'clicking', 'opslaan', 'importeren', 'uploaden', 'klik', 'poging']);
// Everyone, which with `NOBODY` and `ANYONE` makes a failure more than a try: "nobody can", "niemand kan", "for everyone".
const EVERY_PERSON = new Set(['everyone', 'everybody', 'iedereen']);
const SELF_BLAME =
  /\b(?:(?:doing|do|did)\s+(?:something|anything)\s+wrong|what\s+am\s+i\s+(?:doing\s+wrong|missing)|step\s+(?:i\s+am|im)\s+missing|(?:doe|deed)\s+(?:ik\s+)?(?:vast\s+|zeker\s+|waarschijnlijk\s+)?iets\s+(?:verkeerd|fout)|wat\s+doe\s+ik\s+(?:verkeerd|fout)|mis\s+ik\s+(?:iets|een\s+stap))\b/;
