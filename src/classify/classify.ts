import type { Policy } from '../policy/types';
import { applyRules, type NonIncident, type Verdict } from './apply-rules';
import { extractFacts } from './extract-facts';
import { combineReadings, safeSideReview } from './model/combine-readings';
import { rulesReadingOf } from './model/features';
import { readByModel, type ModelReader } from './model/read-model';
import { parseEnv, parseImpact, parseRequested, parseWorkaround } from './parse-values';
import { stripThread } from './strip-thread';
import type { Classification, ClassifyInput, Confidence, Env, ExtractedFacts, Fact, Facts, Impact, PriorityId, Workaround } from './types';
import { isEnv, isImpact, isWorkaround, PRIORITY_IDS } from './vocabulary';

const NO_TEXT: ExtractedFacts = { env: null, impact: null, workaround: null, matched: [], notes: [] };

/**
 * How much of a ticket's text is read: 100,000 characters (about 50 pages).
 * The customer's newest words come first in a mail thread, and reading is
 * linear, so the bound only keeps a pasted log or a 5 MB attachment from
 * costing seconds; the verdict says when the text was cut.
 */
export const MAX_TEXT_CHARS = 100_000;

// The impacts a customer asks rather than suffers.
const ASKING = new Set(['question', 'how-to', 'feature-request']);

// The impacts of an incident short of a complete loss of service.
const PART_FAILURES = new Set(['function-down', 'degraded', 'intermittent']);

// Notes beyond this many say nothing an agent would read.
const MAX_NOTES = 20;

const KIND: Readonly<Record<NonIncident, string>> = {
  question: 'product question',
  'how-to': 'how-to question',
  'feature-request': 'feature request',
  development: 'development problem',
};

/**
 * The priority a ticket deserves by the policy's definitions, compared with the
 * priority it was filed with.
 *
 * The text is read as the customer wrote it now: quoted replies, earlier
 * messages and the signature are dropped first (`stripThread`), and at most
 * {@link MAX_TEXT_CHARS} characters are read. The phrases and recognisers read
 * it (`extractFacts`), and then the statistical reading weighs the words beside
 * what they found and decides, within guards, where the two differ
 * (`model/combine-readings.ts`); `reading: 'rules'` leaves it out. Facts given
 * in `input` win over the text; facts neither given nor stated default to: env `production` (the
 * customer did not say it is a test), impact none (the filed priority is kept
 * and `needsReview` is set: no evidence is not evidence), workaround `unknown`
 * (counts as none). A ticket filed without a priority counts as filed with the
 * policy's default priority (3 in the built-in policy). `confidence` is `high`
 * when the deciding facts were stated or given. The rules assume priority ids
 * 1, 2 and 3; `name` is the policy's name for the verdict, so a custom policy's
 * names show.
 *
 * Throws `SlaError('USAGE')` when a given fact is not one of its accepted values.
 *
 * @example
 * classify({ text: 'P1: our staging environment is down', requested: 1 }, defaultPolicy())
 * //=> { priority: 3, name: 'General Issue', requested: 1, filed: 1, reclassified: 'down', covered: true,
 * //     reasons: ['staging environment: priorities 1 and 2 apply to production only', ...],
 * //     facts: { env: 'staging', impact: 'outage', workaround: 'unknown' },
 * //     matched: [{ fact: 'env', value: 'staging', phrase: 'staging', lang: 'en' }, { fact: 'impact', value: 'outage', phrase: 'down', lang: 'en' }],
 * //     confidence: 'high', needsReview: false, reviewReason: null }
 */
export function classify(input: ClassifyInput, policy: Policy): Classification {
  return classifyWith(input, policy, input.reading === 'rules' ? null : readByModel);
}

/**
 * `classify` with another statistical reader, or none (`null`: the phrases alone). For the cross-validation of the
 * model, which reads each part of the corpus with weights trained without it.
 *
 * @example
 * classifyWith({ text: 'Phones down' }, defaultPolicy(), null).matched[0].phrase //=> 'down'
 */
