import { classify, explainClassification, type Classification, type ClassifyInput, type Lang } from '../classify';
import type { LoadedPolicy } from '../domain';
import { builtInPolicy } from './policies';

/**
 * The priority a ticket deserves by the policy's definitions, read from its
 * text (English or Dutch) and the facts given, compared with the priority it
 * was filed with: the engine of `sla classify`. Throws `SlaError('USAGE')` when
 * a given fact is not one of its accepted values.
 *
 * @example
 * classifyTicket({ text: 'Calls drop now and then, callers get cut off', requested: 1 }).priority //=> 2
 */
export function classifyTicket(input: ClassifyInput, policy: LoadedPolicy = builtInPolicy()): Classification {
  return classify(input, policy.policy);
}

/**
 * A classification explained to the customer, in English or Dutch: the
 * priority, why, and the policy's definition of it.
 *
 * @example
 * explainPriority(classifyTicket({ text: 'Our sandbox is down', requested: 1 }), 'en')
 * //=> 'We have lowered the priority of your ticket from 1 to 3 (General Issue). ...'
 */
export function explainPriority(classification: Classification, lang: Lang = 'en', policy: LoadedPolicy = builtInPolicy()): string {
  return explainClassification(classification, policy.policy, lang);
}
