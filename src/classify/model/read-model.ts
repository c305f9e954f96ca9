/**
 * The statistical reading of a ticket: for each fact, the value a logistic
 * regression over the words of the whole text gives (`features.ts`), trained
 * on the development part of the labelled corpus by
 * `scripts/train-classify-model.mjs` and shipped as `weights.json`.
 *
 * Where the phrases read a few words, this reads all of them at once; where
 * they can say which words decided, this can only say which words weighed most.
 * `combine-readings.ts` decides which of the two a verdict rests on.
 */
import { applyRules, type Rule } from '../apply-rules';
import type { Env, Impact, Lang, Workaround } from '../types';
import { isEnv, isImpact, isWorkaround } from '../vocabulary';
import { readFeatures, rulesFeatures, type RulesReading } from './features';
import weightsJson from './weights.json';

/** One fact as the model reads it. */
export interface ModelFact<V> {
  readonly value: V;
  /** The probability of the kind of value that decides a priority (see `readFact`), between 0 and 1. */
  readonly probability: number;
  /** The ticket's words that weighed most for the value, most first (at most `MAX_WORDS`). */
  readonly words: readonly string[];
}

/** The three facts as the model reads them, and the language its stems were taken in. */
export interface ModelReading {
  readonly lang: Lang;
  readonly impact: ModelFact<Impact | null>;
  readonly env: ModelFact<Env>;
  readonly workaround: ModelFact<Workaround>;
  /**
   * The chance of a loss of service in production, whatever the likeliest reading: the chance of a loss (outage or
   * function down) times that of production, with the likelier of the two losses. What the safe side weighs
   * (`combine-readings.ts`): a priority 1 rated 3 is the policy's worst miss.
   */
  readonly loss: { readonly value: LossImpact; readonly inProduction: number; readonly words: readonly string[] };
}

/** The impacts of a loss of service. */
export type LossImpact = 'outage' | 'function-down';

/**
 * The kind of an impact value as the policy's rules tell them apart (`applyRules`): `loss` (outage, function down),
 * `reduced` (degraded, intermittent), `asking` (question, how-to, feature request, development) or `none`. The model's
 * probability of an impact is that of its kind: outage and function down both give priority 1.
 *
 * @example
 * impactKind('how-to') //=> 'asking'
 * impactKind(null)     //=> 'none'
 */
export function impactKind(impact: Impact | null): ImpactKind {
  return KIND_OF_RULE[applyRules({ env: 'production', impact, workaround: 'unknown' }).rule];
}

/** What a kind of impact does to a priority. */
export type ImpactKind = 'loss' | 'reduced' | 'asking' | 'none';

const KIND_OF_RULE: Readonly<Record<Rule, ImpactKind>> = {
  'loss-of-service': 'loss',
  'reduced-service': 'reduced',
  'not-an-incident': 'asking',
  'not-production': 'none',
  'no-impact': 'none',
  'workaround-no-impact': 'none',
};

const MAX_WORDS = 3;

type ModelFactName = 'impact' | 'env' | 'workaround';

/** A fact's weights as `weights.json` stores them: signed bytes of `step` each, feature by feature, base64. */
interface StoredFact {
  readonly values: readonly string[];
  readonly bias: readonly number[];
  readonly step: number;
  readonly weights: string;
}

interface FactWeights {
  readonly values: readonly string[];
  readonly bias: readonly number[];
  /** Feature by feature, one weight per value, in steps. */
  readonly weights: Int8Array;
  readonly step: number;
}

interface Weights {
  readonly features: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly facts: Readonly<Record<ModelFactName, FactWeights>>;
}

/** The document `weights.json` holds (and `scripts/train-classify-model.mjs` writes). */
export interface StoredWeights {
  readonly features: readonly string[];
  readonly facts: Readonly<Record<ModelFactName, StoredFact>>;
}

function decode(fact: StoredFact): FactWeights {
  const bytes = atob(fact.weights);
  const weights = new Int8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = (bytes.charCodeAt(i) << 24) >> 24;
  return { values: fact.values, bias: fact.bias, weights, step: fact.step };
}

function load(stored: StoredWeights): Weights {
  return {
    features: stored.features,
    index: new Map(stored.features.map((f, i) => [f, i])),
    facts: { impact: decode(stored.facts.impact), env: decode(stored.facts.env), workaround: decode(stored.facts.workaround) },
  };
}