export function classifyWith(input: ClassifyInput, policy: Policy, readModel: ModelReader | null): Classification {
  const given = {
    env: input.env === undefined ? undefined : parseEnv(input.env),
    impact: input.impact === undefined ? undefined : parseImpact(input.impact),
    workaround: input.workaround === undefined ? undefined : parseWorkaround(input.workaround),
  };
  const requested = input.requested === undefined || input.requested === null ? null : parseRequested(input.requested);
  const cut = input.text !== undefined && input.text.length > MAX_TEXT_CHARS;
  const text = input.text === undefined ? '' : stripThread(cut ? input.text.slice(0, MAX_TEXT_CHARS) : input.text);
  const filed = requested ?? policy.defaultPriority.id;
  const byRules = text.trim() !== '' ? extractFacts(text) : NO_TEXT;
  const rulesVerdict = decide(input, policy, given, requested, filed, cut, byRules);
  if (text.trim() === '' || readModel === null) return rulesVerdict;
  // The model weighs the words beside what the rules made of the text alone; facts given as flags win over either reading.
  const flagged = given.env !== undefined || given.impact !== undefined || given.workaround !== undefined;
  const textVerdict = flagged ? decide(input, policy, NOT_GIVEN, requested, filed, cut, byRules) : rulesVerdict;
  const conflict = textVerdict.needsReview && (textVerdict.reviewReason ?? '').startsWith('conflicting statements');
  const read = combineReadings(byRules, { priority: textVerdict.priority, conflict }, readModel(text, rulesReadingOf(textVerdict)), asPriority(filed));
  if (read === byRules) return rulesVerdict;
  const verdict = decide(input, policy, given, requested, filed, cut, read);
  // Statements that conflict still ask for a person, whichever reading settled them.
  if (conflict && !verdict.needsReview) return { ...verdict, needsReview: true, reviewReason: textVerdict.reviewReason, confidence: 'low' };
  // A ticket rated on the safe side rests on a chance, not a statement: a person confirms it (flags may have settled it).
  if (typeof read.safeSide === 'number' && verdict.priority < 3 && !verdict.needsReview) {
    return { ...verdict, needsReview: true, reviewReason: safeSideReview(verdict.priority, read.safeSide), confidence: 'low' };
  }
  return verdict;
}

