// Training of the statistical fact reading (src/classify/model): one multinomial logistic regression per fact, over the
// features of the customer's own words (`textFeatures`) and of the rules' reading on record (`rulesFeatures`), for
// `train-classify-model.mjs`, which writes the weights and cross-validates them. Deterministic: the same tickets give the
// same weights.

/** The value of a fact a labelled ticket expects, as a class of its model (`none`: a ticket that states no impact). */
export const expectedValue = (ticket, fact) => (fact === 'impact' ? ticket.expected.impact ?? 'none' : ticket.expected[fact]);

/**
 * Weights for one fact, telling its `classes` apart, trained on tickets that carry `features` (strings): features met
 * in at least `minCount` tickets, Adagrad steps on the log loss with an L2 penalty, `epochs` passes in a seeded order.
 *
 * @returns {{ classes: string[], vocab: string[], weights: Float64Array[], bias: number[] }}
 */
export function trainFact(tickets, fact, classes, { minCount = 3, epochs = 8, rate = 0.2, l2 = 1e-4, seed = 7 } = {}) {
  const count = new Map();
  for (const t of tickets) for (const f of t.features) count.set(f, (count.get(f) ?? 0) + 1);
  const vocab = [...count].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const K = classes.length;
  // Row k holds class k's weight per feature; the bias is one more column.
  const W = classes.map(() => new Float64Array(vocab.length + 1));
  const G = classes.map(() => new Float64Array(vocab.length + 1).fill(1e-8));
  const data = tickets.map((t) => [[...t.features.map((f) => index.get(f)).filter((i) => i !== undefined), vocab.length], classes.indexOf(expectedValue(t, fact))]);
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = data.map((_, i) => i);
  const probs = new Float64Array(K);
  for (let e = 0; e < epochs; e++) {
    // Fisher-Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const n of order) {
      const [xs, y] = data[n];
      if (y < 0) throw new Error(`ticket without a known ${fact} value`);
      let max = -Infinity;
      for (let k = 0; k < K; k++) { let s = 0; for (const j of xs) s += W[k][j]; probs[k] = s; if (s > max) max = s; }
      let z = 0;
      for (let k = 0; k < K; k++) { probs[k] = Math.exp(probs[k] - max); z += probs[k]; }
      for (let k = 0; k < K; k++) {
        const g = probs[k] / z - (k === y ? 1 : 0);
        const w = W[k], acc = G[k];
        for (const j of xs) { const d = g + l2 * w[j]; acc[j] += d * d; w[j] -= (rate / Math.sqrt(acc[j])) * d; }
      }
    }
  }
  return { classes, vocab, weights: W.map((w) => w.subarray(0, vocab.length)), bias: W.map((w) => w[vocab.length]) };
}
