import { guessLang, readFeatures, rulesFeatures, rulesReadingOf, textFeatures } from '../../../src/classify/model/features';
import { toClauses } from '../../../src/classify/text';

describe('guessLang', () => {
  it('guesses Dutch from its common words', () => {
    expect(guessLang(toClauses('De telefoon gaat niet over en we hebben geen idee waarom'))).toBe('nl');
  });

  it('guesses English from its common words', () => {
    expect(guessLang(toClauses('The phone does not ring and we have no idea why'))).toBe('en');
  });

  it('takes English when no common word of either language is there', () => {
    expect(guessLang(toClauses('Wallboard kapot'))).toBe('en');
  });
});

describe('textFeatures', () => {
  it('gives the stems of a text and the pairs of neighbouring stems', () => {
    expect(textFeatures('Calls dropped')).toEqual(['call', 'drop', 'call_drop']);
  });

  it('marks the stems of a sentence that asks', () => {
    expect(textFeatures('Is it down?')).toEqual(['?is', '?it', '?is_it', '?down', '?it_down']);
  });

  it('reads every number as one feature', () => {
    expect(textFeatures('3 agents')).toEqual(textFeatures('40 agents'));
  });

  it('pairs no words across a clause break', () => {
    expect(textFeatures('down, today')).not.toContain('down_today');
  });

  it('stems a Dutch text as Dutch', () => {
    expect(textFeatures('De gesprekken vallen weg')).toContain('gesprek');
  });

  it('lists each feature once', () => {
    const features = textFeatures('Down. Down again. Down!');
    expect(features.length).toBe(new Set(features).size);
  });
});

describe('readFeatures', () => {
  it('keeps the words a pair was first met as', () => {
    expect(readFeatures('Nobody can log in').words.get('can_log')).toBe('can log');
  });

  it('says the language the stems were taken in', () => {
    expect(readFeatures('Het keuzemenu werkt niet').lang).toBe('nl');
  });
});

describe('rulesFeatures', () => {
  const reading = { priority: 1, env: 'production', impact: 'outage', workaround: 'unknown', needsReview: false, confidence: 'high' };

  it("names each value of the rules' reading", () => {
    expect(rulesFeatures(reading)).toEqual(
      expect.arrayContaining(['rules:priority=1', 'rules:env=production', 'rules:impact=outage', 'rules:workaround=unknown', 'rules:review=false', 'rules:confidence=high']),
    );
  });

  it('joins the priority with the impact and with the workaround', () => {
    expect(rulesFeatures(reading)).toEqual(expect.arrayContaining(['rules:priority=1|impact=outage', 'rules:priority=1|workaround=unknown']));
  });

  it('names a missing impact none', () => {
    expect(rulesFeatures({ ...reading, impact: null })).toContain('rules:impact=none');
  });

  it('takes the reading from a verdict', () => {
    const verdict = { priority: 2, facts: { env: 'production', impact: 'degraded', workaround: 'no' }, needsReview: true, confidence: 'low' };
    expect(rulesReadingOf(verdict)).toEqual({ priority: 2, env: 'production', impact: 'degraded', workaround: 'no', needsReview: true, confidence: 'low' });
  });
});
