import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, ENVS, IMPACTS } from '../../src/classify';
import type { Classification, Env, Impact, PriorityId, Reading } from '../../src/classify';
import { defaultPolicy } from '../../src/policy/load-policy';

// The labelled corpus (test/classify/corpus/README.md). The figures asserted
// here are the ones `npm run eval:classify` prints; the floors sit at the level
// reached, so a change that reads tickets worse fails here.

interface Ticket {
  id: string;
  lang: 'en' | 'nl';
  subject: string;
  body: string;
  requested: PriorityId | null;
  expected: { priority: PriorityId; env: Env; impact: Impact | null; workaround: 'yes' | 'no' | 'unknown' };
  why: string;
}

// Floors on the development part (7,920 tickets: the engineers' own, the first nine held-out parts retired into it,
// and twenty-seven batches by fresh authors, dev/*-d7 to dev/*-d33). The model was trained on this part, so the verdict
// that weighs it fits these tickets (99.5%, English 99.5%, Dutch 99.6%): the floor guards the training and the
// combination, not a reading of unseen wording (that is `node scripts/train-classify-model.mjs --cross-validate` and the
// held-out part). Read by the phrases alone, 94.4% English and 94.3% Dutch (the ninth part joined at 87%): the floor
// guards the phrases and recognisers.
const DEV_FLOOR = 0.99;
const DEV_RULES_FLOOR = 0.94;
// The held-out part (written blind by authors who have not seen the phrase data, the model or the development
// part) must be in place: an empty or missing part fails here rather than passing unmeasured.
const HELDOUT_MIN_TICKETS = 150;
// Held-out floors, per language: the figures reached when the part (the tenth, en-h10/nl-h10) was first evaluated
// (97/100 English, 100/100 Dutch), as regression guards, never tuned towards. The requirement is 95% in each language.
const HELDOUT_FLOOR_EN = 0.97;
const HELDOUT_FLOOR_NL = 1;
// The hard rules ask for none of either, and the first evaluation found none.
const HELDOUT_P1_RATED_3_MAX = 0;
const HELDOUT_UNSHOWN_DOWNGRADES_MAX = 0;

const policy = defaultPolicy();
const DIR = join(__dirname, 'corpus');

// A part is every `*.ndjson` file in its folder, in name order; each ticket's `lang` says its language.
function load(part: string): Ticket[] {
  const folder = join(DIR, part);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ndjson'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(folder, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Ticket),
    );
}

const read = (tickets: Ticket[], reading: Reading = 'combined'): { t: Ticket; c: Classification }[] =>
  tickets.map((t) => ({ t, c: classify({ text: `${t.subject}\n${t.body}`, requested: t.requested, reading }, policy) }));
const accuracy = (rows: { t: Ticket; c: Classification }[]) => rows.filter((r) => r.c.priority === r.t.expected.priority).length / rows.length;
const ofLang = (rows: { t: Ticket; c: Classification }[], lang: string) => rows.filter((r) => r.t.lang === lang);

// The fact a verdict rests on: the kind of ticket, the environment, the workaround, or the impact.
function decidingFact(c: Classification): 'env' | 'impact' | 'workaround' {
  const { env, impact, workaround } = c.facts;
  if (impact === 'question' || impact === 'how-to' || impact === 'feature-request' || impact === 'development') return 'impact';
  if (env !== 'production') return 'env';
  if (workaround === 'yes' && (impact === null || impact === 'outage' || impact === 'function-down')) return 'workaround';
  return 'impact';
}

// Tickets lowered without the deciding fact among the verdict's phrases: a downgrade must show what it rests on.
const unshown = (rows: { t: Ticket; c: Classification }[]) =>
  rows
    .filter((r) => r.c.reclassified === 'down')
    .filter((r) => r.c.confidence !== 'high' || !r.c.matched.some((m) => m.fact === decidingFact(r.c) && m.value === r.c.facts[decidingFact(r.c)]))
    .map((r) => r.t.id);

