import { classify } from '../../../src/classify';
import type { Classification, PriorityId } from '../../../src/classify';
import { defaultPolicy } from '../../../src/policy/load-policy';

// The verdict that weighs the statistical reading beside the phrases (the default), with tickets of our own that the
// phrases alone read wrong, one behaviour each, in English and in Dutch.
const policy = defaultPolicy();
const read = (subject: string, body: string, requested: PriorityId | null, reading: 'combined' | 'rules' = 'combined') =>
  classify({ text: `${subject}\n${body}`, requested, reading }, policy);
const byModel = (c: Classification) => c.matched.filter((m) => m.rule === 'model').map((m) => `${m.fact}=${m.value}`);

const FORWARD_EN: [string, string] = ['Forwarding', 'How do I forward calls to my mobile when I am out of the office? I tried it in the portal but it does not work, I am probably doing something wrong.'];
const FORWARD_NL: [string, string] = ['Doorschakelen naar mobiel', 'Hoe kan ik instellen dat gesprekken naar mijn mobiel gaan als ik weg ben? Het lukt me niet via het portaal.'];
const VOICEMAIL_EN: [string, string] = ['Voicemail to email', 'Voicemails are no longer emailed to us since yesterday. For now we listen to them by dialling in to the mailbox.'];
const VOICEMAIL_NL: [string, string] = ['Voicemail per mail', 'Sinds gisteren krijgen we de voicemails niet meer per mail. Voorlopig luisteren we ze af door de voicemailbox te bellen.'];
const TEST_NUMBER_EN: [string, string] = ['Busy tone', 'All our numbers give a busy tone since 13:40. Odd thing: our test number (made once to try the IVR) still rings, but no customer ever calls that one.'];
const TEST_NUMBER_NL: [string, string] = ['Testnummer werkt wel', 'Al onze nummers geven een in-gesprektoon. Ons testnummer gaat gewoon over, maar dat gebruikt geen klant.'];

describe('classify: the statistical reading beside the phrases', () => {
  it('reads a how-to whose own try fails as a how-to, where the phrases keep priority 1 (en)', () => {
    expect([read(...FORWARD_EN, 1, 'rules').priority, read(...FORWARD_EN, 1).priority, read(...FORWARD_EN, 1).facts.impact]).toEqual([1, 3, 'how-to']);
  });

  it('reads a how-to whose own try fails as a how-to, where the phrases read a failure (nl)', () => {
    expect([read(...FORWARD_NL, 1, 'rules').priority, read(...FORWARD_NL, 1).priority, read(...FORWARD_NL, 1).facts.impact]).toEqual([1, 3, 'how-to']);
  });

  it('reads the impact no phrase states, and needs no person for it (en)', () => {
    const c = read(...VOICEMAIL_EN, 1);
    expect([c.priority, c.facts.impact, c.needsReview, byModel(c)]).toEqual([2, 'function-down', false, ['impact=function-down']]);
  });

  it('reads the impact no phrase states, and needs no person for it (nl)', () => {
    const c = read(...VOICEMAIL_NL, 1);
    expect([c.priority, c.facts.impact, c.needsReview, byModel(c)]).toEqual([2, 'function-down', false, ['impact=function-down']]);
  });

  it('shows the words that weighed most as the evidence of a downgrade, with high confidence', () => {
    const c = read(...FORWARD_EN, 1);
    expect([c.reclassified, c.confidence, (c.matched.find((m) => m.rule === 'model')?.phrase.length ?? 0) > 0]).toEqual(['down', 'high', true]);
  });

  it('says in the reasons what the model read and over which reading of the phrases', () => {
    expect(read(...FORWARD_NL, 1).reasons.some((r) => /^impact how-to read from the whole text \(\d+% sure: .*\) over the phrases' function-down$/.test(r))).toBe(true);
  });

  it('lets a flag win over the model', () => {
    const c = classify({ text: FORWARD_EN.join('\n'), requested: 1, impact: 'outage' }, policy);
    expect([c.priority, c.facts.impact, byModel(c)]).toEqual([1, 'outage', []]);
  });

  it('keeps the review of statements that conflict, whichever reading settles them', () => {
    const c = classify({ text: 'License expired?\nOur agents see "licence expired" and can\'t do anything. We paid the invoice last week.', requested: 1 }, policy);
    expect([c.priority, c.needsReview, c.confidence]).toEqual([1, true, 'low']);
  });

  it('reads by the phrases alone with reading "rules": no fact from the model', () => {
    expect(byModel(read(...VOICEMAIL_EN, 1, 'rules'))).toEqual([]);
  });

  it('keeps a test environment the text names where production works (en)', () => {
    expect(read('Test tenant', 'On our acceptance tenant no calls come in at all since the update. Production is fine.', 1).priority).toBe(3);
  });

  it('keeps a test environment the text names where production works (nl)', () => {
    expect(read('Testomgeving', 'Op onze acceptatieomgeving komen sinds de update helemaal geen gesprekken binnen. Productie werkt prima.', 1).priority).toBe(3);
  });

  it('rates on the safe side, and asks a person, where the phrases read a test place and the whole text may be a loss in production (en)', () => {
    const c = read(...TEST_NUMBER_EN, 3);
    expect([read(...TEST_NUMBER_EN, 3, 'rules').priority, c.priority, c.facts.env, c.needsReview, c.confidence]).toEqual([3, 1, 'production', true, 'low']);
  });

  it('rates on the safe side, and asks a person, where the phrases read a test place and the whole text may be a loss in production (nl)', () => {
    const c = read(...TEST_NUMBER_NL, 3);
    expect([read(...TEST_NUMBER_NL, 3, 'rules').priority, c.priority, c.facts.env, c.needsReview, c.confidence]).toEqual([3, 1, 'production', true, 'low']);
  });

  it('says why a person is asked: the chance of a loss of service the safe side rests on', () => {
    expect(read(...TEST_NUMBER_EN, 3).reviewReason).toMatch(/^a loss of service in production is possible \(the whole text gives it \d+%\): rated 1 on the safe side until a person has read the ticket$/);
  });

  it('says in the reasons which fact was taken on the safe side and over which reading of the phrases', () => {
    expect(read(...TEST_NUMBER_NL, 3).reasons.some((r) => /^env production on the safe side: the whole text gives a loss of service in production a \d+% chance \(.*\) over the phrases' staging$/.test(r))).toBe(true);
  });

  it('lets a flag settle what the safe side would raise: no review', () => {
    const c = classify({ text: TEST_NUMBER_EN.join('\n'), requested: 3, env: 'staging' }, policy);
    expect([c.priority, c.needsReview]).toEqual([3, false]);
  });

  it('keeps production where the text says the test place works (en)', () => {
    expect(read('Works in test, not in production', 'The new call routing works fine on our test tenant, but in production not a single call comes in any more. There is no workaround.', 1).priority).toBe(1);
  });

  it('keeps production where the text says the test place works (nl)', () => {
    expect(read('Werkt in test, niet in productie', 'De nieuwe belroutering werkt prima in onze testomgeving, maar in productie komt geen enkel gesprek meer binnen. Er is geen workaround.', 1).priority).toBe(1);
  });
});

