/**
 * `sla classify`, the pure part: the priority a ticket deserves by the
 * policy's definitions, read from the facts given and from English or Dutch text, and an
 * explanation for the customer. No I/O; {@link classify} checks the facts
 * given in its input with the `parse*` helpers (also exported, for callers that
 * read a `ClassifyInput` from JSON or user input), and callers print the result
 * and, on request, {@link explainClassification}. The rules are in the project
 * README, section `sla classify`.
 *
 * @example
 * import { classify, explainClassification, parseEnv } from '../classify';
 * const c = classify({ text: `${subject}\n${body}`, env: parseEnv('staging'), requested: 1 }, policy);
 * explainClassification(c, policy, 'nl');
 */
export { applyRules, type NonIncident, type Rule, type Verdict } from './apply-rules';
export { checkPhraseData } from './check-phrase-data';
export { classify, MAX_TEXT_CHARS } from './classify';
export { explainClassification } from './explain';
export { extractFacts } from './extract-facts';
export { findPhrases, type PhraseHit } from './find-phrases';
export { parseEnv, parseImpact, parseLang, parseRequested, parseWorkaround } from './parse-values';
export { PHRASES, type PhraseData } from './phrase-data';
export { stripThread } from './strip-thread';
export type * from './types';
export { ENVS, IMPACTS, LANGS, PRIORITY_IDS, READINGS, WORKAROUNDS } from './vocabulary';
