import { classify } from '../../src/classify';
import type { PriorityId } from '../../src/classify';
import { defaultPolicy } from '../../src/policy/load-policy';

// Words saying something does not work, outside the phrases, keep a question word from lowering a ticket. One behaviour each, in English and in Dutch.
const policy = defaultPolicy();
// Read by the phrases and recognisers alone: these pin how they read wording; test/classify/model pins the verdict
// that also weighs the statistical reading.
const read = (subject: string, body: string, requested: PriorityId | null = 1) => classify({ text: `${subject}\n${body}`, requested, reading: 'rules' }, policy);

describe('a failure next to a question', () => {
  it('reads a negation far from the word of a change as a failure that keeps the filed priority (en)', () => {
    const c = read('Question', 'Just a question: our agents are unable to ring out since the firewall change this morning. Is that related?', 1);
    expect([c.priority, c.needsReview]).toEqual([1, true]);
  });

  it('reads a Dutch negation after its object as negating that verb, not as a failure (nl)', () => {
    const c = read('Factuur', 'Ik snap de regel op onze factuur van maart niet. Kunnen jullie dat uitleggen?', 2);
    expect([c.priority, c.facts.impact]).toEqual([3, 'question']);
  });
});
