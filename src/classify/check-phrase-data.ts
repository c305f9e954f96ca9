import { at, checkKeys, isRecord, Problems } from '../document/problems';
import { phraseWords } from './text';
import type { Fact } from './types';
import { ENVS, FACTS, IMPACTS, LANGS } from './vocabulary';

// The values each fact's phrases may state. `workaround: unknown` is the absence
// of a statement, so it has no phrases.
const VALUES: Readonly<Record<Fact, readonly string[]>> = {
  env: ENVS,
  impact: IMPACTS,
  workaround: ['yes', 'no'],
};

/**
 * Every problem of a phrase-data document such as `phrases.json`, one line each
 * (empty when it is well-formed): every fact value has English and Dutch
 * phrases, every phrase reads as at least one word, a phrase is listed once in
 * the whole document (after folding case, accents and punctuation), so no phrase
 * can state two values, and each precedence lists exactly its fact's values.
 *
 * @example
 * checkPhraseData(PHRASES) //=> []
 * checkPhraseData({ ...PHRASES, precedence: { ...PHRASES.precedence, workaround: ['yes'] } })
 * //=> ['precedence.workaround: must list each of yes, no exactly once']
 */
export function checkPhraseData(doc: unknown): string[] {
  const problems = new Problems();
  if (!isRecord(doc)) return ['(top level): phrase data is a JSON object'];
  checkKeys(doc, ['$comment', 'precedence', 'facts', 'ignore', 'healthy', 'resolved', 'usable', 'gap', 'negation'], '', problems);
  // Where each folded phrase was first seen, to report a second listing.
  const seen = new Map<string, string>();

  const facts = doc.facts;
  if (!isRecord(facts)) problems.add('facts', 'is required: an object of env, impact and workaround');
  for (const fact of FACTS) {
    const values = isRecord(facts) ? facts[fact] : undefined;
    const path = at('facts', fact);
    if (isRecord(facts) && !isRecord(values)) problems.add(path, 'is required: an object from value to phrases per language');
    if (isRecord(values)) {
      checkKeys(values, VALUES[fact], path, problems);
      for (const value of VALUES[fact]) {
        if (values[value] === undefined) problems.add(at(path, value), 'is required: phrases in en and nl');
        else checkByLang(values[value], at(path, value), `${fact}=${value}`, seen, problems);
      }
    }
    checkPrecedence(isRecord(doc.precedence) ? doc.precedence[fact] : undefined, fact, problems);
  }
  if (!isRecord(doc.precedence)) problems.add('precedence', 'is required: the order of values per fact');
  else checkKeys(doc.precedence, FACTS, 'precedence', problems);

  checkByLang(doc.ignore, 'ignore', 'ignore', seen, problems);
  // Healthy words are read only next to a production phrase, so they may repeat words of fact phrases.
  checkByLang(doc.healthy, 'healthy', 'healthy', new Map(), problems);
  checkByLang(doc.resolved, 'resolved', 'resolved', seen, problems);
  checkByLang(doc.usable, 'usable', 'usable', seen, problems);
  if (typeof doc.gap !== 'number' || !Number.isInteger(doc.gap) || doc.gap < 0 || doc.gap > 3) {
    problems.add('gap', 'must be a whole number of words from 0 to 3');
  }
  checkNegation(doc.negation, problems);
  return problems.lines();
}

function checkByLang(value: unknown, path: string, meaning: string, seen: Map<string, string>, problems: Problems): void {
  if (!isRecord(value)) {
    problems.add(path, 'must be an object with en and nl lists of phrases');
    return;
  }
  checkKeys(value, LANGS, path, problems);
  for (const lang of LANGS) {
    const list = value[lang];
    const listPath = at(path, lang);
    if (!Array.isArray(list) || list.length === 0) {
      problems.add(listPath, 'is required: a non-empty list of phrases');
      continue;
    }
    list.forEach((phrase: unknown, i) => {
      const phrasePath = at(listPath, i);
      if (typeof phrase !== 'string' || phraseWords(phrase).length === 0) {
        problems.add(phrasePath, 'must be a phrase of at least one word');
        return;
      }
      const key = phraseWords(phrase)
        .map((w) => w.text + (w.prefix ? '*' : w.exact ? '=' : ''))
        .join(' ');
      const first = seen.get(key);
      if (first !== undefined) problems.add(phrasePath, `${JSON.stringify(phrase)} is already listed (${first}): list a phrase once`);
      else seen.set(key, `${meaning}, ${lang}`);
    });
  }
}

function checkPrecedence(order: unknown, fact: Fact, problems: Problems): void {
  const values = VALUES[fact];
  const ok =
    Array.isArray(order) && order.length === values.length && values.every((v) => order.filter((o) => o === v).length === 1);
  if (!ok) problems.add(at('precedence', fact), `must list each of ${values.join(', ')} exactly once`);
}

function checkNegation(negation: unknown, problems: Problems): void {
  if (!isRecord(negation)) {
    problems.add('negation', 'is required: before, after, negators and stops');
    return;
  }
  checkKeys(negation, ['before', 'after', 'negators', 'stops'], 'negation', problems);
  for (const key of ['before', 'after']) {
    const n = negation[key];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) problems.add(at('negation', key), 'must be a whole number of words, 0 or more');
  }
  // Negators and stops are single words or short phrases of their own; they do
  // not state facts, so they are checked for shape but not against `seen`.
  checkByLang(negation.negators, at('negation', 'negators'), 'negator', new Map(), problems);
  checkByLang(negation.stops, at('negation', 'stops'), 'stop', new Map(), problems);
}