describe('the corpus format', () => {
  const all = [...load('dev'), ...load('heldout')];

  it('has unique ids', () => {
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
  });

  it('labels every ticket with the accepted values', () => {
    for (const t of all) {
      expect([t.id, [1, 2, 3, null].includes(t.requested)]).toEqual([t.id, true]);
      expect([t.id, [1, 2, 3].includes(t.expected.priority)]).toEqual([t.id, true]);
      expect([t.id, ENVS.includes(t.expected.env)]).toEqual([t.id, true]);
      expect([t.id, t.expected.impact === null || IMPACTS.includes(t.expected.impact)]).toEqual([t.id, true]);
      expect([t.id, ['yes', 'no', 'unknown'].includes(t.expected.workaround)]).toEqual([t.id, true]);
    }
  });

  it('labels every development priority by the policy rules from the labelled facts', () => {
    for (const t of load('dev')) {
      const { env, impact, workaround } = t.expected;
      const rule =
        impact === 'question' || impact === 'how-to' || impact === 'feature-request' || impact === 'development'
          ? 3
          : env !== 'production'
            ? 3
            : impact === 'outage' || impact === 'function-down'
              ? workaround === 'yes' ? 2 : 1
              : impact === 'degraded' || impact === 'intermittent'
                ? 2
                : (t.requested ?? 3);
      expect([t.id, t.expected.priority]).toEqual([t.id, rule]);
    }
  });
});

describe('the development part', () => {
  const tickets = load('dev');
  const rows = read(tickets);

  it('has at least 80 English and 80 Dutch tickets', () => {
    expect(tickets.filter((t) => t.lang === 'en').length).toBeGreaterThanOrEqual(80);
    expect(tickets.filter((t) => t.lang === 'nl').length).toBeGreaterThanOrEqual(80);
  });

  it.each(['en', 'nl'])(`gets at least ${DEV_FLOOR * 100}%% of the %s priorities right`, (lang) => {
    expect(accuracy(ofLang(rows, lang))).toBeGreaterThanOrEqual(DEV_FLOOR);
  });

  it.each(['en', 'nl'])(`gets at least ${DEV_RULES_FLOOR * 100}%% of the %s priorities right by the phrases alone`, (lang) => {
    expect(accuracy(read(tickets.filter((t) => t.lang === lang), 'rules'))).toBeGreaterThanOrEqual(DEV_RULES_FLOOR);
  });

  it('never rates a priority 1 ticket 3', () => {
    expect(rows.filter((r) => r.t.expected.priority === 1 && r.c.priority === 3).map((r) => r.t.id)).toEqual([]);
  });

  it('lowers a filed priority only on a stated fact that the verdict shows', () => {
    expect(unshown(rows)).toEqual([]);
  });
});

describe('the held-out part', () => {
  const tickets = load('heldout');
  const rows = read(tickets);

  it(`is in place: at least ${HELDOUT_MIN_TICKETS} tickets, English and Dutch`, () => {
    expect(tickets.length).toBeGreaterThanOrEqual(HELDOUT_MIN_TICKETS);
    expect(ofLang(rows, 'en').length).toBeGreaterThan(0);
    expect(ofLang(rows, 'nl').length).toBeGreaterThan(0);
  });

  it(`rates at most ${HELDOUT_P1_RATED_3_MAX} priority 1 tickets 3 (the requirement is none)`, () => {
    expect(rows.filter((r) => r.t.expected.priority === 1 && r.c.priority === 3).length).toBeLessThanOrEqual(HELDOUT_P1_RATED_3_MAX);
  });

  it(`lowers at most ${HELDOUT_UNSHOWN_DOWNGRADES_MAX} filed priorities without a stated fact the verdict shows (the requirement is none)`, () => {
    expect(unshown(rows).length).toBeLessThanOrEqual(HELDOUT_UNSHOWN_DOWNGRADES_MAX);
  });

  it.each([
    ['en', HELDOUT_FLOOR_EN],
    ['nl', HELDOUT_FLOOR_NL],
  ])('gets at least the floor of the %s priorities right (%s)', (lang, floor) => {
    const of = ofLang(rows, lang as string);
    // An empty language has no accuracy: it fails here too.
    expect(of.length).toBeGreaterThan(0);
    expect(accuracy(of)).toBeGreaterThanOrEqual(floor as number);
  });
});
