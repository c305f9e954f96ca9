import { chooseFacts, combineReadings } from '../../../src/classify/model/combine-readings';
import type { ModelReading } from '../../../src/classify/model/read-model';
import type { Env, ExtractedFacts, Facts, Impact, Workaround } from '../../../src/classify';

// A model reading with the given values and probabilities; words for every fact.
function reading(impact: [Impact | null, number], env: [Env, number] = ['production', 0.99], workaround: [Workaround, number] = ['unknown', 0.99]): ModelReading {
  return {
    lang: 'en',
    impact: { value: impact[0], probability: impact[1], words: ['how do i', 'add'] },
    env: { value: env[0], probability: env[1], words: ['portal'] },
    workaround: { value: workaround[0], probability: workaround[1], words: ['for now'] },
  };
}

const LOSS: Facts = { env: 'production', impact: 'function-down', workaround: 'unknown' };
const RULES_1 = { priority: 1, conflict: false };

describe('chooseFacts: which facts the model decides', () => {
  it('decides the impact where its kind differs from the phrases', () => {
    expect(chooseFacts(LOSS, { priority: 1, conflict: false }, reading(['degraded', 0.85]), 2).impact).toBe(true);
  });

  it("leaves the phrases' impact where the kinds agree", () => {
    expect(chooseFacts(LOSS, RULES_1, reading(['outage', 0.99]), 1).impact).toBe(false);
  });

  it('decides an impact the phrases did not find', () => {
    expect(chooseFacts({ ...LOSS, impact: null }, { priority: 2, conflict: false }, reading(['function-down', 0.7]), 2).impact).toBe(true);
  });

  it('takes production from the model at 60% sure (raising is the safe side)', () => {
    expect(chooseFacts({ ...LOSS, env: 'staging' }, { priority: 3, conflict: false }, reading(['function-down', 0.99], ['production', 0.61]), 1).env).toBe(true);
  });

  it('takes a test place from the model only at 95% sure', () => {
    expect(chooseFacts(LOSS, { priority: 2, conflict: false }, reading(['function-down', 0.99], ['staging', 0.94]), 2).env).toBe(false);
  });

  it('takes a workaround from the model only at 90% sure', () => {
    expect(chooseFacts(LOSS, RULES_1, reading(['function-down', 0.99], ['production', 0.99], ['yes', 0.89]), 1).workaround).toBe(false);
  });

  it('takes a workaround the model is 90% sure of', () => {
    expect(chooseFacts(LOSS, RULES_1, reading(['function-down', 0.99], ['production', 0.99], ['yes', 0.91]), 1).workaround).toBe(true);
  });

  it("gives no lower priority than the phrases' on an impact less than 80% sure", () => {
    expect(chooseFacts(LOSS, { priority: 1, conflict: false }, reading(['intermittent', 0.79]), 3).impact).toBe(false);
  });

  it('lowers the filed priority only on an impact at least 90% sure', () => {
    expect(chooseFacts({ ...LOSS, impact: null }, { priority: 1, conflict: false }, reading(['degraded', 0.89]), 1).impact).toBe(false);
  });

  it('rates 3 a ticket the phrases rate 1 only at 99% sure', () => {
    expect(chooseFacts(LOSS, RULES_1, reading(['how-to', 0.98]), 1)).toEqual({ impact: false, env: false, workaround: false });
  });

  it('rates 3 a ticket the phrases rate 1 when the model is 99% sure', () => {
    expect(chooseFacts(LOSS, RULES_1, reading(['how-to', 0.995]), 1).impact).toBe(true);
  });

  it('rates 3 a ticket the phrases read as a reduced service only at 99% sure', () => {
    expect(chooseFacts({ ...LOSS, impact: 'degraded' }, { priority: 2, conflict: false }, reading(['question', 0.97]), 3).impact).toBe(false);
  });

  it('does not lower the filed priority where the phrases found statements that conflict', () => {
    expect(chooseFacts(LOSS, { priority: 1, conflict: true }, reading(['how-to', 0.999]), 1)).toEqual({ impact: false, env: false, workaround: false });
  });
});

describe('combineReadings', () => {
  const rules: ExtractedFacts = {
    env: null,
    impact: 'function-down',
    workaround: null,
    matched: [{ fact: 'impact', value: 'function-down', phrase: 'does not work', lang: 'en' }],
    notes: [{ fact: 'impact', note: 'impact function-down wins over how-to ("how do i")' }],
    conflicts: { env: [], impact: ['how-to'], workaround: [] },
    failure: 'does not work',
    contestingLoss: null,
  };
  const combined = combineReadings(rules, { priority: 1, conflict: false }, reading(['how-to', 0.995]), 3);

  it('gives the value the model decided', () => {
    expect(combined.impact).toBe('how-to');
  });

  it('shows the words that weighed most in place of the phrases', () => {
    expect(combined.matched).toEqual([{ fact: 'impact', value: 'how-to', phrase: 'how do i, add', lang: 'en', rule: 'model' }]);
  });

  it("says how sure the model is and what the phrases read, in place of the phrases' notes", () => {
    expect(combined.notes).toEqual([{ fact: 'impact', note: `impact how-to read from the whole text (99% sure: "how do i", "add") over the phrases' function-down` }]);
  });

  it("drops what the phrases read beside their impact, which no longer contests the verdict", () => {
    expect([combined.failure, combined.conflicts?.impact]).toEqual([null, []]);
  });

  it('lists a fact the model decided while less than 90% sure as uncertain', () => {
    expect(combineReadings(rules, { priority: 1, conflict: false }, reading(['degraded', 0.85]), 3).uncertain).toEqual(['impact']);
  });

  it('returns the phrases reading itself when the model decides nothing', () => {
    expect(combineReadings(rules, { priority: 1, conflict: false }, reading(['outage', 0.99]), 1)).toBe(rules);
  });
});
