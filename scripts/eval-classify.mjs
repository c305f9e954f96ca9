// `npm run eval:classify`: how well `sla classify` reads the labelled corpus of
// test/classify/corpus/, per part (dev, heldout). The classifier is bundled
// with esbuild and run in process, so the whole corpus takes well under a second.
//
// Options: --part dev|heldout (default both), --quiet (figures only, no misses).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const partArg = args.includes('--part') ? args[args.indexOf('--part') + 1] : undefined;
const parts = partArg ? [partArg] : ['dev', 'heldout'];

const dir = mkdtempSync(join(tmpdir(), 'sla-eval-'));
const out = join(dir, 'classify.js');
await build({
  stdin: {
    contents: "export { classify } from './src/classify'; export { defaultPolicy } from './src/policy/load-policy';",
    resolveDir: root,
    loader: 'ts',
  },
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  logLevel: 'warning',
});
const { classify, defaultPolicy } = createRequire(import.meta.url)(out);
rmSync(dir, { recursive: true, force: true });
const policy = defaultPolicy();

const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);

function load(part) {
  const tickets = [];
  for (const lang of ['en', 'nl']) {
    const file = join(root, 'test', 'classify', 'corpus', part, `${lang}.ndjson`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) tickets.push(JSON.parse(line));
  }
  return tickets;
}

function evaluate(part) {
  const tickets = load(part);
  console.log(`\n== ${part}: ${tickets.length} tickets`);
  if (tickets.length === 0) return;
  const started = process.hrtime.bigint();
  const rows = tickets.map((t) => ({ t, c: classify({ text: `${t.subject}\n${t.body}`, requested: t.requested }, policy) }));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const right = (r) => r.c.priority === r.t.expected.priority;
  console.log(`priority    ${pct(rows.filter(right).length, rows.length)}  (${(ms / rows.length).toFixed(3)} ms a ticket)`);
  for (const lang of ['en', 'nl']) {
    const of = rows.filter((r) => r.t.lang === lang);
    console.log(`  ${lang}        ${pct(of.filter(right).length, of.length)}`);
  }
  const factOf = { env: (c) => c.facts.env, impact: (c) => c.facts.impact, workaround: (c) => c.facts.workaround };
  for (const [fact, get] of Object.entries(factOf)) {
    console.log(`${fact.padEnd(11)} ${pct(rows.filter((r) => get(r.c) === r.t.expected[fact]).length, rows.length)}`);
  }
  console.log('confusion   rows expected, columns given');
  console.log('              P1   P2   P3');
  for (const e of [1, 2, 3]) {
    const cells = [1, 2, 3].map((g) => String(rows.filter((r) => r.t.expected.priority === e && r.c.priority === g).length).padStart(5));
    console.log(`  expected P${e}${cells.join('')}`);
  }
  const expectedChange = (t) => {
    const filed = t.requested ?? 3;
    return t.expected.priority > filed ? 'down' : t.expected.priority < filed ? 'up' : null;
  };
  console.log(`reclassify  ${pct(rows.filter((r) => r.c.reclassified === expectedChange(r.t)).length, rows.length)}`);
  const p1as3 = rows.filter((r) => r.t.expected.priority === 1 && r.c.priority === 3);
  const unfounded = rows.filter((r) => r.c.reclassified === 'down' && r.c.confidence !== 'high');
  console.log(`hard rules  P1 rated 3: ${p1as3.length}; lowered without a stated fact: ${unfounded.length}; needs review: ${rows.filter((r) => r.c.needsReview).length}`);
  if (quiet) return;
  const misses = rows.filter((r) => !right(r) || ['env', 'impact', 'workaround'].some((f) => factOf[f](r.c) !== r.t.expected[f]));
  for (const { t, c } of misses) {
    const wrong = ['env', 'impact', 'workaround'].filter((f) => factOf[f](c) !== t.expected[f]).map((f) => `${f} ${factOf[f](c)}≠${t.expected[f]}`);
    console.log(`\n${right({ t, c }) ? 'fact' : 'MISS'} ${t.id}: P${c.priority} for P${t.expected.priority} (filed ${t.requested ?? '-'}) ${wrong.join(', ')}`);
    console.log(`  ${t.subject} | ${t.why}`);
    console.log(`  matched: ${c.matched.map((m) => `${m.fact}=${m.value} "${m.phrase}"${m.negatedBy ? ` (negated by ${m.negatedBy})` : ''}`).join('; ') || 'nothing'}`);
  }
}

for (const part of parts) evaluate(part);
