import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, ENVS, IMPACTS } from '../../src/classify';
import type { Classification, Env, Impact, PriorityId } from '../../src/classify';
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

// Floors at the accuracy reached: development 416/430 English and 415/430 Dutch; held-out 68/80 English
// and 71/80 Dutch when last evaluated (regression guards, not tuned to the held-out part).
const DEV_FLOOR = 0.96;
const HELDOUT_FLOOR_EN = 68 / 80;
const HELDOUT_FLOOR_NL = 71 / 80;

const policy = defaultPolicy();
const DIR = join(__dirname, 'corpus');

function load(part: string): Ticket[] {
  return (['en', 'nl'] as const).flatMap((lang) => {
    const file = join(DIR, part, `${lang}.ndjson`);
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Ticket);
  });
}

const read = (tickets: Ticket[]): { t: Ticket; c: Classification }[] =>
  tickets.map((t) => ({ t, c: classify({ text: `${t.subject}\n${t.body}`, requested: t.requested }, policy) }));
const accuracy = (rows: { t: Ticket; c: Classification }[]) => rows.filter((r) => r.c.priority === r.t.expected.priority).length / rows.length;
const ofLang = (rows: { t: Ticket; c: Classification }[], lang: string) => rows.filter((r) => r.t.lang === lang);

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

  it.each(['en', 'nl'])('gets at least 96%% of the %s priorities right', (lang) => {
    expect(accuracy(ofLang(rows, lang))).toBeGreaterThanOrEqual(DEV_FLOOR);
  });

  it('never rates a priority 1 ticket 3', () => {
    expect(rows.filter((r) => r.t.expected.priority === 1 && r.c.priority === 3).map((r) => r.t.id)).toEqual([]);
  });

  it('lowers a filed priority only on a stated fact', () => {
    expect(rows.filter((r) => r.c.reclassified === 'down' && r.c.confidence !== 'high').map((r) => r.t.id)).toEqual([]);
  });
});

describe('the held-out part', () => {
  const tickets = load('heldout');
  const rows = read(tickets);
  const present = tickets.length > 0 ? it : it.skip;

  present('never rates a priority 1 ticket 3', () => {
    expect(rows.filter((r) => r.t.expected.priority === 1 && r.c.priority === 3).length).toBe(0);
  });

  present('lowers a filed priority only on a stated fact', () => {
    expect(rows.filter((r) => r.c.reclassified === 'down' && r.c.confidence !== 'high').length).toBe(0);
  });

  present.each([
    ['en', HELDOUT_FLOOR_EN],
    ['nl', HELDOUT_FLOOR_NL],
  ])('gets the %s priorities right at least at the level reached (%s)', (lang, floor) => {
    expect(accuracy(ofLang(rows, lang as string))).toBeGreaterThanOrEqual(floor as number);
  });
});
