// Trains the statistical fact reading of `sla classify` (src/classify/model) on the development part and writes its
// weights to src/classify/model/weights.json. The held-out part is never read here.
//
// Usage: node scripts/train-classify-model.mjs                   write the weights
//        node scripts/train-classify-model.mjs --check           exit 1 when the written weights differ from a fresh
//                                                                training (the file is built from the corpus, never edited)
//        node scripts/train-classify-model.mjs --record          add the rules' reading of every development ticket that
//                                                                has none on record (run it when a batch is added,
//                                                                before its wording changes any phrase)
//        node scripts/train-classify-model.mjs --cross-validate  for each batch of the development part, train without it
//                                                                and classify it: the model's accuracy on wording it has
//                                                                not seen (the rules have seen every development ticket)
import { execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainFact } from './fact-model.mjs';
import { loadSources, root } from './load-sources.mjs';

const { textFeatures, rulesFeatures, rulesReadingOf, stripThread, applyRules, classify, ENVS, IMPACTS, WORKAROUNDS, combinedFacts, modelReader, defaultPolicy } = await loadSources(
  "export { textFeatures, rulesFeatures, rulesReadingOf } from './src/classify/model/features'; export { stripThread, applyRules, classify, ENVS, IMPACTS, WORKAROUNDS } from './src/classify'; export { combinedFacts } from './src/classify/model/combine-readings'; export { modelReader } from './src/classify/model/read-model'; export { defaultPolicy } from './src/policy/load-policy';",
);
const READINGS = join(root, 'test', 'classify', 'corpus', 'dev-readings.ndjson');
// The values each fact model tells apart, in the vocabulary's order (the order of the weights); `none` is a ticket
// that states no impact.
const FACT_VALUES = { impact: [...IMPACTS, 'none'], env: [...ENVS], workaround: [...WORKAROUNDS] };
const trainAll = (tickets) => Object.fromEntries(Object.entries(FACT_VALUES).map(([fact, classes]) => [fact, trainFact(tickets, fact, classes)]));

// Weights are stored as signed bytes (a fact's largest weight is 127 steps), base64-encoded: the file is a quarter of
// what decimal numbers take, and a step (about 0.015) moves no probability a verdict depends on.
const STEPS = 127;
const DIGITS = 3;

/**
 * The tickets of the development part, with the rules' reading on record (`dev-readings.ndjson`: the verdict of the
 * rules before the ticket's wording was used to change them) and the features of that reading and of the customer's
 * own words.
 */
