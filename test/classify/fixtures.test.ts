import { classify } from '../../src/classify';
import type { PriorityId } from '../../src/classify';
import { defaultPolicy } from '../../src/policy/load-policy';
import fixtures from './fixtures/tickets.json';

interface Ticket {
  id: string;
  lang: 'en' | 'nl';
  subject: string;
  body: string;
  requested?: PriorityId;
  priority: PriorityId;
  why: string;
}

const tickets = fixtures.tickets as Ticket[];
const policy = defaultPolicy();

describe('fixture tickets', () => {
  it('are at least 40, half English and half Dutch, with unique ids', () => {
    expect(tickets.length).toBeGreaterThanOrEqual(40);
    expect(tickets.filter((t) => t.lang === 'en').length).toBe(tickets.filter((t) => t.lang === 'nl').length);
    expect(new Set(tickets.map((t) => t.id)).size).toBe(tickets.length);
  });

  it('cover every priority, both reclassifications and tickets filed without a priority', () => {
    const verdicts = tickets.map((t) => classify({ text: `${t.subject}\n${t.body}`, requested: t.requested }, policy));
    expect(new Set(verdicts.map((v) => v.priority))).toEqual(new Set([1, 2, 3]));
    expect(verdicts.some((v) => v.reclassified === 'up')).toBe(true);
    expect(verdicts.some((v) => v.reclassified === 'down')).toBe(true);
    expect(verdicts.some((v) => v.requested === null)).toBe(true);
  });

  it.each(tickets.map((t) => [t.id, t] as const))('%s gets the priority a careful agent gives', (_id, t) => {
    const c = classify({ text: `${t.subject}\n${t.body}`, requested: t.requested }, policy);
    expect({ priority: c.priority, why: t.why }).toEqual({ priority: t.priority, why: t.why });
    const filed = t.requested ?? 3;
    expect(c.reclassified).toBe(t.priority > filed ? 'down' : t.priority < filed ? 'up' : null);
    expect(c.reasons.length).toBeGreaterThan(0);
  });
});
