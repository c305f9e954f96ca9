/**
 * One reading of a ticket from two: the phrases and recognisers
 * (`extractFacts`), which show the words that decided but miss wording they
 * were not written for, and the statistical reading of the whole text
 * (`readByModel`), which reads any wording like the corpus it learned from but
 * can only show the words that weighed most.
 *
 * The model weighs the rules' reading as well as the words, so it has
 * learned where the phrases are to be trusted. Measured on development
 * batches it was not trained on, beside the rules' reading of each batch
 * before the batch was read (test/classify/corpus/README.md), fact by fact:
 *
 * - impact: the model's kind of impact (loss, reduced service, asking, none)
 *   where it differs from the phrases' kind; the phrases' value and words
 *   where the kinds agree;
 * - environment: the model's where it differs on production or not, and is
 *   at least `TO_PRODUCTION_SURE` sure when it says production (raising is the
 *   safe side) or `FROM_PRODUCTION_SURE` sure when it says a test place;
 * - workaround: the model's where it is at least `WORKAROUND_SURE` sure and
 *   differs on whether one exists;
 *
 * and guards keep the model from what the policy treats as worst:
 * - it gives a lower priority than the phrases only with an impact at least
 *   `LOWER_THAN_RULES_SURE` sure, and lowers the filed priority only at least
 *   `LOWER_SURE` sure (a downgrade must rest on a stated fact: here, the
 *   words shown, weighed with that probability);
 * - it rates 3 a ticket the phrases rate 1, or read as an incident, only where
 *   the reading that lowers it is at least `TO_THREE_SURE` sure;
 * - where the phrases found statements that conflict and asked for a person,
 *   it does not lower the filed priority (the review stands, see `classify`);
 * - where the phrases read from how a clause is built that a place is not
 *   where the problem is (a test place that works, production that is fine),
 *   it does not overrule their place: its words are the same for the mirror
 *   image ("works in test, not in production").
 *
 * Last, the safe side: a ticket the combined reading rates 3 as a kind that
 * asks or for a test place is rated as a loss of service in production where
 * the model gives one at least
 * `SAFE_SIDE_CHANCE` (`safeSide`), and a person is asked to read it. A
 * priority 1 rated 3 is the policy's worst miss; a priority 3 rated 1 costs
 * an agent a look. On development batches the model was not trained on,
 * this raised 9 tickets, 5 of them rightly (4 priority 1 tickets that were
 * rated 3). A ticket that states no impact keeps its review instead.
 */
import { applyRules } from '../apply-rules';
import type { Env, ExtractedFacts, Fact, FactNote, Facts, Impact, MatchedPhrase, PriorityId, Workaround } from '../types';
import { impactKind, type ModelFact, type ModelReading } from './read-model';

export const TO_PRODUCTION_SURE = 0.6;
export const FROM_PRODUCTION_SURE = 0.95;
export const WORKAROUND_SURE = 0.9;
export const LOWER_THAN_RULES_SURE = 0.8;
export const LOWER_SURE = 0.9;
export const TO_THREE_SURE = 0.99;
export const SAFE_SIDE_CHANCE = 0.15;

/** The facts the rules are applied to, from a reading (the defaults of `classify`). */
function factsOf(read: Pick<ExtractedFacts, Fact>): Facts {
  return { env: read.env ?? 'production', impact: read.impact, workaround: read.workaround ?? 'unknown' };
}

const percent = (p: number) => `${Math.floor(p * 100)}%`;

/** For each fact, whether the model's reading decides it. */
export type Decided = Readonly<Record<Fact, boolean>>;

const NONE: Decided = { impact: false, env: false, workaround: false };

/**
 * What the rules-only verdict gave: its priority, whether it asked a person over statements that conflict, and the
 * places the phrases read as not where the problem is (`ExtractedFacts.clearedPlaces`; none when not known).
 */
export interface RulesVerdict {
  readonly priority: number;
  readonly conflict: boolean;
  readonly cleared?: ExtractedFacts['clearedPlaces'];
}

/**
 * The facts once the model has decided those `decided` marks.
 *
 * @example
 * factsAfter({ env: 'production', impact: 'outage', workaround: 'unknown' }, readingOf('How do I ...?'), { impact: true, env: false, workaround: false }).impact //=> 'how-to'
 */
export function factsAfter(rules: Facts, model: ModelReading, decided: Decided): Facts {
  return {
    env: decided.env ? model.env.value : rules.env,
    impact: decided.impact ? model.impact.value : rules.impact,
    workaround: decided.workaround ? model.workaround.value : rules.workaround,
  };
}

/**
 * Which facts the model decides, for the facts the rules read (with the
 * defaults of `classify`), the rules' verdict, and the filed priority. Pure,
 * so that the cross-validation applies the same choice to readings on record.
 *
 * @example
 * chooseFacts({ env: 'production', impact: 'function-down', workaround: 'unknown' }, { priority: 1, conflict: false }, readingOf('How do I ...?'), 3)
 * //=> { impact: true, env: false, workaround: false }
 */