export function developmentTickets() {
  const folder = join(root, 'test', 'classify', 'corpus', 'dev');
  const readings = new Map(
    readFileSync(READINGS, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => { const r = JSON.parse(l); return [r.id, r]; }),
  );
  const tickets = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.ndjson')).sort()) {
    for (const line of readFileSync(join(folder, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const t = JSON.parse(line);
      const rules = readings.get(t.id);
      if (rules === undefined) {
        console.error(`${t.id}: no reading of the rules on record in test/classify/corpus/dev-readings.ndjson; run node scripts/train-classify-model.mjs --record before the ticket's wording changes any phrase`);
        process.exit(2);
      }
      const text = stripThread(`${t.subject}\n${t.body}`);
      tickets.push({ ...t, file: name, text, rules, features: [...textFeatures(text), ...rulesFeatures(rules)] });
    }
  }
  return tickets;
}

const round = (w) => Number(w.toFixed(DIGITS));

/** Appends the rules' reading (today's phrases alone) of every development ticket without one on record. */
function record() {
  const policy = defaultPolicy();
  const known = new Set(readFileSync(READINGS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).id));
  let code = 'unknown';
  try {
    code = execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    // Outside a git checkout the code that read the tickets is not known; the reading is recorded all the same.
  }
  const folder = join(root, 'test', 'classify', 'corpus', 'dev');
  const lines = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.ndjson')).sort()) {
    for (const line of readFileSync(join(folder, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const t = JSON.parse(line);
      if (known.has(t.id)) continue;
      const r = rulesReadingOf(classify({ text: `${t.subject}\n${t.body}`, requested: t.requested, reading: 'rules' }, policy));
      lines.push(JSON.stringify({ id: t.id, code, ...r }));
    }
  }
  if (lines.length > 0) appendFileSync(READINGS, `${lines.join('\n')}\n`);
  console.log(`recorded the rules' reading of ${lines.length} development tickets (code ${code})`);
}

// A batch is what one set of authors wrote: `en-d33.ndjson` and `nl-d33.ndjson` are batch d33; `en.ndjson` and
// `nl.ndjson` the first one.
const batchOf = (ticket) => ticket.file.replace(/^(en|nl)-?/, '').replace(/\.ndjson$/, '') || 'first';

function crossValidate(all) {
  const batches = [...new Set(all.map(batchOf))];
  const total = { n: 0, rules: 0, combined: 0, en: [0, 0], nl: [0, 0], p1as3: 0, rulesP1as3: 0, lowered: 0 };
  const pct = (a, n) => `${((100 * a) / n).toFixed(1)}%`;
  for (const batch of batches) {
    const test = all.filter((t) => batchOf(t) === batch);
    const train = all.filter((t) => batchOf(t) !== batch);
    const read = modelReader(weightsDocument(trainAll(train), train.length));
    let rules = 0, combined = 0;
    for (const t of test) {
      const filed = t.requested ?? 3;
      const ruleFacts = { env: t.rules.env, impact: t.rules.impact, workaround: t.rules.workaround };
      const model = read(t.text, t.rules);
      // A review on record with an impact is one over statements that conflict (without one, over a missing impact).
      const { facts, decided: d } = combinedFacts(ruleFacts, { priority: t.rules.priority, conflict: t.rules.needsReview && t.rules.impact !== null }, model, filed);
      const changed = d.env || d.impact || d.workaround;
      const priority = changed ? applyRules(facts, filed).priority : t.rules.priority;
      if (t.rules.priority === t.expected.priority) rules++;
      if (priority === t.expected.priority) { combined++; total[t.lang][0]++; }
      total[t.lang][1]++;
      if (t.expected.priority === 1 && priority === 3) total.p1as3++;
      if (t.expected.priority === 1 && t.rules.priority === 3) total.rulesP1as3++;
      if (changed && priority > filed) total.lowered++;
    }
    total.n += test.length; total.rules += rules; total.combined += combined;
    console.log(`${batch.padEnd(6)} ${String(test.length).padStart(4)}  rules ${pct(rules, test.length).padStart(6)}  with the model ${pct(combined, test.length).padStart(6)}`);
  }
  console.log(`all    ${total.n}  rules ${pct(total.rules, total.n)}  with the model ${pct(total.combined, total.n)} (English ${pct(...total.en)}, Dutch ${pct(...total.nl)})`);
  console.log(`priority 1 rated 3: rules ${total.rulesP1as3}, with the model ${total.p1as3}; lowered by the model: ${total.lowered}`);
}

/**
 * The weights document: one list of features shared by the fact models, and per fact its values, a bias per value, the
 * size of one step, and per feature one weight per value in steps (signed bytes, feature by feature, base64).
 */
function weightsDocument(models, trainedOn) {
  const features = [...new Set(Object.values(models).flatMap((m) => m.vocab))].sort();
  const facts = {};
  for (const [fact, m] of Object.entries(models)) {
    const index = new Map(m.vocab.map((f, i) => [f, i]));
    const largest = Math.max(...m.weights.map((w) => w.reduce((a, x) => Math.max(a, Math.abs(x)), 0)));
    const step = Number((largest / STEPS).toPrecision(6));
    const bytes = new Int8Array(features.length * m.classes.length);
    features.forEach((f, n) => {
      const i = index.get(f);
      if (i !== undefined) for (let k = 0; k < m.classes.length; k++) bytes[n * m.classes.length + k] = Math.max(-STEPS, Math.min(STEPS, Math.round(m.weights[k][i] / step)));
    });
    facts[fact] = { values: m.classes, bias: m.bias.map(round), step, weights: Buffer.from(bytes.buffer).toString('base64') };
  }
  return { about: 'Weights of the statistical fact reading, built by scripts/train-classify-model.mjs from the development part of test/classify/corpus. Do not edit.', trainedOn, features, facts };
}

if (process.argv.includes('--record')) {
  record();
  process.exit(0);
}
const tickets = developmentTickets();
if (process.argv.includes('--cross-validate')) {
  crossValidate(tickets);
  process.exit(0);
}
const models = trainAll(tickets);
const text = `${JSON.stringify(weightsDocument(models, tickets.length))}\n`;
const target = join(root, 'src', 'classify', 'model', 'weights.json');
if (process.argv.includes('--check')) {
  const same = readFileSync(target, 'utf8') === text;
  console.log(same ? `weights.json matches a training on ${tickets.length} development tickets` : 'weights.json differs from a training on the development part: run node scripts/train-classify-model.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(target, text);
console.log(`trained on ${tickets.length} development tickets; ${JSON.parse(text).features.length} features; ${(text.length / 1024).toFixed(0)} KB written to src/classify/model/weights.json`);
