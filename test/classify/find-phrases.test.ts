import { findPhrases, PHRASES } from '../../src/classify';

const found = (text: string) => findPhrases(text, PHRASES).map((h) => `${h.fact}=${h.value} (${h.phrase})`);
const hit = (text: string, phrase: string) => findPhrases(text, PHRASES).find((h) => h.phrase === phrase);

describe('findPhrases: stems', () => {
  it('matches an English inflection by its stem', () => {
    expect(found('Calls dropped twice')).toContain('impact=intermittent (calls drop)');
  });

  it('matches a Dutch plural by its stem', () => {
    expect(found('Er zijn storingen')).toContain('impact=outage (storing*)');
  });

  it('does not stem a word written with "="', () => {
    expect(found('The integration with our CRM')).toEqual([]);
  });
});

describe('findPhrases: gaps', () => {
  it('allows words in between the words of a phrase', () => {
    expect(found('Nobody in the team can actually log in')).toEqual(['impact=function-down (nobody can log in)']);
  });

  it('allows only one word after a binding negator', () => {
    expect(found('no real workaround')).toEqual(['workaround=no (no workaround)']);
    expect(found('no problem with the calls at all')).not.toContain('impact=outage (no calls)');
  });

  it('does not reach across a stop word', () => {
    expect(found('nobody here and the team can log in')).toEqual([]);
  });

  it('keeps hyphen-joined phrase words together', () => {
    expect(found('It is not in pre-production')).toContain('env=staging (pre-production)');
    expect(found('Werkt in test, niet in productie')).not.toContain('env=staging (niet-productie)');
  });
});

describe('findPhrases: Dutch compounds', () => {
  it('matches a phrase word as the tail of a compound', () => {
    expect(found('De bureautelefoons zijn stil')).toEqual(['impact=outage (telefoons zijn stil=)']);
  });

  it('matches a phrase word as the head of a compound', () => {
    expect(found('Een storingsmelding van vanochtend')).toContain('impact=outage (storing*)');
  });

  it('does not match a short word inside a compound', () => {
    expect(found('De werktijden zijn aangepast')).toEqual([]);
  });
});

describe('findPhrases: negation', () => {
  it('uses a negator up on the first phrase it negates', () => {
    expect(hit('Dit is geen feature request en er werkt helemaal niets', 'werkt helemaal niet')?.negatedBefore ?? null).toBeNull();
  });

  it('does not let a negation reach back across a colon', () => {
    expect(hit('Dit is geen vraag: alles ligt plat', 'alles ligt plat=')?.negatedBefore).toBeNull();
  });

  it('finds a negator in the gap of a phrase', () => {
    expect(hit('Calls do not drop', 'calls drop')?.negatedBefore).toBe('not');
  });

  it('passes a negator from a question on to the feature it is about', () => {
    expect(hit('not a question about a new feature', 'new feature')?.negatedBefore).toBe('not');
  });
});

describe('findPhrases: questions and healthy production', () => {
  it('marks a phrase in a sentence that asks', () => {
    expect(hit('Do you know a workaround?', 'workaround')?.question).toBe(true);
  });

  it('marks a production phrase that comes with words saying it is fine', () => {
    expect(hit('Our live tenant is fine', 'live')?.healthy).toBe('fine');
    expect(hit('Productie draait nog op de oude versie', 'productie*')?.healthy).toBe('draait nog');
  });

  it('does not mark a production phrase whose fine words are negated or part of the problem', () => {
    expect(hit('Production is not ok', 'production')?.healthy).toBeNull();
    expect(hit('Productie werkt niet', 'productie*')?.healthy).toBeNull();
  });
});
