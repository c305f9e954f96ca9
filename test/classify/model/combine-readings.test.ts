import { chooseFacts, combinedFacts, combineReadings, safeSide, SAFE_SIDE_CHANCE } from '../../../src/classify/model/combine-readings';
import type { ModelReading } from '../../../src/classify/model/read-model';
import type { Env, ExtractedFacts, Facts, Impact, Workaround } from '../../../src/classify';

// A model reading with the given values and probabilities; words for every fact.
// `lossInProduction`: the chance of a loss of service in production (no chance unless a test says otherwise).
function reading(impact: [Impact | null, number], env: [Env, number] = ['production', 0.99], workaround: [Workaround, number] = ['unknown', 0.99], lossInProduction = 0): ModelReading {
  return {
    lang: 'en',
    impact: { value: impact[0], probability: impact[1], words: ['how do i', 'add'] },
    env: { value: env[0], probability: env[1], words: ['portal'] },
    workaround: { value: workaround[0], probability: workaround[1], words: ['for now'] },
    loss: { value: 'function-down', inProduction: lossInProduction, words: ['no calls'] },
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

describe('safeSide: a ticket rated 3 that may be a loss of service', () => {
  const QUESTION: Facts = { env: 'production', impact: 'question', workaround: 'unknown' };

  it(`rates a loss of service in production where the model gives one at least ${SAFE_SIDE_CHANCE * 100}%`, () => {
    expect(safeSide(QUESTION, reading(['question', 0.8], undefined, undefined, SAFE_SIDE_CHANCE), 3)).toEqual({ env: 'production', impact: 'function-down', workaround: 'unknown' });
  });

  it('leaves the facts below that chance', () => {
    expect(safeSide(QUESTION, reading(['question', 0.8], undefined, undefined, SAFE_SIDE_CHANCE - 0.01), 3)).toBeNull();
  });

  it('takes production where the facts say a test place, and keeps the loss they read', () => {
    expect(safeSide({ env: 'staging', impact: 'outage', workaround: 'unknown' }, reading(['outage', 0.99], ['staging', 0.7], undefined, 0.3), 1)).toEqual({ env: 'production', impact: 'outage', workaround: 'unknown' });
  });

  it('keeps the workaround as read, so a loss with one is rated 2', () => {
    expect(safeSide({ ...QUESTION, workaround: 'yes' }, reading(['question', 0.8], undefined, undefined, 0.5), 3)?.workaround).toBe('yes');
  });

  it('leaves a ticket the facts rate 1 or 2', () => {
    expect(safeSide({ ...QUESTION, impact: 'degraded' }, reading(['degraded', 0.9], undefined, undefined, 0.9), 3)).toBeNull();
  });
});

describe('combineReadings on the safe side', () => {
  const asked: ExtractedFacts = {
    env: null,
    impact: 'question',
    workaround: null,
    matched: [{ fact: 'impact', value: 'question', phrase: 'onderhoud gepland', lang: 'nl' }],
    notes: [],
    conflicts: { env: [], impact: [], workaround: [] },
  };
  const staged: ExtractedFacts = { ...asked, env: 'staging', impact: 'outage', matched: [{ fact: 'env', value: 'staging', phrase: 'testnummer', lang: 'nl' }] };
  const combined = combineReadings(asked, { priority: 3, conflict: false }, reading(['question', 0.7], undefined, undefined, 0.3), 1);

  it("reads the model's likelier loss of service in place of the phrases' impact", () => {
    expect([combined.impact, combined.matched]).toEqual(['function-down', [{ fact: 'impact', value: 'function-down', phrase: 'no calls', lang: 'en', rule: 'model' }]]);
  });

  it('gives the chance it rests on, for the review', () => {
    expect(combined.safeSide).toBe(0.3);
  });

  it('says in a note that the impact is read on the safe side, and with which chance', () => {
    expect(combined.notes).toEqual([{ fact: 'impact', note: `impact function-down on the safe side: the whole text gives a loss of service in production a 30% chance ("no calls") over the phrases' question` }]);
  });

  it('takes production over a test place the phrases read', () => {
    expect(combineReadings(staged, { priority: 3, conflict: false }, reading(['outage', 0.99], ['staging', 0.7], undefined, 0.2), 1).env).toBe('production');
  });

  it('keeps the loss of service the phrases read, and their words for it', () => {
    const c = combineReadings(staged, { priority: 3, conflict: false }, reading(['outage', 0.99], ['staging', 0.7], undefined, 0.2), 1);
    expect([c.impact, c.matched]).toEqual(['outage', []]);
  });

  it('lists the facts it changed as uncertain', () => {
    expect([combined.uncertain, combineReadings(staged, { priority: 3, conflict: false }, reading(['outage', 0.99], ['staging', 0.7], undefined, 0.2), 1).uncertain]).toEqual([['impact'], ['env']]);
  });

  it('gives no safe side where the chance is lower', () => {
    expect(combineReadings(asked, { priority: 3, conflict: false }, reading(['question', 0.99], undefined, undefined, 0.1), 1)).toBe(asked);
  });
});

describe('places the phrases cleared by how a clause is built', () => {
  const TEST_WORKS = { priority: 1, conflict: false, cleared: { production: false, test: true } };
  const PRODUCTION_FINE = { priority: 3, conflict: false, cleared: { production: true, test: false } };

  it('takes no test place from the model where the phrases read that the test place works', () => {
    expect(chooseFacts(LOSS, TEST_WORKS, reading(['outage', 0.99], ['staging', 0.999]), 1).env).toBe(false);
  });

  it('takes no production from the model where the phrases read that production is fine', () => {
    expect(chooseFacts({ ...LOSS, env: 'staging' }, PRODUCTION_FINE, reading(['outage', 0.99], ['production', 0.9]), 1).env).toBe(false);
  });

  it('still takes a test place from the model where only production was cleared', () => {
    expect(chooseFacts(LOSS, { ...TEST_WORKS, cleared: { production: true, test: false } }, reading(['outage', 0.99], ['staging', 0.999]), 1).env).toBe(true);
  });

  it('raises no test place to production on the safe side where the phrases read that production is fine', () => {
    expect(safeSide({ env: 'staging', impact: 'outage', workaround: 'unknown' }, reading(['outage', 0.99], ['staging', 0.7], undefined, 0.3), 1, { production: true, test: false })).toBeNull();
  });
});

describe('combinedFacts: the facts a verdict rests on', () => {
  it("gives the model's facts where it decides, and no safe side", () => {
    expect(combinedFacts(LOSS, RULES_1, reading(['how-to', 0.995]), 3)).toEqual({ facts: { ...LOSS, impact: 'how-to' }, decided: { impact: true, env: false, workaround: false }, onSafeSide: { impact: false, env: false, workaround: false }, safeSide: null });
  });

  it('gives the facts of the safe side, which it marks, and its chance', () => {
    const c = combinedFacts({ env: 'production', impact: 'question', workaround: 'unknown' }, { priority: 3, conflict: false }, reading(['question', 0.7], undefined, undefined, 0.3), 1);
    expect([c.facts.impact, c.onSafeSide.impact, c.decided.impact, c.safeSide]).toEqual(['function-down', true, true, 0.3]);
  });
});