/** The verdict on facts read from the text (`read`) and given as flags. */
function decide(input: ClassifyInput, policy: Policy, given: GivenFacts, requested: PriorityId | null, filed: number, cut: boolean, read: ExtractedFacts): Classification {
  let facts: Facts = {
    env: given.env ?? read.env ?? 'production',
    impact: given.impact ?? read.impact,
    workaround: given.workaround ?? read.workaround ?? 'unknown',
  };
  // A question phrase that would lower a ticket which also says something does not work
  // ("License expired? Our agents can't do anything. We paid the invoice.") decides nothing.
  const asked = given.impact === undefined && ASKING.has(facts.impact ?? '') && typeof read.failure === 'string' ? read.failure : null;
  // Contested only where the question is what would lower it: a test environment lowers it anyway.
  const contested = asked !== null && applyRules(facts, asPriority(filed)).priority > Math.max(filed, applyRules({ ...facts, impact: null }, asPriority(filed)).priority);
  // A request read from how the ticket is built ("Could you add two seats?") is the weakest reading of a
  // kind of ticket: it never lowers a ticket filed as priority 1, whose words the recognisers may have missed.
  // Only where the request is what would lower it, as for a contested question: a test environment lowers it anyway.
  const requested1 =
    !contested &&
    given.impact === undefined &&
    filed === 1 &&
    read.matched.some((m) => m.fact === 'impact' && m.rule === 'request') &&
    applyRules({ ...facts, impact: null }, asPriority(filed)).priority === filed;
  if (contested || requested1) facts = { ...facts, impact: null };
  // A question contested by a loss the text states in a sentence of its own: the loss decides where it raises the ticket
  // ("Korte vraag: wat betekent 403? ... We kunnen geen enkele klant bellen", filed 3), never where it would lower it.
  const loss = asked !== null && read.contestingLoss ? read.contestingLoss : null;
  const raisedBy = loss !== null && applyRules({ ...facts, impact: loss.value }, asPriority(filed)).priority < applyRules(facts, asPriority(filed)).priority ? loss : null;
  if (raisedBy !== null) facts = { ...facts, impact: raisedBy.value };
  const reading = applyRules(facts, asPriority(filed));
  // The last guard of "never a silent downgrade": a verdict below the filed priority must rest on
  // the deciding fact as given by a flag or stated by a phrase the verdict shows. A fact the text
  // only implies (a default, a reading no shown phrase backs) keeps the filed priority for a person.
  const deciding = decidingFact(facts, reading);
  const unshown =
    reading.priority > filed && given[deciding] === undefined && !read.matched.some((m) => m.fact === deciding && m.value === facts[deciding]);
  // A downgrade that another statement of the text contests rests on one reading of it: kept too.
  const disputed = !unshown && reading.priority > filed && reading.rule !== 'workaround-no-impact' ? reviewReason(facts, reading, filed, read, given) : null;
  const verdict: Verdict = unshown || disputed !== null ? { priority: asPriority(filed), rule: 'no-impact' } : reading;
  const reclassified = verdict.priority > filed ? 'down' : verdict.priority < filed ? 'up' : null;

  // The text decided only the facts that were not given.
  const fromText = (fact: Fact) => given[fact] === undefined;
  const reasons = [
    unshown
      ? `${deciding} ${String(facts[deciding])} is not stated by a phrase: the filed priority is kept`
      : disputed !== null
        ? `${deciding} ${String(facts[deciding])} is contested by the text: the filed priority is kept`
        : ruleReason(facts, verdict),
  ];
  // Said even when staging already decided it, so an agent sees the text gave no impact.
  if (facts.impact === null && verdict.rule !== 'no-impact' && verdict.rule !== 'workaround-no-impact') reasons.push('no impact stated');
  if (given.env === undefined && read.env === null && (verdict.rule === 'loss-of-service' || verdict.rule === 'reduced-service')) {
    reasons.push('no environment stated: production assumed');
  }
  for (const fact of ['env', 'impact', 'workaround'] as const) {
    const stated = read[fact];
    if (given[fact] !== undefined && stated !== null && stated !== given[fact]) {
      reasons.push(`${fact} ${given[fact]} was given: the text suggests ${stated}`);
    }
  }
  for (const n of read.notes.filter((note) => fromText(note.fact)).slice(0, MAX_NOTES)) reasons.push(n.note);
  if (cut) reasons.push(`text cut at ${MAX_TEXT_CHARS.toLocaleString('en-US')} characters: the rest was not read`);
  if (reclassified !== null) {
    const filedAs = requested === null ? `filed without a priority (counts as ${filed})` : `filed as priority ${filed}`;
    reasons.push(`${filedAs}: reclassified ${reclassified} to priority ${verdict.priority}`);
  }
  if (input.beta === true) reasons.push(`beta product: ${policy.notCovered}`);

  const review = raisedBy !== null
    ? `conflicting statements: the text asks a ${read.impact} but also says "${asked}": read as ${raisedBy.value} ("${raisedBy.phrase}")`
    : contested
    ? `conflicting statements: the text asks a ${read.impact} but also says "${asked}": the filed priority is kept`
    : unshown
      ? `the text reads as ${deciding} ${String(facts[deciding])}, which would lower the priority, but no phrase states it: the filed priority is kept`
      : disputed !== null
        ? `${disputed}: the filed priority is kept`
        : requested1
      ? `the text asks a ${read.impact} but states no impact: a request does not lower priority 1, the filed priority is kept`
      : reviewReason(facts, verdict, filed, read, given);

  return {
    priority: verdict.priority,
    name: policy.priorities.find((p) => p.id === verdict.priority)?.name ?? `Priority ${verdict.priority}`,
    requested,
    filed,
    reclassified,
    covered: input.beta !== true,
    reasons,
    facts,
    matched: read.matched.filter((m) => fromText(m.fact) && !(requested1 && m.fact === 'impact')),
    confidence: confidenceOf(verdict, read, given, review),
    needsReview: review !== null,
    reviewReason: review,
  };
}

/** The facts given as flags, parsed. */
interface GivenFacts {
  readonly env: Env | undefined;
  readonly impact: Impact | undefined;
  readonly workaround: Workaround | undefined;
}

const NOT_GIVEN: GivenFacts = { env: undefined, impact: undefined, workaround: undefined };

/**
 * The fact a rule's verdict rests on: the kind of ticket for a question or request, the
 * environment outside production, the workaround where it lowers a loss of service (or stands in
 * for a missing impact), and the impact otherwise.
 *
 * @example
 * decidingFact({ env: 'staging', impact: 'outage', workaround: 'no' }, { priority: 3, rule: 'not-production' }) //=> 'env'
 */
function decidingFact(facts: Facts, verdict: Verdict): Fact {
  switch (verdict.rule) {
    case 'not-an-incident':
      return 'impact';
    case 'not-production':
      return 'env';
    case 'workaround-no-impact':
      return 'workaround';
    case 'loss-of-service':
      return facts.workaround === 'yes' ? 'workaround' : 'impact';
    default:
      return 'impact';
  }
}

