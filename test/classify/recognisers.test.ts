import { classify } from '../../src/classify';
import type { Classification, PriorityId } from '../../src/classify';
import { toClauses } from '../../src/classify/text';
import { defaultPolicy } from '../../src/policy/load-policy';

// The clause recognisers: facts read from how a sentence is built, for wordings no phrase of
// phrases.json names. One behaviour each, in English and in Dutch, with words no phrase holds,
// so that `rule` in the verdict's phrases shows which recogniser read the fact.
const policy = defaultPolicy();
// Read by the phrases and recognisers alone: these pin how they read wording; test/classify/model pins the verdict
// that also weighs the statistical reading.
const read = (subject: string, body: string, requested: PriorityId | null = 1) => classify({ text: `${subject}\n${body}`, requested, reading: 'rules' }, policy);
const rules = (c: Classification) => c.matched.filter((m) => m.rule !== undefined).map((m) => `${m.fact}=${m.value} ${m.rule ?? ''}`);

describe('a workaround from a subject and a time marker (substitute-for-now)', () => {
  it('reads colleagues doing something else now as a workaround (en)', () => {
    const c = read('Transfers fail', 'Call transfers fail for every caller. Colleagues now give callers the direct extension.');
    expect([c.priority, c.facts.workaround, rules(c)]).toEqual([2, 'yes', ['workaround=yes substitute-for-now']]);
  });

  it('reads colleagues doing something else now as a workaround (nl)', () => {
    const c = read('Doorverbinden mislukt', 'Doorverbinden mislukt bij elke beller. Collega’s geven bellers nu het directe nummer.');
    expect([c.priority, c.facts.workaround, rules(c)]).toEqual([2, 'yes', ['workaround=yes substitute-for-now']]);
  });

  it('reads an action until the failure is sorted as a workaround (en)', () => {
    const c = read('Transfers fail', 'Call transfers fail for every caller. Until it is sorted agents hand out the mobile number.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });

  it('reads an action until the failure is repaired as a workaround (nl)', () => {
    const c = read('Doorverbinden mislukt', 'Doorverbinden mislukt bij elke beller. Totdat het gerepareerd is geven medewerkers het mobiele nummer.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });

  it('reads no workaround in a clause that fails (en)', () => {
    const c = read('Errors', 'Agents now get an error on every call.');
    expect([c.priority, c.facts.workaround]).toEqual([1, 'unknown']);
  });

  it('reads no workaround in a clause that fails (nl)', () => {
    const c = read('Foutmeldingen', 'Medewerkers krijgen nu een foutmelding bij elk gesprek.');
    expect([c.priority, c.facts.workaround]).toEqual([1, 'unknown']);
  });

  it('reads a subject and a time marker without anything done instead as no workaround (en)', () => {
    const c = read('Phones down', 'Our phones are down. Our agents are currently working from home.');
    expect([c.priority, c.facts.workaround]).toEqual([1, 'unknown']);
  });

  it('reads a subject and a time marker without anything done instead as no workaround (nl)', () => {
    const c = read('Telefonie plat', 'De telefonie ligt plat. We zitten momenteel midden in onze drukste week.');
    expect([c.priority, c.facts.workaround]).toEqual([1, 'unknown']);
  });

  it('reads a Dutch verb of moving work split around its object as a workaround (nl)', () => {
    const c = read('Opname', 'Gespreksopname werkt niet meer voor onze wachtrij. Totdat het gerepareerd is sturen we die gesprekken om naar de algemene wachtrij.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });

  it('reads calls that now run via another route as a workaround (en)', () => {
    const c = read('Primary link gone', 'Our primary link to the data centre is gone. All calls now run via the backup route.');
    expect([c.facts.workaround, rules(c)]).toEqual(['yes', ['workaround=yes substitute-for-now']]);
  });

  it('reads calls that now run via another route as a workaround (nl)', () => {
    const c = read('Primaire verbinding weg', 'Onze primaire verbinding met het datacenter is weg. Alle gesprekken lopen ondertussen via de reserveroute.');
    expect([c.facts.workaround, rules(c)]).toEqual(['yes', ['workaround=yes substitute-for-now']]);
  });
});

describe('a workaround from work moved elsewhere or still possible', () => {
  it('reads work moved elsewhere by the customer as a workaround (en)', () => {
    const c = read('Hotline down', 'Our hotline number is dead since 8:00. We transferred the hotline to the Utrecht office.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });

  it('reads work moved elsewhere by the customer as a workaround (nl)', () => {
    const c = read('Hotline plat', 'Ons hotlinenummer is dood sinds 8:00. De hotline hebben we gerouteerd naar kantoor Utrecht.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });

  it('reads work moved a few words away from its verb as a workaround (en)', () => {
    const c = read('SIP trunk', 'Our PBX cannot register to the SIP trunk, so no external calls at all. We have rerouted the urgent outbound traffic to our old ISDN lines.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });

  it('reads work moved a few words away from its verb as a workaround (nl)', () => {
    const c = read('SIP-trunk', 'Onze centrale kan zich niet registreren, dus helemaal geen externe gesprekken. We hebben de dringende uitgaande gesprekken omgeleid naar onze oude ISDN-lijnen.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });

  it('reads a move that started the failure as no workaround (en)', () => {
    const c = read('No calls', 'Since we moved to the new office no calls come in at all.');
    expect(c.facts.workaround).toBe('unknown');
  });

  it('reads a move that started the failure as no workaround (nl)', () => {
    const c = read('Geen gesprekken', 'Sinds we verhuisd en overgestapt zijn naar het nieuwe kantoor komen er geen gesprekken binnen.');
    expect(c.facts.workaround).toBe('unknown');
  });

  it('reads agents who can still see something as no workaround (en)', () => {
    const c = read('No calls', 'No inbound calls at all since 9. Agents can still see the queue in the dashboard.');
    expect([c.priority, c.facts.workaround]).toEqual([1, 'unknown']);
  });

  it('reads agents who can still see something as no workaround (nl)', () => {
    const c = read('Geen gesprekken', 'Sinds 9 uur komen er helemaal geen gesprekken binnen. Medewerkers kunnen nog wel de wachtrij in het dashboard zien.');
    expect([c.priority, c.facts.workaround]).toEqual([1, 'unknown']);
  });

  it('reads customers who can still reach the customer as a workaround (en)', () => {
    const c = read('Main number dead', 'Our main number is dead since 8:00. Customers can still reach us on the sales line.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });

  it('reads customers who can still reach the customer as a workaround (nl)', () => {
    const c = read('Hoofdnummer dood', 'Ons hoofdnummer is dood sinds 8:00. Klanten kunnen nog bellen naar de verkooplijn.');
    expect([c.priority, c.facts.workaround]).toEqual([2, 'yes']);
  });
});

describe('a workaround from an alternative that works (alternative-works)', () => {
  it('reads another app that works and people turning to it as a workaround (en)', () => {
    const c = read('Web app broken', 'The web app shows a blank page for everyone. The desktop app works, so a few people use it.');
    expect([c.priority, c.facts.workaround, rules(c)]).toEqual([2, 'yes', ['workaround=yes alternative-works']]);
  });

  it('reads another app that works and people turning to it as a workaround (nl)', () => {
    const c = read('Webapp kapot', 'De webapp toont voor iedereen een lege pagina. De desktopapp werkt, dus mensen zijn overgestapt.');
    expect([c.priority, c.facts.workaround, rules(c)]).toEqual([2, 'yes', ['workaround=yes alternative-works']]);
  });
});

describe('a test or development place (test-place, dev-place)', () => {
  it('reads a test word before a place as a test environment (en)', () => {
    const c = read('Reports', 'Our QA database returns empty reports since this morning.');
    expect([c.priority, c.facts.env, rules(c)]).toEqual([3, 'staging', ['env=staging test-place']]);
  });

  it('reads a test word at the head of a compound as a test environment (nl)', () => {
    const c = read('Geen kiestoon', 'Onze proefcentrale geeft sinds vanochtend geen kiestoon.');
    expect([c.priority, c.facts.env, rules(c)]).toEqual([3, 'staging', ['env=staging test-place']]);
  });

  it('reads "in QA" at the end of a clause as a test environment (en)', () => {
    const c = read('IVR', 'The IVR skips option 2 and goes straight to the operator in QA.');
    expect([c.facts.env, rules(c)]).toEqual(['staging', ['env=staging test-place']]);
  });

  it('reads "in qa" at the end of a clause as a test environment (nl)', () => {
    const c = read('Keuzemenu', 'Het keuzemenu slaat optie 2 over en gaat direct naar de telefonist in qa.');
    expect([c.facts.env, rules(c)]).toEqual(['staging', ['env=staging test-place']]);
  });

  it('reads "pre-prod" as a test environment, not as production (en)', () => {
    const c = read('Outbound', 'On pre-prod outbound calls fail with 403 since your maintenance.');
    expect([c.priority, c.facts.env]).toEqual([3, 'staging']);
  });

  it('reads "pre-productie" as a test environment, not as production (nl)', () => {
    const c = read('Uitgaand', 'Op pre-productie mislukken uitgaande gesprekken sinds jullie onderhoud met een 403.');
    expect([c.priority, c.facts.env]).toEqual([3, 'staging']);
  });

  it('reads a test call as no test environment (en)', () => {
    const c = read('Calls fail', 'Our test call to the main number failed with a busy tone, like every call since 9:00.');
    expect(c.facts.env).toBe('production');
  });

  it('reads a test call as no test environment (nl)', () => {
    const c = read('Gesprekken mislukken', 'Ons testgesprek naar het hoofdnummer gaf een bezettoon, zoals elk gesprek sinds 9:00.');
    expect(c.facts.env).toBe('production');
  });

  it('reads a development word before a place as a development environment (en)', () => {
    const c = read('API key', 'Our dev database rejects the API key since the rotation.');
    expect([c.priority, c.facts.env, rules(c)]).toEqual([3, 'development', ['env=development dev-place']]);
  });

  it('reads a development word at the head of a compound as a development environment (nl)', () => {
    const c = read('API-sleutel', 'Onze ontwikkelserver weigert de API-sleutel sinds de rotatie.');
    expect([c.priority, c.facts.env, rules(c)]).toEqual([3, 'development', ['env=development dev-place']]);
  });
});

describe('the place of the failure', () => {
  it('reads a failure stated with a test place while production is only mentioned as staging (en)', () => {
    const c = read('Reports empty', 'After upgrading our QA database to 5.2, the reports are not loading. We want to upgrade production next week.', 2);
    expect([c.priority, c.facts.env]).toEqual([3, 'staging']);
  });

  it('reads a failure stated with a test place while production is only mentioned as staging (nl)', () => {
    const c = read('Rapporten leeg', 'Na de upgrade van onze proefcentrale naar 5.2 laden de rapporten niet. We willen volgende week productie upgraden.', 2);
    expect([c.priority, c.facts.env]).toEqual([3, 'staging']);
  });

  it('keeps production when production is named with the failure (en)', () => {
    const c = read('Calls fail', 'Our QA database is fine. In production every call fails since 9:00.', 1);
    expect([c.priority, c.facts.env]).toEqual([1, 'production']);
  });

  it('keeps production when production is named with the failure (nl)', () => {
    const c = read('Gesprekken mislukken', 'Onze proefcentrale is in orde. Op productie mislukt elk gesprek sinds 9:00.', 1);
    expect([c.priority, c.facts.env]).toEqual([1, 'production']);
  });

  it('reads a test place said to work as not the place of the failure (en)', () => {
    const c = read('Calls fail', 'Our QA database works fine. Since 9:00 every call fails.', 1);
    expect([c.priority, c.facts.env]).toEqual([1, 'production']);
  });

  it('reads a test place said to work as not the place of the failure (nl)', () => {
    const c = read('Gesprekken mislukken', 'Onze proefcentrale werkt prima. Sinds 9:00 mislukt elk gesprek.', 1);
    expect([c.priority, c.facts.env]).toEqual([1, 'production']);
  });

  it('reads a test place named with all other numbers as not the place of the failure (en)', () => {
    const c = read('Numbers dead', 'Our demo line and all other numbers are dead since 9.', 1);
    expect([c.priority, c.facts.env]).toEqual([1, 'production']);
  });

  it('reads a test place named with all other numbers as not the place of the failure (nl)', () => {
    const c = read('Nummers dood', 'Onze demolijn en alle andere nummers zijn sinds 9 uur dood.', 1);
    expect([c.priority, c.facts.env]).toEqual([1, 'production']);
  });

  it('reads a point between digits as no sentence end (en)', () => {
    expect(toClauses('After the upgrade to 5.2 calls fail.').map((c) => c.sentence)).toEqual([0]);
  });

  it('reads a point between digits as no sentence end (nl)', () => {
    expect(toClauses('Sinds de upgrade naar 5.3 mislukken gesprekken.').map((c) => c.sentence)).toEqual([0]);
  });
});

describe('a request that states no failure (request)', () => {
  it('reads a request for a change as a question (en)', () => {
    const c = read('Contract', 'Could you move our licence renewal date to June?', 2);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([3, 'question', ['impact=question request']]);
  });

  it('reads a request for a change as a question (nl)', () => {
    const c = read('Contract', 'Kunnen jullie twee extra licenties aan ons contract toevoegen?', 2);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([3, 'question', ['impact=question request']]);
  });

  it('reads a request for steps as a how-to (en)', () => {
    const c = read('New queue', 'Would you list the steps to add a queue?', 2);
    expect([c.priority, c.facts.impact]).toEqual([3, 'how-to']);
  });

  it('reads a request for steps as a how-to (nl)', () => {
    const c = read('Nieuwe wachtrij', 'Kunnen jullie ons de stappen sturen om een wachtrij toe te voegen?', 2);
    expect([c.priority, c.facts.impact]).toEqual([3, 'how-to']);
  });

  it('reads a request in a ticket that speaks of trouble as no question (en)', () => {
    const c = read('Calls', 'Calls to the sales line give a weird error since 9:00. Could you check?', 2);
    expect([c.priority, c.facts.impact]).toEqual([2, null]);
  });

  it('reads a request in a ticket that speaks of trouble as no question (nl)', () => {
    const c = read('Gesprekken', 'Gesprekken naar de verkooplijn geven sinds 9:00 een rare fout. Kunnen jullie kijken?', 2);
    expect([c.priority, c.facts.impact]).toEqual([2, null]);
  });

  it('reads the writer’s own trouble while setting something up as a how-to (en)', () => {
    const c = read('IVR', 'Could you show me the steps for a simple IVR with two options? I read the docs but I am stuck at the audio upload.', 2);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([3, 'how-to', ['impact=how-to request']]);
  });

  it('reads the writer’s own trouble while setting something up as a how-to (nl)', () => {
    const c = read('Keuzemenu', 'Kunnen jullie me de stappen voor een eenvoudig keuzemenu sturen? Ik heb een probleem met het uploaden van de audio.', 2);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([3, 'how-to', ['impact=how-to request']]);
  });

  it('reads the writer’s own trouble that is urgent as no question (en)', () => {
    const c = read('IVR', 'Could you show me the steps for a simple IVR? I am stuck and it is urgent.', 2);
    expect([c.priority, c.facts.impact]).toEqual([2, null]);
  });

  it('reads the writer’s own trouble that is urgent as no question (nl)', () => {
    const c = read('Keuzemenu', 'Kunnen jullie me de stappen voor een keuzemenu sturen? Ik heb een probleem en het is dringend.', 2);
    expect([c.priority, c.facts.impact]).toEqual([2, null]);
  });

  it('reads a request about the ticket itself as no question (en)', () => {
    const c = read('Ticket 5521', 'Any news on this?', 1);
    expect([c.priority, c.facts.impact]).toEqual([1, null]);
  });

  it('reads a request about the ticket itself as no question (nl)', () => {
    const c = read('Melding 5521', 'Is hier al nieuws over?', 1);
    expect([c.priority, c.facts.impact]).toEqual([1, null]);
  });

  it('reads a request to check what the ticket described as no question (en)', () => {
    const c = read('Voicemail', 'All callers end up in voicemail today, even when agents are available. Could you have someone check this?', 1);
    expect([c.priority, c.facts.impact]).toEqual([1, null]);
  });

  it('reads a request to check what the ticket described as no question (nl)', () => {
    const c = read('Wallboard', 'Het wallboard toont de hele dag de cijfers van gisteren. Kunnen jullie dit controleren?', 2);
    expect([c.priority, c.facts.impact]).toEqual([2, null]);
  });

  it('reads a request for help with something of its own as a question (en)', () => {
    const c = read('IVR language', 'Could you help us with a second language in our IVR?', 2);
    expect([c.priority, c.facts.impact]).toEqual([3, 'question']);
  });

  it('reads a request for help with something of its own as a question (nl)', () => {
    const c = read('Keuzemenu', 'Kunnen jullie ons helpen met een tweede taal in het keuzemenu?', 2);
    expect([c.priority, c.facts.impact]).toEqual([3, 'question']);
  });

  it('reads a request for help after a described symptom as no question (en)', () => {
    const c = read('Wallboard', 'Our wallboard shows old numbers all day. Can you help us?', 2);
    expect([c.priority, c.facts.impact]).toEqual([2, null]);
  });

  it('reads a request for help after a described symptom as no question (nl)', () => {
    const c = read('Wallboard', 'Het wallboard toont de hele dag oude cijfers. Kunnen jullie ons helpen?', 2);
    expect([c.priority, c.facts.impact]).toEqual([2, null]);
  });

  it('reads a request to check something of its own as a question (en)', () => {
    const c = read('Setup', 'Could you verify our queue settings against the new opening hours?', 2);
    expect([c.priority, c.facts.impact]).toEqual([3, 'question']);
  });

  it('reads a request to check something of its own as a question (nl)', () => {
    const c = read('Inrichting', 'Kunnen jullie onze wachtrij-instellingen controleren?', 2);
    expect([c.priority, c.facts.impact]).toEqual([3, 'question']);
  });

  it('keeps a ticket filed as priority 1 that only makes a request, for review (en)', () => {
    const c = read('Contract', 'Could you move our licence renewal date to June?', 1);
    expect([c.priority, c.facts.impact, c.needsReview]).toEqual([1, null, true]);
  });

  it('keeps a ticket filed as priority 1 that only makes a request, for review (nl)', () => {
    const c = read('Contract', 'Kunnen jullie twee extra licenties aan ons contract toevoegen?', 1);
    expect([c.priority, c.facts.impact, c.needsReview]).toEqual([1, null, true]);
  });

  it('reads a request after a statement that something cannot be done as no question (en)', () => {
    const c = read('portal', 'my colleague is not getting into the portal. pls help', 2);
    expect([c.priority, c.facts.impact]).toEqual([2, null]);
  });

  it('reads a request after a statement that something cannot be done as no question (nl)', () => {
    const c = read('portaal', 'kan nie in het portaal, zegt gebruiker onbekend. help aub', 2);
    expect([c.priority, c.facts.impact]).toEqual([2, null]);
  });

  it('reads a request with denied urgency as a question (en)', () => {
    const c = read('Seats', 'Not urgent: could you move our licence renewal date to June?', 2);
    expect([c.priority, c.facts.impact]).toEqual([3, 'question']);
  });

  it('reads a request with denied urgency as a question (nl)', () => {
    const c = read('Licenties', 'Niet dringend: kunnen jullie twee extra licenties aan ons contract toevoegen?', 2);
    expect([c.priority, c.facts.impact]).toEqual([3, 'question']);
  });
});

describe('a loss of function from who can no longer do what (nobody-can)', () => {
  it('reads nobody reaching the customer as a function down (en)', () => {
    const c = read('Support line', 'Since 9:00 nobody reaches our support line.', 2);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([1, 'function-down', ['impact=function-down nobody-can']]);
  });

  it('reads nobody reaching the customer as a function down (nl)', () => {
    const c = read('Supportlijn', 'Sinds 9:00 bereikt niemand onze supportlijn.', 2);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([1, 'function-down', ['impact=function-down nobody-can']]);
  });

  it('reads something that can no longer be done as a function down (en)', () => {
    const c = read('Call history', 'Since yesterday our agents can no longer open the call history.', 2);
    expect([c.priority, c.facts.impact]).toEqual([1, 'function-down']);
  });

  it('reads something that can no longer be done as a function down (nl)', () => {
    const c = read('Belgeschiedenis', 'Sinds gisteren kunnen onze medewerkers de belgeschiedenis niet meer openen.', 2);
    expect([c.priority, c.facts.impact]).toEqual([1, 'function-down']);
  });

  it('reads nothing that can be done as a function down (en)', () => {
    const c = read('Admin', 'The admin pages hang on the splash screen. We cant change anything in our setup.', 2);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([1, 'function-down', ['impact=function-down nobody-can']]);
  });

  it('reads nothing that can be done as a function down (nl)', () => {
    const c = read('Beheer', 'De beheerpagina’s blijven op het startscherm staan. We kunnen niets aan onze inrichting wijzigen.', 2);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([1, 'function-down', ['impact=function-down nobody-can']]);
  });

  it('reads "geen ... meer" as a function down (nl)', () => {
    const c = read('Belgeschiedenis', 'Er is sinds gisteren geen belgeschiedenis meer.', 2);
    expect([c.priority, c.facts.impact]).toEqual([1, 'function-down']);
  });

  it('reads "no ... any longer" as a function down (en)', () => {
    const c = read('Inbound', 'Our agents can not any longer take inbound calls.', 2);
    expect([c.priority, c.facts.impact]).toEqual([1, 'function-down']);
  });

  it('reads something a thing no longer shows as no loss of function (nl)', () => {
    const c = read('Rapport', 'Het dagrapport toont de kolom opgehangen gesprekken niet meer.', 2);
    expect(c.facts.impact).not.toBe('function-down');
  });

  it('reads something a thing no longer shows as no loss of function (en)', () => {
    const c = read('Report', 'The daily report is no longer listing the abandoned calls column.', 2);
    expect(c.facts.impact).not.toBe('function-down');
  });

  it('reads a share that no longer does something as no function down (en)', () => {
    const c = read('Spam label', 'Our number shows as spam. Most customers no longer pick up.', 2);
    expect(c.facts.impact).not.toBe('function-down');
  });

  it('reads a share that no longer does something as no function down (nl)', () => {
    const c = read('Spamlabel', 'Ons nummer wordt als spam getoond. De meeste klanten nemen niet meer op.', 2);
    expect(c.facts.impact).not.toBe('function-down');
  });

  it('reads what nobody noticed as no function down (en)', () => {
    const c = read('Report', 'Nobody noticed the report until noon.', 2);
    expect([c.priority, c.facts.impact]).toEqual([2, null]);
  });

  it('reads what nobody noticed as no function down (nl)', () => {
    const c = read('Rapport', 'Niemand merkte het rapport op tot de middag.', 2);
    expect([c.priority, c.facts.impact]).toEqual([2, null]);
  });
});

describe('reduced quality from the words of a symptom (quality-symptom)', () => {
  it('reads a flickering wallboard as degraded (en)', () => {
    const c = read('Wallboard', 'The wallboard flickers all day.', null);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([2, 'degraded', ['impact=degraded quality-symptom']]);
  });

  it('reads a flickering wallboard as degraded (nl)', () => {
    const c = read('Wallboard', 'Het wallboard knippert de hele dag.', null);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([2, 'degraded', ['impact=degraded quality-symptom']]);
  });

  it('reads a symptom asked about as nothing stated (en)', () => {
    const c = read('Wallboard', 'Is the wallboard supposed to flicker?', null);
    expect(c.facts.impact).not.toBe('degraded');
  });

  it('reads a symptom asked about as nothing stated (nl)', () => {
    const c = read('Wallboard', 'Hoort het wallboard te knipperen?', null);
    expect(c.facts.impact).not.toBe('degraded');
  });
});

describe('a development problem from building software of the customer’s own (building)', () => {
  it('reads the customer’s build failing as a development problem (en)', () => {
    const c = read('After the upgrade', 'Our connector build breaks since we upgraded the SDK.', 1);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([3, 'development', ['impact=development building']]);
  });

  it('reads the customer’s build failing as a development problem (nl)', () => {
    const c = read('Na de upgrade', 'Onze connector build breekt sinds we de SDK hebben bijgewerkt.', 1);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([3, 'development', ['impact=development building']]);
  });

  it('reads the vendor’s build as no development problem (en)', () => {
    const c = read('Phones crash', 'Your new build crashes all our desk phones.', 1);
    expect([c.priority, c.facts.impact]).toEqual([1, 'function-down']);
  });

  it('reads the vendor’s build as no development problem (nl)', () => {
    const c = read('Toestellen crashen', 'Jullie nieuwe build laat al onze toestellen crashen.', 1);
    expect(c.facts.impact).not.toBe('development');
  });
});

describe('a failure that recurs (recurrence)', () => {
  it('reads a failure every Friday as intermittent (en)', () => {
    const c = read('Fridays', 'The queue goes down each Friday around seven.', 1);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([2, 'intermittent', ['impact=intermittent recurrence']]);
  });

  it('reads a failure every Friday as intermittent (nl)', () => {
    const c = read('Vrijdagen', 'De wachtrij ligt iedere vrijdag rond zeven uur plat.', 1);
    expect([c.priority, c.facts.impact, rules(c)]).toEqual([2, 'intermittent', ['impact=intermittent recurrence']]);
  });

  it('reads a failure four times today as intermittent (en)', () => {
    const c = read('Queue', 'The queue went down four times today.', 1);
    expect([c.priority, c.facts.impact]).toEqual([2, 'intermittent']);
  });

  it('reads a failure four times today as intermittent (nl)', () => {
    const c = read('Wachtrij', 'De wachtrij lag vandaag vier keer plat.', 1);
    expect([c.priority, c.facts.impact]).toEqual([2, 'intermittent']);
  });

  it('reads a count of attempts as no recurrence (en)', () => {
    const c = read('Queue down', 'The queue is down. We tried three times to restart it.', 1);
    expect([c.priority, c.facts.impact]).toEqual([1, 'outage']);
  });

  it('reads a count of attempts as no recurrence (nl)', () => {
    const c = read('Wachtrij plat', 'De wachtrij ligt plat. We hebben drie keer geprobeerd hem te herstarten.', 1);
    expect([c.priority, c.facts.impact]).toEqual([1, 'outage']);
  });
});
