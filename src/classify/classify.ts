import type { Policy } from '../policy/types';
import { applyRules, type Verdict } from './apply-rules';
import { extractFacts } from './extract-facts';
import { parseEnv, parseImpact, parseRequested, parseWorkaround } from './parse-values';
import type { Classification, ClassifyInput, ExtractedFacts, Fact, Facts } from './types';

const NO_TEXT: ExtractedFacts = { env: null, impact: null, workaround: null, matched: [], notes: [] };

const KIND: Record<string, string> = {
  question: 'product question',
  'how-to': 'how-to question',
  'feature-request': 'feature request',
  development: 'development problem',
};

/**
 * The priority a ticket deserves by the policy's definitions, compared with the
 * priority it was filed with.
 *
 * Facts given in `input` win over the text; facts neither given nor stated
 * default to: env `production` (the customer did not say it is a test), impact
 * none (priority 3, "no impact stated"), workaround `unknown` (counts as none).
 * A ticket filed without a priority counts as filed with the policy's default
 * priority (3 in the built-in policy). The rules assume priority ids 1, 2 and 3;
 * `name` is the policy's name for the verdict, so a custom policy's names show.
 *
 * Throws `SlaError('USAGE')` when a given fact is not one of its accepted values.
 *
 * @example
 * classify({ text: 'P1: our staging environment is down', requested: 1 }, defaultPolicy())
 * //=> { priority: 3, name: 'General Issue', requested: 1, filed: 1, reclassified: 'down', covered: true,
 * //     reasons: ['staging environment: priorities 1 and 2 apply to production only', ...],
 * //     facts: { env: 'staging', impact: 'outage', workaround: 'unknown' },
 * //     matched: [{ fact: 'env', value: 'staging', phrase: 'staging', lang: 'en' }, { fact: 'impact', value: 'outage', phrase: 'down', lang: 'en' }] }
 */
export function classify(input: ClassifyInput, policy: Policy): Classification {
  const given = {
    env: input.env === undefined ? undefined : parseEnv(input.env),
    impact: input.impact === undefined ? undefined : parseImpact(input.impact),
    workaround: input.workaround === undefined ? undefined : parseWorkaround(input.workaround),
  };
  const requested = input.requested === undefined || input.requested === null ? null : parseRequested(input.requested);
  const read = input.text !== undefined && input.text.trim() !== '' ? extractFacts(input.text) : NO_TEXT;

  const facts: Facts = {
    env: given.env ?? read.env ?? 'production',
    impact: given.impact ?? read.impact,
    workaround: given.workaround ?? read.workaround ?? 'unknown',
  };
  const verdict = applyRules(facts);
  const filed = requested ?? policy.defaultPriority;
  const reclassified = verdict.priority > filed ? 'down' : verdict.priority < filed ? 'up' : null;

  // The text decided only the facts that were not given.
  const fromText = (fact: Fact) => given[fact] === undefined;
  const reasons = [ruleReason(facts, verdict)];
  // Said even when staging already decided it, so an agent sees the text gave no impact.
  if (facts.impact === null && verdict.rule !== 'no-impact') reasons.push('no impact stated');
  if (given.env === undefined && read.env === null && (verdict.rule === 'loss-of-service' || verdict.rule === 'reduced-service')) {
    reasons.push('no environment stated: production assumed');
  }
  for (const fact of ['env', 'impact', 'workaround'] as const) {
    const stated = read[fact];
    if (given[fact] !== undefined && stated !== null && stated !== given[fact]) {
      reasons.push(`${fact} ${given[fact]} was given: the text suggests ${stated}`);
    }
  }
  reasons.push(...read.notes.filter((n) => fromText(n.fact)).map((n) => n.note));
  if (reclassified !== null) {
    const filedAs = requested === null ? `filed without a priority (counts as ${filed})` : `filed as priority ${filed}`;
    reasons.push(`${filedAs}: reclassified ${reclassified} to priority ${verdict.priority}`);
  }
  if (input.beta === true) reasons.push(`beta product: ${policy.notCovered}`);

  return {
    priority: verdict.priority,
    name: policy.priorities.find((p) => p.id === verdict.priority)?.name ?? `Priority ${verdict.priority}`,
    requested,
    filed,
    reclassified,
    covered: input.beta !== true,
    reasons,
    facts,
    matched: read.matched.filter((m) => fromText(m.fact)),
  };
}

/** The deciding reason, a short English sentence for the agent. */
function ruleReason(facts: Facts, verdict: Verdict): string {
  switch (verdict.rule) {
    case 'not-an-incident':
      return `${KIND[facts.impact!]}: priority 3 covers product questions, feature requests and development problems`;
    case 'not-production':
      return `${facts.env} environment: priorities 1 and 2 apply to production only`;
    case 'loss-of-service': {
      const what = facts.impact === 'outage' ? 'complete loss of service' : 'important function completely unavailable';
      const how = facts.workaround === 'yes' ? ', but a workaround exists' : facts.workaround === 'no' ? ' with no workaround' : ' with no workaround stated';
      return `${what} in production${how}: priority ${verdict.priority}`;
    }
    case 'reduced-service':
      return `${facts.impact === 'degraded' ? 'reduced quality of service' : 'intermittent problem'} in production: priority 2`;
    case 'no-impact':
      return 'no impact stated';
  }
}