/** Probabilities of a fact's values, from the indexes of the features present. */
function score(fact: FactWeights, present: readonly number[]): number[] {
  const k = fact.values.length;
  const scores = fact.bias.map((b, v) => present.reduce((sum, i) => sum + (fact.weights[i * k + v] ?? 0) * fact.step, b));
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

/** The words of the present features that weigh most for value `v`. */
function topWords(fact: FactWeights, v: number, present: readonly number[], words: ReadonlyMap<string, string>, features: readonly string[]): string[] {
  const k = fact.values.length;
  const ranked = present
    .map((i) => ({ i, w: fact.weights[i * k + v] ?? 0 }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.i - b.i);
  const out: string[] = [];
  for (const { i } of ranked) {
    const said = words.get(features[i] ?? '') ?? '';
    // A pair that holds a word already shown (or a word within a pair shown) adds nothing to read.
    if (said === '' || out.some((o) => o.split(' ').some((x) => said.split(' ').includes(x)))) continue;
    out.push(said);
    if (out.length === MAX_WORDS) break;
  }
  return out;
}

/**
 * A fact's value and the probability of its group: the values are grouped by what they do to a priority (`groupOf`),
 * the likeliest group wins (the first on a tie), and within it the likeliest value.
 */
function readFact(fact: FactWeights, present: readonly number[], groupOf: (value: string) => string): FactRead {
  const probs = score(fact, present);
  const groups = new Map<string, number>();
  fact.values.forEach((v, i) => groups.set(groupOf(v), (groups.get(groupOf(v)) ?? 0) + (probs[i] ?? 0)));
  const [group, probability] = [...groups].reduce((a, b) => (b[1] > a[1] ? b : a));
  return { index: likeliestIn(fact, probs, groupOf, group), probability, groups, probs };
}

interface FactRead {
  /** The index of the value read, and the probability of its group. */
  readonly index: number;
  readonly probability: number;
  /** The probability of every group, and of every value. */
  readonly groups: ReadonlyMap<string, number>;
  readonly probs: readonly number[];
}

/** The index of the likeliest value of a group (the first on a tie; -1 when the group has none). */
function likeliestIn(fact: FactWeights, probs: readonly number[], groupOf: (value: string) => string, group: string): number {
  return fact.values.reduce((a, v, i) => (groupOf(v) === group && (a < 0 || (probs[i] ?? 0) > (probs[a] ?? 0)) ? i : a), -1);
}

/**
 * A reader with other weights than the shipped ones (the cross-validation of
 * `scripts/train-classify-model.mjs` trains one per part of the corpus).
 *
 * @example
 * const read = modelReader(JSON.parse(readFileSync('weights.json', 'utf8')));
 * read('Nobody can call us').impact.value //=> 'function-down'
 */
export function modelReader(stored: StoredWeights): ModelReader {
  const loaded = load(stored);
  return (text, rules) => readWith(loaded, text, rules);
}

/** Reads a text (the customer's own words) beside what the rules made of it. */
export type ModelReader = (text: string, rules: RulesReading) => ModelReading;

// The shipped weights, decoded on the first reading, not at import: commands that do not classify do not pay for it.
let shipped: Weights | undefined;

/**
 * The model's reading of a text: the customer's own words (see `stripThread`),
 * subject first.
 *
 * @example
 * const text = 'How do I add a user to a ring group?';
 * const m = readByModel(text, rulesReadingOf(classify({ text, reading: 'rules' }, policy)));
 * m.impact.value       //=> 'how-to'
 * m.impact.probability //=> 0.99 (about)
 * m.impact.words       //=> ['how', 'do i', 'ring group']
 */
export function readByModel(text: string, rules: RulesReading): ModelReading {
  shipped ??= load(weightsJson);
  return readWith(shipped, text, rules);
}

function readWith({ index, features: known, facts }: Weights, text: string, rules: RulesReading): ModelReading {
  const { features, words, lang } = readFeatures(text);
  const present: number[] = [];
  for (const f of [...features, ...rulesFeatures(rules)]) {
    const i = index.get(f);
    if (i !== undefined) present.push(i);
  }

  const kindOf = (v: string) => impactKind(v === 'none' || !isImpact(v) ? null : v);
  const imp = readFact(facts.impact, present, kindOf);
  const env = readFact(facts.env, present, (v) => (v === 'production' ? v : 'elsewhere'));
  const wa = readFact(facts.workaround, present, (v) => (v === 'yes' ? v : 'none stated'));
  const impValue = facts.impact.values[imp.index] ?? 'none';
  const envValue = facts.env.values[env.index] ?? 'production';
  const waValue = facts.workaround.values[wa.index] ?? 'unknown';
  // The words are read only where a verdict shows them (a fact the model decides): most tickets never need them.
  const shown = (fact: FactWeights, index: number): (() => readonly string[]) => {
    let said: readonly string[] | undefined;
    return () => (said ??= index < 0 ? [] : topWords(fact, index, present, words, known));
  };
  const lossIndex = likeliestIn(facts.impact, imp.probs, kindOf, 'loss');
  const impWords = shown(facts.impact, imp.index);
  const envWords = shown(facts.env, env.index);
  const waWords = shown(facts.workaround, wa.index);
  const lossWords = shown(facts.impact, lossIndex);

  return {
    lang,
    impact: { value: isImpact(impValue) ? impValue : null, probability: imp.probability, get words() { return impWords(); } },
    env: { value: isEnv(envValue) ? envValue : 'production', probability: env.probability, get words() { return envWords(); } },
    workaround: { value: isWorkaround(waValue) ? waValue : 'unknown', probability: wa.probability, get words() { return waWords(); } },
    loss: {
      value: facts.impact.values[lossIndex] === 'function-down' ? 'function-down' : 'outage',
      inProduction: (imp.groups.get('loss') ?? 0) * (env.groups.get('production') ?? 0),
      get words() { return lossWords(); },
    },
  };
}