export function chooseFacts(rules: Facts, verdict: RulesVerdict, model: ModelReading, filed: PriorityId): Decided {
  const production = model.env.value === 'production';
  // "Werkt prima in onze testomgeving, maar in productie ...": the model weighs the same words for its mirror image, so
  // where the phrases read which place works, their place stands.
  const cleared = production ? verdict.cleared?.production === true : verdict.cleared?.test === true;
  const decided = {
    impact: impactKind(model.impact.value) !== impactKind(rules.impact),
    env: production !== (rules.env === 'production') && !cleared && model.env.probability >= (production ? TO_PRODUCTION_SURE : FROM_PRODUCTION_SURE),
    workaround: model.workaround.probability >= WORKAROUND_SURE && (model.workaround.value === 'yes') !== (rules.workaround === 'yes'),
  };
  const verdictOf = (d: Decided) => applyRules(factsAfter(rules, model, d), filed);
  let combined = verdictOf(decided);
  // An impact that lowers the rules' verdict, or the filed priority, must be one the model is sure of.
  if (decided.impact && ((combined.priority > verdict.priority && model.impact.probability < LOWER_THAN_RULES_SURE) || (combined.priority > filed && model.impact.probability < LOWER_SURE))) {
    decided.impact = false;
    combined = verdictOf(decided);
  }
  if (!decided.impact && !decided.env && !decided.workaround) return NONE;
  const incident = impactKind(rules.impact) === 'loss' || impactKind(rules.impact) === 'reduced';
  if (combined.priority === 3 && verdict.priority < 3 && (incident || verdict.priority === 1)) {
    const lowering = combined.rule === 'not-production' ? model.env : model.impact;
    if (lowering.probability < TO_THREE_SURE) return NONE;
  }
  if (verdict.conflict && combined.priority > filed) return NONE;
  return decided;
}

/**
 * The facts on the safe side: where `facts` give priority 3 and the model gives a loss of service in production at
 * least `SAFE_SIDE_CHANCE` (`ModelReading.loss`), the facts of that loss (in production; the loss read, or else the
 * model's likelier loss; the workaround as read); otherwise null. A ticket rated on the safe side asks for a person (`classify`).
 *
 * @example
 * safeSide({ env: 'staging', impact: 'outage', workaround: 'unknown' }, readingOf('All our numbers give a busy tone ... our test number (made once to try the IVR) still rings'), 3)
 * //=> { env: 'production', impact: 'outage', workaround: 'unknown' } (the model gives 49%)
 */
export function safeSide(facts: Facts, model: ModelReading, filed: PriorityId, cleared?: ExtractedFacts['clearedPlaces']): Facts | null {
  // Only a reading that states why it is 3 (a kind of ticket that asks, a test place): where no impact is read, the
  // filed priority is kept for a person anyway, and no evidence is not evidence.
  const verdict = applyRules(facts, filed);
  if (model.loss.inProduction < SAFE_SIDE_CHANCE || verdict.priority !== 3 || (verdict.rule !== 'not-an-incident' && verdict.rule !== 'not-production')) return null;
  // Production the phrases read as fine or not there yet is not raised to: the model cannot tell which place works.
  const raised: Facts = { ...facts, env: cleared?.production === true ? facts.env : 'production', impact: impactKind(facts.impact) === 'loss' ? facts.impact : model.loss.value };
  return applyRules(raised, filed).priority < 3 ? raised : null;
}

/** The facts once the model and the safe side have decided, and which facts each decided. */
export interface CombinedFacts {
  readonly facts: Facts;
  /** The facts the model or the safe side decided. */
  readonly decided: Decided;
  /** The facts the safe side changed (the impact where no loss was read, production where a test place was). */
  readonly onSafeSide: Decided;
  /** The model's chance of a loss of service in production where the safe side rated the ticket; null otherwise. */
  readonly safeSide: number | null;
}

/**
 * The facts a verdict rests on, from the facts the rules read (with the defaults of `classify`), the rules' verdict,
 * the model's reading and the filed priority: `chooseFacts`, then `safeSide`. Pure, so that the cross-validation applies
 * the same combination to readings on record.
 *
 * @example
 * combinedFacts({ env: 'production', impact: 'question', workaround: 'unknown' }, { priority: 3, conflict: false }, readingOf('Onderhoud ... geen toestel gaat over'), 1).facts.impact
 * //=> 'function-down' (where the model gives a loss at least 15%)
 */
