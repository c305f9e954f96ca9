import { classify } from '../../src/classify';
import type { PriorityId } from '../../src/classify';
import { missingFeature } from '../../src/classify/missing-feature';
import { defaultPolicy } from '../../src/policy/load-policy';

// Classes of words and clause structures added for the kinds of miss the thirteenth development batch (dev/*-d13, four
// fresh authors on the same borders as the twelfth) showed. One behaviour each, in English and in Dutch.
const policy = defaultPolicy();
// Read by the phrases and recognisers alone: these pin how they read wording; test/classify/model pins the verdict
// that also weighs the statistical reading.
const read = (subject: string, body: string, requested: PriorityId | null = null) => classify({ text: `${subject}\n${body}`, requested, reading: 'rules' }, policy);

describe('more ways to say the product lacks something', () => {
  it('finds "is not currently supported" (en)', () => {
    expect(missingFeature('External transfer "is not currently supported in the browser client".')).toBe('is not currently supported');
  });

  it('finds "every other phone system we\'ve used can" (en)', () => {
    expect(missingFeature("Every other phone system we've used can do this.")).toBe('every other phone system weve used can');
  });

  it('finds "maar één veld" (nl)', () => {
    expect(missingFeature('Ik zie in het portaal maar één veld voor de wachtmelding.')).toBe('maar één veld');
  });

  it('finds "andere pakketten die wij gebruiken hebben" (nl)', () => {
    expect(missingFeature('Andere pakketten die wij gebruiken hebben gewoon een exportknop.')).toBe('andere pakketten die wij gebruiken hebben');
  });

  it('reads "not working" beside "the only languages in the list" and a request as a feature request (en)', () => {
    expect(read('Transcription not working for Irish', 'The only languages in the list are English and French. Could you add Irish?', 1).priority).toBe(3);
  });

  it('reads "werkt niet" beside "geen blok voor" and a request as a feature request (nl)', () => {
    expect(read('WhatsApp werkt niet', 'Er is geen blok voor WhatsApp in het belplan. Kunnen jullie dit mogelijk maken?', 1).priority).toBe(3);
  });
});

describe('a laptop the writer tests from is no development environment', () => {
  it('reads "vanaf mijn laptop" as no development place (nl)', () => {
    const c = read('API geeft 500', 'De API geeft op elke aanroep een 500, niemand kan nog bellen. Met curl vanaf mijn laptop hetzelfde.', 1);
    expect([c.priority, c.facts.env]).toEqual([1, 'production']);
  });

  it('reads "from my laptop" as no development place (en)', () => {
    const c = read('API returns 500', 'Every API call returns 500 and nobody can call out. Same from my laptop at home.', 1);
    expect([c.priority, c.facts.env]).toEqual([1, 'production']);
  });

  it('reads a laptop the writer builds on as a development problem, by the building, not by "on my laptop" (en)', () => {
    expect(read('Socket', 'On my laptop the websocket closes after a minute while I build the integration.', 2).facts.impact).toBe('development');
  });
});

describe('a question beside a loss stated in a sentence of its own', () => {
  it('raises a ticket filed 3 that asks what an error means and says nobody can be called (nl)', () => {
    const c = read('Wat betekent 403?', 'Korte vraag: wat betekent 403 Forbidden? Sinds vanochtend kunnen we geen enkele klant bellen.', 3);
    expect([c.priority, c.needsReview]).toEqual([1, true]);
  });

  it('raises a ticket filed 3 that asks what an error means and says nobody can call out (en)', () => {
    const c = read('Error 403', 'Quick one: what does this error mean? Since this morning we cannot call any customer.', 3);
    expect([c.priority, c.needsReview]).toEqual([1, true]);
  });

  it('keeps a ticket filed 1 at 1 for review when a question and a failure conflict (en)', () => {
    const c = read('Error 403', 'What does this error mean? Since this morning we cannot call any customer.', 1);
    expect([c.priority, c.needsReview]).toEqual([1, true]);
  });
});
