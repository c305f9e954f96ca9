import { impactKind, modelReader, readByModel, type StoredWeights } from '../../../src/classify/model/read-model';
import { stripThread } from '../../../src/classify';

const RULES_SILENT = { priority: 3, env: 'production', impact: null, workaround: 'unknown', needsReview: true, confidence: 'low' };

// A weights document of one feature, "down", whose weight for `outage` is 50 steps of 0.1: the probabilities follow.
const IMPACTS = ['outage', 'function-down', 'degraded', 'intermittent', 'question', 'how-to', 'feature-request', 'development', 'none'];
const bytes = (values: number[]) => Buffer.from(Int8Array.from(values).buffer).toString('base64');
const tiny: StoredWeights = {
  features: ['down'],
  facts: {
    impact: { values: IMPACTS, bias: IMPACTS.map(() => 0), step: 0.1, weights: bytes([50, 0, 0, 0, 0, 0, 0, 0, 0]) },
    env: { values: ['production', 'staging', 'development'], bias: [0, 0, 0], step: 0.1, weights: bytes([-20, 0, 0]) },
    workaround: { values: ['yes', 'no', 'unknown'], bias: [0, 0, 0], step: 0.1, weights: bytes([0, 0, 0]) },
  },
};

describe('impactKind', () => {
  it.each([
    ['outage', 'loss'],
    ['function-down', 'loss'],
    ['degraded', 'reduced'],
    ['intermittent', 'reduced'],
    ['how-to', 'asking'],
    ['development', 'asking'],
  ] as const)('puts %s in the kind %s', (impact, kind) => {
    expect(impactKind(impact)).toBe(kind);
  });

  it('puts no impact in the kind none', () => {
    expect(impactKind(null)).toBe('none');
  });
});

describe('modelReader', () => {
  const read = modelReader(tiny);

  it('gives the probability of the kind of impact: outage (e^5) and function down (e^0) of e^5 and eight e^0', () => {
    expect(read('down', RULES_SILENT).impact.probability).toBeCloseTo((Math.exp(5) + 1) / (Math.exp(5) + 8), 10);
  });

  it('reads the value with the largest weight', () => {
    expect(read('down', RULES_SILENT).impact.value).toBe('outage');
  });

  it('shows the words that weighed for the value', () => {
    expect(read('everything down', RULES_SILENT).impact.words).toEqual(['down']);
  });

  it('reads a text with no known feature by the biases alone: asking, four values of nine', () => {
    expect(read('hello', RULES_SILENT).impact.probability).toBeCloseTo(4 / 9, 10);
  });

  it('gives a test place where the weights lower production', () => {
    expect(read('down', RULES_SILENT).env.value).not.toBe('production');
  });
});

describe('readByModel (the shipped weights)', () => {
  const read = (text: string) => readByModel(stripThread(text), RULES_SILENT);

  it('reads a question about how to set something up as a how-to (en)', () => {
    expect(read('Ring group\nHow do I add a new colleague to our sales ring group in the portal?').impact.value).toBe('how-to');
  });

  it('reads a question about how to set something up as a how-to (nl)', () => {
    expect(read('Belgroep\nHoe voeg ik een nieuwe collega toe aan onze belgroep in het portaal?').impact.value).toBe('how-to');
  });

  it('reads phones that no longer ring as a loss (en)', () => {
    expect(impactKind(read('Phones dead\nSince 8 this morning none of our phones ring and customers hear a busy tone.').impact.value)).toBe('loss');
  });

  it('reads phones that no longer ring as a loss (nl)', () => {
    expect(impactKind(read('Telefoons dood\nSinds 8 uur vanochtend gaat geen enkele telefoon meer over en klanten horen een bezettoon.').impact.value)).toBe('loss');
  });

  it('gives probabilities between 0 and 1', () => {
    const m = read('Calls drop\nSome calls drop.');
    for (const p of [m.impact.probability, m.env.probability, m.workaround.probability]) expect(p >= 0 && p <= 1).toBe(true);
  });

  it("shows only words of the ticket's own text", () => {
    const text = 'Voicemail\nVoicemails are no longer emailed to us since yesterday.';
    const folded = text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ');
    for (const w of read(text).impact.words.flatMap((x) => x.split(' '))) expect(folded).toContain(w);
  });

  it('reads the same text the same way every time', () => {
    const text = 'Queue\nCallers wait in the queue forever.';
    expect(read(text)).toEqual(read(text));
  });
});