export function combinedFacts(rules: Facts, verdict: RulesVerdict, model: ModelReading, filed: PriorityId): CombinedFacts {
  const chosen = chooseFacts(rules, verdict, model, filed);
  const after = factsAfter(rules, model, chosen);
  const safe = safeSide(after, model, filed, verdict.cleared);
  if (safe === null) return { facts: after, decided: chosen, onSafeSide: NONE, safeSide: null };
  const onSafeSide: Decided = { impact: safe.impact !== after.impact, env: safe.env !== after.env, workaround: false };
  return {
    facts: safe,
    decided: { impact: chosen.impact || onSafeSide.impact, env: chosen.env || onSafeSide.env, workaround: chosen.workaround },
    onSafeSide,
    safeSide: model.loss.inProduction,
  };
}

/**
 * Why a ticket rated on the safe side needs a person, for `needsReview`.
 *
 * @example
 * safeSideReview(1, 0.26) //=> 'a loss of service in production is possible (the whole text gives it 26%): rated 1 on the safe side until a person has read the ticket'
 */
export function safeSideReview(priority: number, chance: number): string {
  return `a loss of service in production is possible (the whole text gives it ${percent(chance)}): rated ${priority} on the safe side until a person has read the ticket`;
}

/**
 * The reading a verdict rests on: `rules` with the facts the model decides
 * replaced by the model's, each shown as a matched entry (`rule: 'model'`,
 * the words that weighed most) and explained in a note.
 *
 * @example
 * const text = 'How do I add a user to a ring group? I tried but it does not work.';
 * combineReadings(extractFacts(text), { priority: 1, conflict: false }, readingOf(text), 3).impact //=> 'how-to'
 */
export function combineReadings(rules: ExtractedFacts, verdict: RulesVerdict, model: ModelReading, filed: PriorityId): ExtractedFacts {
  const { decided, onSafeSide, safeSide: chance } = combinedFacts(factsOf(rules), { ...verdict, cleared: rules.clearedPlaces }, model, filed);
  if (!decided.impact && !decided.env && !decided.workaround) return rules;
  const lossChance = chance ?? 0;
  const impact: ModelFact<Impact | null> = onSafeSide.impact ? { value: model.loss.value, probability: lossChance, words: model.loss.words } : model.impact;
  // Production on the safe side rests on the words of the loss: they are the note's, not evidence of a place to show.
  const env: ModelFact<Env> = onSafeSide.env ? { value: 'production', probability: lossChance, words: model.loss.words } : model.env;

  // The phrases' notes on a fact the model decided say how a reading that no longer stands was reached: the model's
  // note names that reading instead.
  const notes: FactNote[] = rules.notes.filter((n) => !decided[n.fact]);
  const entries: MatchedPhrase[] = [];
  const conflicts: Record<Fact, readonly string[]> = { env: rules.conflicts?.env ?? [], impact: rules.conflicts?.impact ?? [], workaround: rules.conflicts?.workaround ?? [] };
  const take = <V extends Env | Impact | Workaround | null>(fact: Fact, m: ModelFact<V>, ruleValue: string | null) => {
    const value = m.value ?? 'none';
    const over = ruleValue === null ? 'no phrase' : `the phrases' ${ruleValue}`;
    const words = m.words.map((w) => `"${w}"`).join(', ') || 'no single word';
    notes.push({
      fact,
      note: onSafeSide[fact]
        ? `${fact} ${value} on the safe side: the whole text gives a loss of service in production a ${percent(m.probability)} chance (${words}) over ${over}`
        : `${fact} ${value} read from the whole text (${percent(m.probability)} sure: ${words}) over ${over}`,
    });
    if (m.value !== null && m.words.length > 0 && !(fact === 'workaround' && m.value === 'unknown') && !(fact === 'env' && onSafeSide.env)) entries.push({ fact, value: m.value, phrase: m.words.join(', '), lang: model.lang, rule: 'model' });
    // The phrases' reading is what the model overruled: no longer a statement that contests the verdict.
    conflicts[fact] = [];
  };
  if (decided.impact) take('impact', impact, rules.impact);
  if (decided.env) take('env', env, rules.env);
  if (decided.workaround) take('workaround', model.workaround, rules.workaround);
  return {
    env: decided.env ? env.value : rules.env,
    impact: decided.impact ? impact.value : rules.impact,
    workaround: decided.workaround ? (model.workaround.value === 'unknown' ? null : model.workaround.value) : rules.workaround,
    matched: [...rules.matched.filter((m) => !decided[m.fact]), ...entries],
    notes,
    conflicts,
    // What the phrases read beside their impact (a failure words contest, a loss behind a question) no longer applies
    // once the model decided the impact.
    failure: decided.impact ? null : rules.failure ?? null,
    contestingLoss: decided.impact ? null : rules.contestingLoss ?? null,
    uncertain: (['impact', 'env', 'workaround'] as const).filter((f) => onSafeSide[f] || (decided[f] && model[f].probability < LOWER_SURE)),
    safeSide: chance,
  };
}
