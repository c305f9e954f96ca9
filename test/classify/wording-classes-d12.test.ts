import { classify } from '../../src/classify';
import type { PriorityId } from '../../src/classify';
import { missingFeature } from '../../src/classify/missing-feature';
import { defaultPolicy } from '../../src/policy/load-policy';

// Classes of words and clause structures added for the kinds of miss the twelfth development batch (dev/*-d12, four
// fresh authors writing on the borders between kinds of ticket and between priority 1 and 2) showed. One behaviour
// each, in English and in Dutch, with sentences of our own.
const policy = defaultPolicy();
// Read by the phrases and recognisers alone: these pin how they read wording; test/classify/model pins the verdict
// that also weighs the statistical reading.
const read = (subject: string, body: string, requested: PriorityId | null = null) => classify({ text: `${subject}\n${body}`, requested, reading: 'rules' }, policy);

describe('a feature the product lacks, said to be broken', () => {
  it('finds "there is no option for" (en)', () => {
    expect(missingFeature('In the settings there is no option for holidays.')).toBe('no option for');
  });

  it('finds "bij onze vorige leverancier" (nl)', () => {
    expect(missingFeature('Bij onze vorige leverancier kon dat gewoon.')).toBe('bij onze vorige leverancier');
  });

  it('finds nothing in a loss (en)', () => {
    expect(missingFeature('Since this morning nobody can call us.')).toBeNull();
  });

  it('reads "broken" beside "no option for" and a request as a feature request (en)', () => {
    const c = read('Holiday hours broken', 'There is no option for public holidays, only hours per weekday. Can you add holiday hours?', 1);
    expect([c.priority, c.facts.impact]).toEqual([3, 'feature-request']);
  });

  it('reads "werkt niet" beside "nergens een optie" and a request as a feature request (nl)', () => {
    const c = read('Wachtmuziek werkt niet', 'Er is nergens een optie voor wachtmuziek per wachtrij. Kunnen jullie dat toevoegen?', 1);
    expect([c.priority, c.facts.impact]).toEqual([3, 'feature-request']);
  });

  it('keeps a loss beside a request for a feature (en)', () => {
    expect(read('Phones broken', 'Nobody can call us since 9. Also, can you add holiday hours?', 1).priority).toBe(1);
  });

  it('reads a feature "supported for US numbers only" asked to be enabled as a feature request (en)', () => {
    expect(read('MMS is broken', 'MMS is supported for US numbers only. Please enable MMS for our UK numbers.', 1).priority).toBe(3);
  });
});

describe('questions around an incident, over or asked about', () => {
  it('reads "is it possible that ... is broken" beside a loss as no question (en)', () => {
    expect(read('Voicemail?', 'Is it possible that voicemail to email is broken? Since Monday not a single voicemail has reached us.', null).priority).toBe(1);
  });

  it('reads "is het mogelijk dat" beside a loss as no question (nl)', () => {
    expect(read('Voicemail?', 'Is het mogelijk dat er een probleem is? Sinds maandag hebben we geen enkele voicemail meer ontvangen.', null).priority).toBe(1);
  });

  it('reads "everything has been working fine since then" as over (en)', () => {
    expect(read('Service credit for outage', 'We could not take calls on Tuesday. Everything has been working fine since then. Do we get a credit note?', 1).priority).toBe(3);
  });

  it('reads what a manager "wil weten" as asked about (nl)', () => {
    expect(read('Wat betekent 486?', 'Mijn manager wil weten hoeveel klanten ons niet bereikt hebben. Wat betekent code 486?', 1).priority).toBe(3);
  });

  it('reads what a manager "wants to know" as asked about (en)', () => {
    expect(read('What does 486 mean?', 'My manager wants to know how many callers could not reach us. What does code 486 mean?', 1).priority).toBe(3);
  });

  it('reads "daar gaat het niet om" as no failure beside a question (nl)', () => {
    expect(read('Creditering', 'Alles werkt sindsdien weer prima, daar gaat het niet om. Hebben we recht op een creditering?', 2).priority).toBe(3);
  });

  it('reads an incident asked in the subject over a body that only asks as no incident (nl)', () => {
    expect(read('Opnames kapot?', 'Zijn de opnames beschadigd, of moet ik een ander programma gebruiken?', 1).facts.impact).not.toBe('function-down');
  });

  it('still reads an incident asked in the subject over a body that states one (en)', () => {
    expect(read('Voicemails disappeared??', 'Since Friday there is nothing in the voicemail list, nobody has had a voicemail email.', 2).priority).toBe(1);
  });
});

describe('priority 1 or 2: shares, usable service, ways round', () => {
  it('reads "most go through fine" as intermittent (en)', () => {
    expect(read('Texts missing', 'A few of our reminder texts go missing. Most go through fine.', null).facts.impact).toBe('intermittent');
  });

  it('reads "WhatsApp is about half our contact volume" as no rate (en)', () => {
    expect(read('WhatsApp', 'Not a single WhatsApp message has reached us since 6. WhatsApp is about half our contact volume.', 2).priority).toBe(1);
  });

  it('reads "de chat is de helft van ons klantcontact" as no rate (nl)', () => {
    expect(read('Chat', 'Sinds vanochtend komt er geen enkel chatbericht meer binnen. Chat is de helft van ons klantcontact.', 2).priority).toBe(1);
  });

  it('reads "chats come through in the end, nothing is lost" as usable (en)', () => {
    expect(read('Chat slow', 'The typing indicator does not show. Chats come through in the end, nothing is lost.', 1).priority).toBe(2);
  });

  it('reads "not completely stuck" as a workaround (en)', () => {
    expect(read('Recordings', 'Nobody can play recordings. QA downloads them through the API, so they are not completely stuck.', 1).facts.workaround).toBe('yes');
  });

  it('reads a call from one\'s own mobile that meets a busy tone as no workaround (en)', () => {
    expect(read('No calls', 'No inbound calls since 9. I rang our number from my own mobile and got a busy tone.', 2).facts.workaround).not.toBe('yes');
  });

  it('reads work suspended for now as no workaround (nl)', () => {
    expect(read('Opnames', 'Er worden geen gesprekken meer opgenomen. We hebben de adviesgesprekken voorlopig stilgelegd.', 1).priority).toBe(1);
  });

  it('reads "all agents get logged out every hour" as intermittent (en)', () => {
    expect(read('Logged out', 'Every hour or so, all agents get logged out of the app.', 1).facts.impact).toBe('intermittent');
  });

  it('reads "at this time" as no intermittency (en)', () => {
    expect(read('No calls', "We haven't had a single inbound call since 9. Normally we'd have 250 an hour at this time.", 2).facts.impact).not.toBe('intermittent');
  });
});

describe('development', () => {
  it('reads "after our deploy" as the customer\'s own code (en)', () => {
    expect(read('Webhooks failing', 'After our deploy this afternoon every webhook returns 500 from our server.', 1).facts.impact).toBe('development');
  });

  it('reads "na onze eigen deploy" as the customer\'s own code (nl)', () => {
    expect(read('Webhooks falen', 'Na onze eigen deploy van vanmiddag geeft elke webhook een 500 van onze server.', 1).facts.impact).toBe('development');
  });

  it('reads an SDK upgrade by the customer as development (en)', () => {
    expect(read('TypeError', 'After upgrading your SDK to 5.0 our scheduler crashes with a TypeError.', 2).priority).toBe(3);
  });
});
