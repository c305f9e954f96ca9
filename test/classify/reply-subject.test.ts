import { classify } from '../../src/classify';
import type { PriorityId } from '../../src/classify';
import { defaultPolicy } from '../../src/policy/load-policy';

// The subject of a reply is the earlier message's: the new words state the facts. One behaviour each, in English and in Dutch.
const policy = defaultPolicy();
// Read by the phrases and recognisers alone: these pin how they read wording; test/classify/model pins the verdict
// that also weighs the statistical reading.
const read = (subject: string, body: string, requested: PriorityId | null = 1) => classify({ text: `${subject}\n${body}`, requested, reading: 'rules' }, policy);

describe('the subject of a reply', () => {
  it('lets the new words of a reply replace the impact its subject states (en)', () => {
    const c = read('Re: Calls drop occasionally', 'It is happening again, and this time every call fails, inbound and outbound, since 13:00.', 3);
    expect([c.priority, c.facts.impact]).toEqual([1, 'outage']);
  });

  it('lets the new words of a reply replace the impact its subject states (nl)', () => {
    const c = read('Re: Gesprekken vallen af en toe weg', 'Het gebeurt weer, en nu mislukt elk gesprek, inkomend en uitgaand, sinds 13:00.', 3);
    expect([c.priority, c.facts.impact]).toEqual([1, 'function-down']);
  });

  it('keeps the impact the subject states when it is no reply (en)', () => {
    const c = read('Calls drop occasionally', 'It is happening again, and this time every call fails, inbound and outbound, since 13:00.', 3);
    expect([c.priority, c.facts.impact]).toEqual([2, 'intermittent']);
  });

  it('keeps the impact the subject states when it is no reply (nl)', () => {
    const c = read('Gesprekken vallen af en toe weg', 'Het gebeurt weer, en nu mislukt elk gesprek, inkomend en uitgaand, sinds 13:00.', 3);
    expect([c.priority, c.facts.impact]).toEqual([2, 'intermittent']);
  });
});
