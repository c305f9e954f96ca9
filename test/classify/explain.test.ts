import { classify, explainClassification } from '../../src/classify';
import type { ClassifyInput, Lang } from '../../src/classify';
import definitions from '../../src/classify/definitions.json';
import { SlaError } from '../../src/errors/sla-error';
import defaultPolicyDocument from '../../src/policy/default-policy.json';
import { defaultPolicy } from '../../src/policy/load-policy';
import { parsePolicy } from '../../src/policy/parse-policy';

const policy = defaultPolicy();
const explain = (input: ClassifyInput, lang: Lang) => explainClassification(classify(input, policy), policy, lang);

describe('explainClassification', () => {
  it('explains a lowered priority 1 on staging, in English and Dutch', () => {
    const input: ClassifyInput = { text: 'P1: our sandbox is down', requested: 1 };
    expect(explain(input, 'en')).toBe(
      'We have lowered the priority of your ticket from 1 to 3 (General Issue). ' +
        'The problem is in a staging environment, and priorities 1 and 2 apply to production only. ' +
        'Our support policy defines priority 3 as follows: "Product questions, feature requests and development problems."',
    );
    expect(explain(input, 'nl')).toBe(
      'We hebben de prioriteit van je ticket verlaagd van 1 naar 3 (General Issue). ' +
        'Het probleem doet zich voor in een staging-omgeving, en prioriteit 1 en 2 gelden alleen voor productie. ' +
        'Ons ondersteuningsbeleid omschrijft prioriteit 3 als volgt: "Bevat productvragen, functieverzoeken en ontwikkelingsproblemen."',
    );
  });

  it('explains a raised priority, quoting the Dutch original definition', () => {
    const text = explain({ text: 'Telefonie ligt plat in productie, geen omweg', requested: 3 }, 'nl');
    expect(text).toBe(
      'We hebben de prioriteit van je ticket verhoogd van 3 naar 1 (Business Critical). ' +
        'Er is een volledig verlies van service in productie en er bestaat geen tijdelijke oplossing. ' +
        `Ons ondersteuningsbeleid omschrijft prioriteit 1 als volgt: "${definitions.priorities['1'].nl.definition}"`,
    );
    expect(text).toContain('Deze status is alleen van toepassing op applicaties die in productie zijn.');
  });

  it.each([
    [{ impact: 'degraded', requested: 2 }, 'en', 'Your ticket keeps priority 2 (Degraded Service).'],
    [{ impact: 'degraded', requested: 2 }, 'nl', 'Je ticket houdt prioriteit 2 (Degraded Service).'],
    [{ impact: 'question' }, 'en', 'Your ticket was submitted without a priority, so it has priority 3 (General Issue).'],
    [{ impact: 'question' }, 'nl', 'Je ticket is zonder prioriteit ingediend en heeft daarom prioriteit 3 (General Issue).'],
    [
      { impact: 'function-down' },
      'en',
      'Your ticket was submitted without a priority, which counts as priority 3; we have raised it to priority 1 (Business Critical).',
    ],
    [
      { impact: 'function-down' },
      'nl',
      'Je ticket is zonder prioriteit ingediend, wat telt als prioriteit 3; we hebben het verhoogd naar prioriteit 1 (Business Critical).',
    ],
  ] as [ClassifyInput, Lang, string][])('%o in %s starts with %j', (input, lang, first) => {
    expect(explain(input, lang).startsWith(`${first} `)).toBe(true);
  });

  // One row per rule and fact value: the reason sentence and the quoted definition.
  it.each([
    [{ impact: 'question' }, 'It is a product question.', 'Het is een productvraag.'],
    [{ impact: 'how-to' }, 'It is a how-to question.', 'Het is een how-to-vraag.'],
    [{ impact: 'feature-request' }, 'It is a feature request.', 'Het is een functieverzoek.'],
    [{ impact: 'development' }, 'It concerns a development problem.', 'Het gaat om een ontwikkelingsprobleem.'],
    [
      { env: 'development', impact: 'outage' },
      'The problem is in a development environment, and priorities 1 and 2 apply to production only.',
      'Het probleem doet zich voor in een ontwikkelomgeving, en prioriteit 1 en 2 gelden alleen voor productie.',
    ],
    [
      { impact: 'outage', workaround: 'unknown' },
      'There is a complete loss of service in production and no workaround is known.',
      'Er is een volledig verlies van service in productie en er is geen tijdelijke oplossing bekend.',
    ],
    [
      { impact: 'function-down', workaround: 'no' },
      'An important function is completely unavailable in production and no workaround exists.',
      'Een belangrijke functie is in productie volledig niet beschikbaar en er bestaat geen tijdelijke oplossing.',
    ],
    [
      { impact: 'function-down', workaround: 'yes' },
      'An important function is completely unavailable in production, but a workaround is available.',
      'Een belangrijke functie is in productie volledig niet beschikbaar, maar er is een tijdelijke oplossing beschikbaar.',
    ],
    [{ impact: 'degraded' }, 'The service in production works with reduced quality.', 'De service in productie werkt met verminderde kwaliteit.'],
    [{ impact: 'intermittent' }, 'There is an intermittent problem in production.', 'Er is een periodiek probleem in productie.'],
    [
      {},
      'The ticket does not describe an impact on the service, so it keeps its priority until a support engineer has read it.',
      'Het ticket beschrijft geen impact op de service, dus het houdt zijn prioriteit tot een supportmedewerker het heeft gelezen.',
    ],
  ] as [ClassifyInput, string, string][])('%o: gives the reason and quotes the definition', (input, en, nl) => {
    const c = classify(input, policy);
    const id = String(c.priority) as '1' | '2' | '3';
    expect(explainClassification(c, policy, 'en')).toContain(` ${en} Our support policy defines priority ${id} as follows: "${definitions.priorities[id].en.definition}"`);
    expect(explainClassification(c, policy, 'nl')).toContain(` ${nl} Ons ondersteuningsbeleid omschrijft prioriteit ${id} als volgt: "${definitions.priorities[id].nl.definition}"`);
  });

  it('adds that a beta product has no guaranteed response time', () => {
    expect(explain({ impact: 'outage', beta: true }, 'en').endsWith(
      ' Please note: guaranteed response times do not cover questions about developer previews and beta products.',
    )).toBe(true);
    expect(explain({ impact: 'outage', beta: true }, 'nl').endsWith(
      ' Let op: onze gegarandeerde responstijden zijn niet gedekt voor vragen over previews van ontwikkelaars en bètaproducten.',
    )).toBe(true);
    expect(explain({ impact: 'outage' }, 'en')).not.toContain('Please note');
  });

  it("uses a custom policy's priority names", () => {
    const custom = parsePolicy(
      { ...defaultPolicyDocument, priorities: [{ id: 1, name: 'Code Red' }, { id: 2, name: 'Wobbly' }, { id: 3, name: 'Whenever' }] },
      'custom.json',
    );
    const c = classify({ impact: 'intermittent', requested: 1 }, custom);
    expect(explainClassification(c, custom, 'en')).toMatch(/^We have lowered the priority of your ticket from 1 to 2 \(Wobbly\)\. /);
  });

  it('accepts the language in any case', () => {
    const c = classify({ impact: 'how-to' }, policy);
    expect(explainClassification(c, policy, 'NL' as Lang)).toBe(explainClassification(c, policy, 'nl'));
  });

  it('refuses a language it cannot write', () => {
    const c = classify({}, policy);
    expect(() => explainClassification(c, policy, 'de' as Lang)).toThrow(SlaError);
    expect(() => explainClassification(c, policy, 'de' as Lang)).toThrow('unknown lang "de": accepted are en, nl');
  });

  it('has an English and a Dutch definition for priorities 1, 2 and 3', () => {
    for (const id of ['1', '2', '3'] as const) {
      for (const lang of ['en', 'nl'] as const) expect(definitions.priorities[id][lang].definition.length).toBeGreaterThan(20);
    }
  });
});
