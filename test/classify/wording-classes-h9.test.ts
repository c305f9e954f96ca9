import { classify } from '../../src/classify';
import type { PriorityId } from '../../src/classify';
import { defaultPolicy } from '../../src/policy/load-policy';

// Word classes and clause structures added for the kinds of miss the ninth held-out part (retired into dev/*-h9)
// showed. Sentences of our own; one behaviour each, in both languages.
const policy = defaultPolicy();
// Read by the phrases and recognisers alone: these pin how they read wording; test/classify/model pins the verdict
// that also weighs the statistical reading.
const read = (subject: string, body: string, requested: PriorityId | null = null) => classify({ text: `${subject}\n${body}`, requested, reading: 'rules' }, policy);

describe("the vendor's developer portal is no development place", () => {
  it('reads a live integration whose log in the developer portal is empty as production (en)', () => {
    const c = read('Webhooks stopped', 'Our webhook endpoint has not received a single event since 03:00. The delivery log in the developer portal shows nothing for today either.', 2);
    expect([c.facts.env, c.priority]).toEqual(['production', 1]);
  });

  it('reads a live integration whose log in the ontwikkelaarsportaal is empty as production (nl)', () => {
    const c = read('Geen webhooks', 'Sinds 03:00 komt er geen enkel event meer binnen op onze webhook. Het afleverlog in het ontwikkelaarsportaal toont vandaag ook niets.', 2);
    expect([c.facts.env, c.priority]).toEqual(['production', 1]);
  });

  it('still reads a developer account the customer builds on as a test place (en)', () => {
    expect(read('Token', 'We are building our integration on our developer account and the token call returns 401.', 1).priority).toBe(3);
  });

  it('still reads an ontwikkelserver as a development place (nl)', () => {
    expect(read('Token', 'Op onze ontwikkelserver krijgen we bij het ophalen van een token een 401.', 1).facts.env).toBe('development');
  });
});

describe('a way round denied to exist by the words that close its clause', () => {
  it('reads "een handmatige manier ... is er niet" as no workaround (nl)', () => {
    const c = read('Herinneringen', 'Sinds 9.00 gaat er geen enkele herinnering meer uit. Een handmatige manier om die duizenden berichten te versturen is er niet.', 1);
    expect([c.facts.workaround, c.priority]).toEqual(['no', 1]);
  });

  it('reads "there is no manual way" as no workaround (en)', () => {
    const c = read('Reminders', 'Since 9am not a single reminder has gone out. There is no manual way to send those thousands of messages.', 1);
    expect([c.facts.workaround === 'yes', c.priority]).toEqual([false, 1]);
  });

  it('keeps a way round whose clause closes on a denial of something else (nl)', () => {
    const c = read('Bellen', 'Niemand kan bellen. Voorlopig bellen we met onze mobiel, dat is het probleem niet.', 1);
    expect(c.facts.workaround).toBe('yes');
  });
});
