import { checkPhraseData, findPhrases, PHRASES } from '../../src/classify';
import type { PhraseData } from '../../src/classify';
import { ENVS, IMPACTS, LANGS } from '../../src/classify';
import { foldText } from '../../src/classify/text';

const FACT_VALUES = { env: ENVS, impact: IMPACTS, workaround: ['yes', 'no'] } as const;
const facts = Object.keys(FACT_VALUES) as (keyof typeof FACT_VALUES)[];

// Every phrase of the data with what it states.
const allPhrases = facts.flatMap((fact) =>
  FACT_VALUES[fact].flatMap((value) => LANGS.flatMap((lang) => PHRASES.facts[fact][value]![lang].map((phrase) => ({ fact, value, lang, phrase })))),
);

describe('phrases.json', () => {
  it('is well-formed by checkPhraseData', () => {
    expect(checkPhraseData(PHRASES)).toEqual([]);
  });

  it.each(facts.flatMap((fact) => FACT_VALUES[fact].map((value) => [fact, value] as const)))(
    '%s=%s has English and Dutch phrases',
    (fact, value) => {
      for (const lang of LANGS) expect(PHRASES.facts[fact][value]![lang].length).toBeGreaterThan(0);
    },
  );

  it('lists no phrase twice, so no phrase states two values', () => {
    const key = (p: string) => foldText(p).replace(/[^\p{L}\p{N}*]+/gu, ' ').trim();
    const byKey = new Map<string, string[]>();
    for (const p of [...allPhrases.map((p) => ({ ...p, what: `${p.fact}=${p.value}` })), ...LANGS.flatMap((lang) => PHRASES.ignore[lang].map((phrase) => ({ phrase, what: 'ignore' })))]) {
      byKey.set(key(p.phrase), [...(byKey.get(key(p.phrase)) ?? []), p.what]);
    }
    expect([...byKey].filter(([, whats]) => whats.length > 1)).toEqual([]);
  });

  it('orders every fact in its precedence', () => {
    for (const fact of facts) expect([...PHRASES.precedence[fact]].sort()).toEqual([...FACT_VALUES[fact]].sort());
  });

  it.each(allPhrases.map((p) => [p.phrase, p] as const))('"%s" on its own is found as what it states', (_phrase, p) => {
    // A phrase no other phrase can shadow: the data has no dead entries.
    const hits = findPhrases(p.phrase, PHRASES);
    expect(hits.map((h) => ({ fact: h.fact, value: h.value, lang: h.lang, phrase: h.phrase }))).toEqual([p]);
  });

  it.each(LANGS.flatMap((lang) => PHRASES.ignore[lang]))('the ignore phrase "%s" states nothing', (phrase) => {
    expect(findPhrases(phrase, PHRASES)).toEqual([]);
  });
});

describe('checkPhraseData', () => {
  const clone = (): { -readonly [K in keyof PhraseData]: any } => JSON.parse(JSON.stringify(PHRASES));

  it('reports a fact value without Dutch phrases', () => {
    const doc = clone();
    delete doc.facts.impact.degraded.nl;
    expect(checkPhraseData(doc)).toEqual(['facts.impact.degraded.nl: is required: a non-empty list of phrases']);
  });

  it('reports a missing fact value and an unknown one', () => {
    const doc = clone();
    doc.facts.env.prod = doc.facts.env.production;
    delete doc.facts.env.production;
    expect(checkPhraseData(doc)).toEqual([
      'facts.env.prod: unknown key (accepted: production, staging, development)',
      'facts.env.production: is required: phrases in en and nl',
    ]);
  });

  it('reports a phrase listed for two values, however it is spelled', () => {
    const doc = clone();
    doc.facts.impact.degraded.nl.push('Work-Around');
    // Facts are checked in the order env, impact, workaround: the later listing is the one reported.
    expect(checkPhraseData(doc)).toEqual([
      'facts.workaround.yes.en[1]: "work around" is already listed (impact=degraded, nl): list a phrase once',
    ]);
  });

  it('reports a phrase without words and a precedence that misses a value', () => {
    const doc = clone();
    doc.facts.workaround.no.en = ['no workaround', ' -- '];
    doc.precedence.workaround = ['no'];
    expect(checkPhraseData(doc)).toEqual([
      'facts.workaround.no.en[1]: must be a phrase of at least one word',
      'precedence.workaround: must list each of yes, no exactly once',
    ]);
  });

  it('reports a bad negation block and a document that is not an object', () => {
    const doc = clone();
    doc.negation.before = -1;
    delete doc.negation.stops;
    expect(checkPhraseData(doc)).toEqual([
      'negation.before: must be a whole number of words, 0 or more',
      'negation.stops: must be an object with en and nl lists of phrases',
    ]);
    expect(checkPhraseData([])).toEqual(['(top level): phrase data is a JSON object']);
  });
});
