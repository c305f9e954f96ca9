import { classify } from '../../src/classify';
import type { PriorityId } from '../../src/classify';
import { defaultPolicy } from '../../src/policy/load-policy';

// The kinds of tickets the classifier once got wrong, one behaviour each, in
// English and in Dutch, read as a whole ticket (subject, body, signature).
const policy = defaultPolicy();
const read = (subject: string, body: string, requested: PriorityId | null = 1) => classify({ text: `${subject}\n${body}`, requested }, policy);

describe('workarounds in free words', () => {
  it('reads staff calling back from their own phones as a workaround (en)', () => {
    const c = read('Outbound calls down', 'None of our agents can make outbound calls. Our staff call customers back from their own phones for the time being.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });

  it('reads forwarding to the front desk until it is fixed as a workaround (en)', () => {
    const c = read('Inbound calls', 'Inbound calls are not arriving at the queue. Until it is fixed we forward everything to the front desk.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });

  it('reads using private phones meanwhile as a workaround (nl)', () => {
    const c = read('Telefonie ligt eruit', 'Onze telefonie ligt eruit. We gebruiken zolang onze privételefoons.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });

  it('reads lines switched over to reception as a workaround (nl)', () => {
    const c = read('Servicelijn', 'Inkomende gesprekken komen niet binnen. We hebben de lijnen omgezet naar de receptie.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });
});

describe('a question about a workaround', () => {
  it('is no workaround (en)', () => {
    const c = read('Login broken', 'Nobody can log in to the agent app. Do you know any workaround?');
    expect([c.priority, c.facts.workaround]).toEqual([1, 'unknown']);
  });

  it('answered on the spot with "none" is a workaround no (en)', () => {
    const c = read('Dashboard down', 'The wallboard is down for all supervisors. Any way around this? We found none.');
    expect([c.priority, c.facts.workaround]).toEqual([1, 'no']);
  });

  it('is no workaround and no how-to question (nl)', () => {
    const c = read('Inloggen', 'Niemand kan inloggen in de agent-app. Is er een manier om dit te omzeilen?');
    expect([c.priority, c.facts.impact, c.facts.workaround]).toEqual([1, 'function-down', 'unknown']);
  });

  it('answered on the spot with "geen" is a workaround no (nl)', () => {
    const c = read('App crasht', 'De app crasht bij iedereen. Workaround? Geen.');
    expect([c.priority, c.facts.workaround]).toEqual([1, 'no']);
  });
});

describe('quoted replies and signatures', () => {
  it('ignores a workaround in an English quoted reply', () => {
    const body = 'Calls fail every time since 9:00.\n\nOn Mon, 3 Mar 2025 at 10:12, Support <s@example.com> wrote:\n> You could restart the app as a workaround';
    expect([read('Re: calls', body).priority, read('Re: calls', body).facts.workaround]).toEqual([1, 'unknown']);
  });

  it('ignores a workaround in a Dutch quoted reply', () => {
    const body = 'Uitbellen lukt helemaal niet meer.\n\nOp ma 3 mrt 2025 om 10:12 schreef Support <s@example.com>:\n> Als tijdelijke oplossing kun je de app herstarten.';
    expect(read('Re: bellen', body).facts.workaround).toBe('unknown');
  });

  it('ignores an Outlook header block and the earlier message under it (nl)', () => {
    const body = 'De opnames ontbreken voor alle gesprekken.\n\nVan: Support\nVerzonden: dinsdag 4 maart 2025 09:15\nAan: Jan\nOnderwerp: RE: opnames\n\nAls workaround kun je het archief gebruiken.';
    expect([read('RE: opnames', body, 2).priority, read('RE: opnames', body, 2).facts.workaround]).toEqual([1, 'unknown']);
  });

  it('does not read a signature as the environment (en)', () => {
    const c = read('Calls drop now and then', 'Callers get cut off now and then.\n\nKind regards,\nAnna\nAcceptance Test Manager');
    expect([c.priority, c.facts.env]).toEqual([2, 'production']);
  });
});

describe('a negator is used up by the phrase it negates', () => {
  it('negates the feature request, not the outage after it (nl)', () => {
    const c = read('Geen functieverzoek', 'Dit is geen feature request: er werkt helemaal niets.');
    expect([c.priority, c.facts.impact]).toEqual([1, 'outage']);
  });

  it('negates the question and the feature it is about, not the outage (en)', () => {
    const c = read('Not a question', 'This is not a question about a new feature, no calls come in at all.');
    expect([c.priority, c.facts.impact]).toEqual([1, 'outage']);
  });
});

describe('a healthy or not-yet-upgraded production', () => {
  it('is not the environment of the problem when it is fine (en)', () => {
    const c = read('Acceptance', 'Our live tenant is fine, only the acceptance tenant fails to route calls.');
    expect([c.priority, c.facts.env, c.reclassified]).toEqual([3, 'staging', 'down']);
  });

  it('is not the environment of the problem when all goes well there (nl)', () => {
    const c = read('Acceptatie', 'Op productie gaat alles goed, alleen de acceptatieomgeving verbindt geen gesprekken door.');
    expect(c.facts.env).toBe('staging');
  });

  it('is not the environment of the problem when it still runs the old version (nl)', () => {
    const c = read('Upgrade op test', 'Na de upgrade werkt het keuzemenu niet meer op onze testomgeving. Productie draait nog op de oude versie.');
    expect([c.priority, c.facts.env]).toEqual([3, 'staging']);
  });

  it('is not the environment of the problem when denied before a test environment (en)', () => {
    const c = read('Recordings empty', 'Recordings are empty files. Not in production, just test.');
    expect(c.facts.env).toBe('staging');
  });

  it('stays the environment when the problem is in production and not in test (en)', () => {
    expect(read('SMS', 'Sending SMS works in test, not in production: every message fails.').facts.env).toBe('production');
  });
});

describe('words in between, inflections and compounds', () => {
  it('reads a phrase with words in between (en)', () => {
    expect(read('Login', 'Nobody in the team can actually log in.').facts.impact).toBe('function-down');
  });

  it('reads an inflected verb (nl)', () => {
    expect(read('Keuzemenu', 'Het keuzemenu stuurt bellers nergens meer heen.').facts.impact).toBe('function-down');
  });

  it('reads a compound by its tail (nl)', () => {
    const c = read('Opnames', 'De gespreksopnames ontbreken sinds vrijdag.');
    expect(c.matched.map((m) => m.phrase)).toEqual(['opnames ontbreken=']);
  });

  it('reads a noun compound of call traffic by its tail (nl)', () => {
    const c = read('Verkeer', 'Er is sinds vanochtend geen inkomend belverkeer.');
    expect([c.facts.impact, c.matched.map((m) => m.phrase)]).toEqual(['outage', ['geen inkomend verkeer']]);
  });

  it('reads a participle by its stem (nl)', () => {
    expect(read('Wachtrij', 'Bellers worden nooit doorverbonden met een medewerker.').facts.impact).toBe('function-down');
  });
});

describe('intermittency stated elsewhere or as a rate', () => {
  it('reads the subject "now and then" over a body that only says callers get cut off (en)', () => {
    const c = read('Now and then calls drop', 'Callers get cut off in the middle of a conversation. Everything is down for them.');
    expect([c.priority, c.facts.impact]).toEqual([2, 'intermittent']);
  });

  it('reads "about one call in twenty" as intermittent (en)', () => {
    const c = read('Calls fail', 'Outbound calls fail with error 503, about one call in twenty.');
    expect([c.priority, c.facts.impact]).toEqual([2, 'intermittent']);
  });

  it('reads "1 op de 10" as intermittent (nl)', () => {
    const c = read('Bellen mislukt', 'Uitgaande gesprekken mislukken, ongeveer 1 op de 10.');
    expect([c.priority, c.facts.impact]).toEqual([2, 'intermittent']);
  });

  it('reads a frequency word in the subject over an outage in the body (nl)', () => {
    const c = read('Af en toe storing', 'De telefonie ligt plat.');
    expect(c.facts.impact).toBe('intermittent');
  });
});

describe('ordinary outage and function-down wording', () => {
  it.each([
    ["The phones haven't rung all morning.", 'outage'],
    ['Callers hear that the number does not exist.', 'outage'],
    ['No calls show up in the CRM since the update.', 'function-down'],
    ['All messages bounce with status failed.', 'function-down'],
  ])('reads %j (en)', (body, impact) => {
    expect(read('Urgent', body).facts.impact).toBe(impact);
  });

  it.each([
    ['Er komen geen gesprekken meer door.', 'outage'],
    ['Niemand krijgt ons aan de lijn.', 'outage'],
    ['Het keuzemenu is stuk.', 'function-down'],
    ['De telefoons zijn de hele dag al stil.', 'outage'],
  ])('reads %j (nl)', (body, impact) => {
    expect(read('Spoed', body).facts.impact).toBe(impact);
  });
});

describe('a polite opener', () => {
  it('does not outrank the outage it introduces (en)', () => {
    const c = read('Quick question', 'Small question, but our whole phone system is down. Customers cannot reach us.');
    expect([c.priority, c.facts.impact]).toEqual([1, 'outage']);
  });

  it('does not outrank the outage it introduces (nl)', () => {
    const c = read('Vraagje', 'Even een vraagje, maar onze telefooncentrale ligt plat.');
    expect([c.priority, c.facts.impact]).toEqual([1, 'outage']);
  });

  it('states nothing on its own: the filed priority is kept for a person to review (en)', () => {
    const c = read('Quick question', 'Quick question about our account, can you call me?');
    expect([c.priority, c.needsReview]).toEqual([1, true]);
  });
});

describe('a service that stays usable', () => {
  it('reads a broken function as degraded when the calls still go through (en)', () => {
    const c = read('Announcement broken', 'The queue announcement is broken. It is confusing, but calls are answered normally.', 3);
    expect([c.priority, c.facts.impact]).toEqual([2, 'degraded']);
  });

  it('reads a broken function as degraded when it is annoying but workable (nl)', () => {
    const c = read('Wallboard', 'Het wallboard is kapot. Vervelend maar werkbaar.', 1);
    expect([c.priority, c.facts.impact]).toEqual([2, 'degraded']);
  });
});

describe('time words and repeats that look like something else', () => {
  it('reads "for now nothing works" as no workaround (en)', () => {
    const c = read('Down', 'For now nothing works at all: agents cannot log in.');
    expect([c.priority, c.facts.workaround]).toEqual([1, 'unknown']);
  });

  it('reads "voorlopig werkt er niets" as no workaround (nl)', () => {
    expect(read('Plat', 'Voorlopig werkt er niets.').facts.workaround).toBe('unknown');
  });

  it('does not read a drop that happens every time as intermittent (en)', () => {
    const c = read('Callers get disconnected in the IVR', 'Callers who choose option 3 get disconnected every time.');
    expect([c.priority, c.facts.impact]).toEqual([1, 'function-down']);
  });

  it('does not read trying several times as intermittent (nl)', () => {
    const c = read('Uitbellen', 'We hebben meerdere keren geprobeerd uit te bellen, maar geen enkel uitgaand gesprek werkt.');
    expect(c.facts.impact).not.toBe('intermittent');
  });
});
