import { classify, extractFacts } from '../../src/classify';
import type { PriorityId } from '../../src/classify';
import { findRate } from '../../src/classify/find-rate';
import { defaultPolicy } from '../../src/policy/load-policy';

// Classes of words and clause structures added for the kinds of miss the ninth development batch (dev/*-d9, four
// fresh authors) showed. One behaviour each, in English and in Dutch, with sentences of our own, not the corpus tickets'.
const policy = defaultPolicy();
// Read by the phrases and recognisers alone: these pin how they read wording; test/classify/model pins the verdict
// that also weighs the statistical reading.
const read = (subject: string, body: string, requested: PriorityId | null = null) => classify({ text: `${subject}\n${body}`, requested, reading: 'rules' }, policy);

describe('a failure that is over, asked about or only a case considered', () => {
  it('reads an error that "only happened once" as over, leaving the question (en)', () => {
    expect(read('Error code', "One agent saw a 'negotiation timeout' pop-up. It only happened once and hasn't come back since. What does that code mean?", 2).priority).toBe(3);
  });

  it('reads an error that "niet meer voorgekomen" is as over, leaving the question (nl)', () => {
    expect(read('Foutcode', "Een agent zag een melding 'timeout'. Het is daarna niet meer voorgekomen. Wat betekent die code?", 2).priority).toBe(3);
  });

  it('reads a way round planned "if" the calls stop as no workaround (en)', () => {
    const c = read('Maintenance', 'Will our calls be interrupted during the planned maintenance? If so we must prepare a redirect to mobile phones.', 2);
    expect([c.priority, c.facts.workaround]).toEqual([3, 'unknown']);
  });

  it('reads a way round planned "mocht" the calls stop as no workaround (nl)', () => {
    expect(read('Onderhoud', 'Is er gepland onderhoud? Mocht het bellen uitvallen, dan schakelen we door naar mobiel.', 2).facts.workaround).toBe('unknown');
  });

  it('reads "so it does not happen again" as no failure beside a question (en)', () => {
    expect(read('Re: outage', 'Everything works again. What caused it, and what will you do so it does not happen again?', 1).priority).toBe(3);
  });
});

describe('losses said in other words', () => {
  it('reads "they can\'t get through" beside a menu that cuts off as a loss (en)', () => {
    expect(read('Menu silent', 'Our menu has stopped working: callers get silence and after 30 secs it cuts off. Patients say they cant get through.', 2).priority).toBe(1);
  });

  it('reads "tonen helemaal niks meer" as a loss (nl)', () => {
    expect(read('Wallboards zwart', 'De wallboards tonen sinds dinsdag helemaal niks meer.', 2).priority).toBe(1);
  });

  it('reads "niks meer gehoord" as no loss (nl)', () => {
    expect(extractFacts('Re: ticket\nIk heb de logs gestuurd en sindsdien niks meer gehoord.').impact).toBeNull();
  });

  it('reads "the menu repeats 3 times" as no recurrence (en)', () => {
    expect(read('IVR', 'Callers press 1 and nothing happens, the menu repeats 3 times and then the call is cut. No call arrives.', 3).priority).toBe(1);
  });

  it('reads "het menu herhaalt 3 keer" as no recurrence (nl)', () => {
    expect(read('Keuzemenu', 'Bellers drukken 1 en er gebeurt niets, het menu herhaalt 3 keer en dan wordt het gesprek verbroken. Er komt geen enkel gesprek binnen.', 3).priority).toBe(1);
  });
});

describe('shares said in other words', () => {
  it('reads "every second or third attempt" as a rate (en)', () => {
    expect(findRate('Logins fail roughly every second or third attempt.')).toBe('every second or third attempt');
  });

  it('reads "not every webhook" as intermittent (en)', () => {
    expect(read('Webhooks', 'We are not receiving every status webhook; 12 of yesterday\'s went missing.', 1).facts.impact).toBe('intermittent');
  });

  it('reads "niet elke webhook" as intermittent (nl)', () => {
    expect(read('Webhooks', 'We ontvangen niet elke webhook, gisteren misten er 12.', 1).facts.impact).toBe('intermittent');
  });

  it('reads "status wisselen" as no fluctuation (nl)', () => {
    expect(extractFacts('Wachtrij\nGeen enkele agent krijgt een gesprek. Opnieuw inloggen, status wisselen: niets helpt.').impact).not.toBe('intermittent');
  });

  it('reads "trying again usually gets them in" as a workaround (en)', () => {
    expect(read('SSO', 'Logins fail every second or third attempt. Trying again usually gets them in.', 1).facts.workaround).toBe('yes');
  });
});

