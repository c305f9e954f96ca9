/**
 * Forms of one word that the stemmer cannot join: irregular verbs ("got",
 * "rang", "kreeg", "ging") and the negated auxiliaries folded into one word
 * ("couldnt", "wasnt"). A phrase written with one form matches the others, so
 * "cant get through" also reads "couldn't get through" and "krijgen geen
 * verbinding" also "kregen geen verbinding". Whether a problem is over is read from words of
 * time and recovery (`resolved` phrases, "since then", "weer"), not from
 * tense, so a past form states the failure as much as a present one.
 *
 * Groups are kept to forms of the same verb whose tense does not change
 * what a phrase says. "can" and "could" stay apart ("we could still ..." is a
 * condition, "we can still ..." a way round), and so do "is" and "was" ("is
 * down" is not "was down until ten"). Groups that rated more development
 * tickets wrong than right are left out: "go"/"went" ("go live" is not yet
 * live, "went live" is), "don't"/"didn't", "come"/"came", "hear"/"heard",
 * "komen"/"kwam".
 */
import type { Lang } from './types';

const GROUPS: Readonly<Record<Lang, readonly (readonly string[])[]>> = {
  en: [
    ['cant', 'cannot', 'couldnt'],
    ['isnt', 'arent', 'wasnt', 'werent'],
    ['havent', 'hasnt', 'hadnt'],
    ['get', 'gets', 'got'],
    ['ring', 'rings', 'rang'],
    ['send', 'sends', 'sent'],
    ['lose', 'loses', 'lost'],
  ],
  nl: [
    ['kan', 'kunnen', 'kunt', 'kon', 'konden'],
    ['ga', 'gaat', 'gaan', 'ging', 'gingen'],
    ['doe', 'doet', 'doen', 'deed', 'deden'],
    ['krijg', 'krijgt', 'krijgen', 'kreeg', 'kregen'],
    ['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden'],
    ['wordt', 'worden', 'werd', 'werden'],
    ['bel', 'belt', 'bellen', 'belde', 'belden'],
  ],
};

const BY_WORD: Readonly<Record<Lang, ReadonlyMap<string, ReadonlySet<string>>>> = {
  en: index(GROUPS.en),
  nl: index(GROUPS.nl),
};

function index(groups: readonly (readonly string[])[]): Map<string, ReadonlySet<string>> {
  const byWord = new Map<string, ReadonlySet<string>>();
  for (const group of groups) {
    const forms = new Set(group);
    for (const w of group) byWord.set(w, forms);
  }
  return byWord;
}

/**
 * The forms a phrase word also matches in its language: the other forms of
 * its verb, or undefined when it has none listed.
 *
 * @example
 * formsOf('cant', 'en')  //=> Set { 'cant', 'cannot', 'couldnt' }
 * formsOf('krijgen', 'nl') //=> Set { 'krijg', 'krijgt', 'krijgen', 'kreeg', 'kregen' }
 * formsOf('call', 'en')  //=> undefined
 */
export function formsOf(word: string, lang: Lang): ReadonlySet<string> | undefined {
  return BY_WORD[lang].get(word);
}
