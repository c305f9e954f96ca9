import { extractFacts } from '../../src/classify';

const facts = (text: string) => {
  const f = extractFacts(text);
  return { env: f.env, impact: f.impact, workaround: f.workaround };
};
const notes = (text: string) => extractFacts(text).notes.map((n) => n.note);

describe('extractFacts: words', () => {
  it('says nothing about a text without phrases', () => {
    expect(extractFacts('')).toMatchObject({ env: null, impact: null, workaround: null, matched: [], notes: [] });
    expect(facts('Please call me back about our contract.')).toEqual({ env: null, impact: null, workaround: null });
  });

  it.each([
    ['We are downloading the report', null],
    ['The drop-down menu has a typo', null],
    ['Wij kijken op de plattegrond', null],
    ['Our service has downtime', 'outage'],
    ['The service is DOWN', 'outage'],
    ['We can’t make any calls', 'outage'],
    ['We cant make any calls', 'outage'],
    ['Het systeem wérkt helemaal niet', 'outage'],
    ['Meerdere storingen vandaag', 'outage'],
    ['Calls drop from time to time', 'intermittent'],
    ['The dashboard is slow', 'degraded'],
    ['The dashboard slows down after lunch', 'degraded'],
  ])('%j -> impact %s (whole words, case, accents, apostrophes)', (text, impact) => {
    expect(facts(text).impact).toBe(impact);
  });

  it('matches a word start where the phrase says * (Dutch compounds)', () => {
    expect(extractFacts('Onze acceptatieomgeving geeft fouten').matched).toEqual([
      { fact: 'env', value: 'staging', phrase: 'acceptatie*', lang: 'nl' },
    ]);
  });

  it('reads punctuation inside words as a space', () => {
    expect(facts('We use a work-around').workaround).toBe('yes');
    expect(facts('Only in pre-production').env).toBe('staging');
  });

  it('does not match a phrase across a clause break', () => {
    // "no, workaround" is not "no workaround".
    expect(facts('Is it down? No, workaround in place').workaround).toBe('yes');
    expect(facts('Calls drop, sometimes').impact).toBe('intermittent');
  });

  it('lists each deciding phrase once, in text order', () => {
    expect(extractFacts('Down. Still down. Production!').matched).toEqual([
      { fact: 'impact', value: 'outage', phrase: 'down', lang: 'en' },
      { fact: 'env', value: 'production', phrase: 'production', lang: 'en' },
    ]);
  });
});

describe('extractFacts: workaround and negation', () => {
  it.each([
    ['We have a temporary workaround', 'yes', undefined],
    ['Er is een tijdelijke oplossing', 'yes', undefined],
    ['There is no workaround', 'no', undefined],
    ['Geen workaround beschikbaar', 'no', undefined],
    ['Er is nog geen tijdelijke oplossing', 'no', undefined],
    ["We don't have a workaround", 'no', "don't"],
    ['We have not found any workaround yet', 'no', 'not'],
    ['Een workaround hebben we helaas niet', 'no', 'niet'],
    ['A workaround is not possible', 'no', 'not'],
    ['De omweg werkt niet', 'no', undefined],
    ['Workaround: none', 'no', undefined],
    ['We have no access but a workaround works', 'yes', undefined],
    ['We cannot log in, so we use a workaround', 'yes', undefined],
  ])('%j -> workaround %s', (text, workaround, negatedBy) => {
    const f = extractFacts(text);
    expect(f.workaround).toBe(workaround);
    expect(f.matched.find((m) => m.fact === 'workaround')?.negatedBy).toBe(negatedBy);
  });

  it('lets a negation win over the plain phrase', () => {
    expect(facts('We tried the workaround from your docs. There is no workaround that helps.').workaround).toBe('no');
    expect(notes('Workaround yes. Geen workaround.')).toEqual(['workaround no wins over yes ("workaround")']);
  });

  it('drops a negated impact phrase', () => {
    expect(facts("It's not down, just slow").impact).toBe('degraded');
    expect(notes("It's not down, just slow")).toEqual(['"down" is negated by "not": ignored']);
    expect(facts('Het is geen storing maar een vraag').impact).toBe('question');
  });

  it('does not negate a phrase with the negator inside it', () => {
    expect(facts("Nobody can log in and we can't make any calls").impact).toBe('outage');
  });
});

describe('extractFacts: env precedence', () => {
  it.each([
    ['It works in test but not in production', 'production'],
    ['Werkt in test, niet in productie', 'production'],
    ['We tested it in staging and now production fails', 'production'],
    ['Our staging is down. Production is not affected.', 'staging'],
    ['Onze testomgeving is traag, productie werkt wel', 'staging'],
    ["We haven't gone to production yet", 'staging'],
    ['Nog niet in productie, we zitten in de acceptatiefase', 'staging'],
    ['Before go-live next week', 'staging'],
    ['Since we went live yesterday calls fail', 'production'],
    ['Only on localhost', 'development'],
    ['In de sandbox en op mijn laptop', 'staging'],
  ])('%j -> env %s', (text, env) => {
    expect(facts(text).env).toBe(env);
  });

  it('notes which env won', () => {
    expect(notes('It works in test but not in production')).toEqual(['env production wins over staging ("in test")']);
  });
});

describe('extractFacts: impact precedence', () => {
  it('reads an outage that comes and goes as intermittent', () => {
    expect(facts('The line goes down sometimes').impact).toBe('intermittent');
    expect(notes('The line goes down sometimes')).toEqual(['"down" comes with "sometimes": read as intermittent']);
    expect(facts('Het systeem ligt af en toe plat').impact).toBe('intermittent');
  });

  it('reads an outage as intermittent when the intermittency is stated in another sentence', () => {
    expect(facts('Now and then calls drop\nCallers get cut off, the line is down.').impact).toBe('intermittent');
  });

  it.each([
    ['While integrating your API the endpoint is down', 'development'],
    ['Everything is down. How do I know when it is fixed?', 'outage'],
    ['Login is not working, it is also slow', 'function-down'],
    ['The export is slow sometimes', 'intermittent'],
    ['Question: how do I add a user?', 'how-to'],
    ['Quick question: would be nice to have a dark mode', 'feature-request'],
    ['Vraag: de export is traag', 'degraded'],
  ])('%j -> impact %s', (text, impact) => {
    expect(facts(text).impact).toBe(impact);
  });
});

describe('extractFacts: places cleared by how a clause is built', () => {
  it('clears a test place said to work beside production that fails (en)', () => {
    expect(extractFacts('The new call routing works fine on our test tenant, but in production not a single call comes in.').clearedPlaces).toEqual({ production: false, test: true });
  });

  it('clears a test place said to work beside production that fails (nl)', () => {
    expect(extractFacts('De nieuwe belroutering werkt prima in onze testomgeving, maar in productie komt geen enkel gesprek meer binnen.').clearedPlaces).toEqual({ production: false, test: true });
  });

  it('clears production said to be fine beside a test place that fails (en)', () => {
    expect(extractFacts('Our live tenant is fine, only the acceptance tenant fails to route calls since the update.').clearedPlaces).toEqual({ production: true, test: false });
  });

  it('clears production said to be fine beside a test place that fails (nl)', () => {
    expect(extractFacts('Op productie gaat alles goed, alleen de acceptatieomgeving routeert sinds de update geen gesprekken meer.').clearedPlaces).toEqual({ production: true, test: false });
  });

  it('clears no place where the text only names one', () => {
    expect(extractFacts('Since the update no calls come in on our production numbers.').clearedPlaces).toEqual({ production: false, test: false });
  });
});