describe('requests for a feature said as complaints', () => {
  it('reads "still not possible ... please add" as a feature request, "not acceptable" as no failure (en)', () => {
    expect(read('Export', 'It is really not acceptable that it is still not possible to export the stats. Please add an export.', 2).priority).toBe(3);
  });

  it('reads "nog steeds niet mogelijk ... graag toevoegen" as a feature request, the chore "elke keer" as no failure (nl)', () => {
    expect(read('Voicemail', 'Het is nog steeds niet mogelijk om voicemails als bestand te mailen. Ik moet nu elke keer in de app klikken. Graag toevoegen.', 1).priority).toBe(3);
  });

  it('reads "bij jullie kan dat niet" as no failure beside a feature request (nl)', () => {
    expect(read('Terugbelverzoek', 'Andere aanbieders hebben een terugbelverzoek in het keuzemenu. Bij jullie kan dat niet. Wanneer komt er een?', 2).priority).toBe(3);
  });

  it('reads "zou fijn zijn als het weer werkt" as no feature request (nl)', () => {
    expect(read('Wallboards', 'De wallboards tonen niks meer. Zou fijn zijn als het weer werkt.', 3).facts.impact).not.toBe('feature-request');
  });

  it('reads "would be nice if it worked again" as no feature request (en)', () => {
    expect(read('Wallboards', 'The wallboards show nothing anymore. Would be nice if it worked again.', 3).facts.impact).not.toBe('feature-request');
  });

  it('reads "vraag naar Ingrid" as no question (nl)', () => {
    expect(read('Terugbelverzoek', 'Graag zsm terugbellen, vraag naar Ingrid.', 1).priority).toBe(1);
  });

  it('reads "where are recordings stored" as a question (en)', () => {
    expect(read('Recordings', 'Where are our recordings stored? Which data centre?', 2).priority).toBe(3);
  });

  it('reads "hoelang worden ze bewaard" as a question (nl)', () => {
    expect(read('Opnames', 'Waar worden de opnames opgeslagen en hoelang worden ze bewaard?', 2).priority).toBe(3);
  });
});

describe('development and places', () => {
  it('reads "the problem is in our code" as a development problem (en)', () => {
    expect(read('Script stops at 100', 'Our script stops after 100 files. We think the problem is in our code for the pagination.', 2).priority).toBe(3);
  });

  it('reads "in onze code" as a development problem (nl)', () => {
    expect(read('Script stopt', 'Ons script stopt na 100 bestanden. Volgens mij zit het probleem in onze code.', 2).priority).toBe(3);
  });

  it('reads "not seeing this on our live tenant" as healthy production (en)', () => {
    const c = read('Test tenant', 'On our test tenant 1 in 5 calls drop. Not seeing this on our live tenant.', 2);
    expect([c.priority, c.facts.env]).toEqual([3, 'staging']);
  });

  it('reads "before putting it live" as production not there yet (en)', () => {
    const c = read('UAT', 'In our UAT environment, which we use to test the IVR before putting it live, calls sometimes drop.', 2);
    expect([c.priority, c.facts.env]).toEqual([3, 'staging']);
  });

  it('reads a way round tried and failed ("hebben we geprobeerd") as none (nl)', () => {
    expect(read('Lijnen plat', 'Er komen geen gesprekken meer binnen. Doorschakelen naar een andere wachtrij hebben we geprobeerd, maar dat helpt niet.', 1).priority).toBe(1);
  });

  it('reads listening on the desk phone for now as a workaround (nl)', () => {
    expect(read('Voicemail', 'Voicemail naar mail verstuurt niets meer. We luisteren nu elk uur af op het bureautoestel.', 1).facts.workaround).toBe('yes');
  });
});