// A policy whose default priority is not 1, 2 or 3 cannot be kept by these rules; 3 is the policy's own default.
function asPriority(p: number): PriorityId {
  return PRIORITY_IDS.find((id) => id === p) ?? 3;
}

/**
 * Why a person should decide, or null. No impact stated: the rules have
 * nothing to go on, so the filed priority stays and a person reads it.
 * Conflicting statements: when the text also states a value that would give a
 * more urgent priority than the verdict, and the verdict lowers the filed
 * priority, a downgrade would rest on one reading of a contested fact.
 */
function reviewReason(facts: Facts, verdict: Verdict, filed: number, read: ExtractedFacts, given: GivenFacts): string | null {
  if (verdict.rule === 'no-impact') return 'no impact stated: the filed priority is kept until a person has read the ticket';
  if (verdict.rule === 'workaround-no-impact') return 'no impact stated: lowered to priority 2 only because a workaround is stated';
  if (verdict.priority <= filed) return null;
  for (const fact of ['env', 'impact', 'workaround'] as const) {
    if (given[fact] !== undefined) continue;
    for (const other of read.conflicts?.[fact] ?? []) {
      // A development problem is a failure while building: a function that fails in it does not contest it, unless the
      // text names production as well. A complete loss of service ("all calls fail") still does: building something
      // does not take the whole service down, so that may be what the ticket is about.
      if (fact === 'impact' && facts.impact === 'development' && PART_FAILURES.has(other) && read.env !== 'production') continue;
      const otherFacts = withFact(facts, fact, other);
      if (otherFacts === null) continue;
      const alternative = applyRules(otherFacts, asPriority(filed));
      if (alternative.priority < verdict.priority) {
        return `conflicting statements: ${fact} ${facts[fact]} lowers the priority, but the text also states ${fact} ${other}`;
      }
    }
  }
  return null;
}

/** The facts with one of them set to a value the text also stated; null when the value is not one of the fact's. */
function withFact(facts: Facts, fact: Fact, value: string): Facts | null {
  switch (fact) {
    case 'env':
      return isEnv(value) ? { ...facts, env: value } : null;
    case 'impact':
      return isImpact(value) ? { ...facts, impact: value } : null;
    case 'workaround':
      return isWorkaround(value) ? { ...facts, workaround: value } : null;
  }
}

/**
 * High when the facts that decided the rule were stated or flagged and nothing
 * contests them. A workaround that lowers a priority 1 without a known impact is
 * stated, so high, though the missing impact still asks for review.
 */
function confidenceOf(verdict: Verdict, read: ExtractedFacts, given: GivenFacts, review: string | null): Confidence {
  const stated = (fact: Fact) => given[fact] !== undefined || (read[fact] !== null && read.uncertain?.includes(fact) !== true);
  if (verdict.rule === 'workaround-no-impact') return stated('workaround') ? 'high' : 'low';
  if (review !== null) return 'low';
  switch (verdict.rule) {
    case 'no-impact':
      return 'low';
    case 'not-production':
      return stated('env') ? 'high' : 'low';
    default:
      return stated('impact') ? 'high' : 'low';
  }
}

/** The deciding reason, a short English sentence for the agent. */
function ruleReason(facts: Facts, verdict: Verdict): string {
  switch (verdict.rule) {
    case 'not-an-incident':
      return `${KIND[verdict.kind]}: priority 3 covers product questions, feature requests and development problems`;
    case 'not-production':
      return `${facts.env} environment: priorities 1 and 2 apply to production only`;
    case 'loss-of-service': {
      const what = facts.impact === 'outage' ? 'complete loss of service' : 'important function completely unavailable';
      const how = facts.workaround === 'yes' ? ', but a workaround exists' : facts.workaround === 'no' ? ' with no workaround' : ' with no workaround stated';
      return `${what} in production${how}: priority ${verdict.priority}`;
    }
    case 'reduced-service':
      return `${facts.impact === 'degraded' ? 'reduced quality of service' : 'intermittent problem'} in production: priority 2`;
    case 'no-impact':
      return 'no impact stated';
    case 'workaround-no-impact':
      return 'no impact stated, but a workaround exists: priority 1 requires that none exists: priority 2';
  }
}
