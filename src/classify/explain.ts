import type { Policy } from '../policy/types';
import { applyRules, type Verdict } from './apply-rules';
import definitions from './definitions.json';
import { parseLang } from './parse-values';
import type { Classification, Facts, Lang, PriorityId } from './types';

/**
 * The sentences of an explanation, per language. Kept in code rather than in
 * JSON so that the compiler checks every language has every sentence; the
 * policy's own words (the definitions) are data, in `definitions.json`.
 */
interface Wording {
  lowered(from: number, to: number, name: string): string;
  raised(from: number, to: number, name: string): string;
  /** Filed without a priority, and the verdict differs from the default. */
  unfiled(from: number, to: number, name: string, up: boolean): string;
  kept(to: number, name: string): string;
  keptDefault(to: number, name: string): string;
  reason(facts: Facts, verdict: Verdict): string;
  defines(priority: number, definition: string): string;
  beta(notCovered: string): string;
}

const EN: Wording = {
  lowered: (from, to, name) => `We have lowered the priority of your ticket from ${from} to ${to} (${name}).`,
  raised: (from, to, name) => `We have raised the priority of your ticket from ${from} to ${to} (${name}).`,
  unfiled: (from, to, name, up) =>
    `Your ticket was submitted without a priority, which counts as priority ${from}; we have ${up ? 'raised' : 'lowered'} it to priority ${to} (${name}).`,
  kept: (to, name) => `Your ticket keeps priority ${to} (${name}).`,
  keptDefault: (to, name) => `Your ticket was submitted without a priority, so it has priority ${to} (${name}).`,
  reason: (facts, verdict) => {
    switch (verdict.rule) {
      case 'not-an-incident':
        return {
          question: 'It is a product question.',
          'how-to': 'It is a how-to question.',
          'feature-request': 'It is a feature request.',
          development: 'It concerns a development problem.',
        }[verdict.kind];
      case 'not-production':
        return `The problem is in a ${facts.env} environment, and priorities 1 and 2 apply to production only.`;
      case 'loss-of-service': {
        const what =
          facts.impact === 'outage'
            ? 'There is a complete loss of service in production'
            : 'An important function is completely unavailable in production';
        const how =
          facts.workaround === 'yes'
            ? ', but a workaround is available.'
            : facts.workaround === 'no'
              ? ' and no workaround exists.'
              : ' and no workaround is known.';
        return what + how;
      }
      case 'reduced-service':
        return facts.impact === 'degraded'
          ? 'The service in production works with reduced quality.'
          : 'There is an intermittent problem in production.';
      case 'no-impact':
        return 'The ticket does not describe an impact on the service, so it keeps its priority until a support engineer has read it.';
      case 'workaround-no-impact':
        return 'A workaround is available, and priority 1 applies only when no workaround exists; a support engineer will read how the service is affected.';
    }
  },
  defines: (priority, definition) => `Our support policy defines priority ${priority} as follows: "${definition}"`,
  beta: (notCovered) => `Please note: ${lowerFirst(notCovered)}`,
};

const NL: Wording = {
  lowered: (from, to, name) => `We hebben de prioriteit van je ticket verlaagd van ${from} naar ${to} (${name}).`,
  raised: (from, to, name) => `We hebben de prioriteit van je ticket verhoogd van ${from} naar ${to} (${name}).`,
  unfiled: (from, to, name, up) =>
    `Je ticket is zonder prioriteit ingediend, wat telt als prioriteit ${from}; we hebben het ${up ? 'verhoogd' : 'verlaagd'} naar prioriteit ${to} (${name}).`,
  kept: (to, name) => `Je ticket houdt prioriteit ${to} (${name}).`,
  keptDefault: (to, name) => `Je ticket is zonder prioriteit ingediend en heeft daarom prioriteit ${to} (${name}).`,
  reason: (facts, verdict) => {
    switch (verdict.rule) {
      case 'not-an-incident':
        return {
          question: 'Het is een productvraag.',
          'how-to': 'Het is een how-to-vraag.',
          'feature-request': 'Het is een functieverzoek.',
          development: 'Het gaat om een ontwikkelingsprobleem.',
        }[verdict.kind];
      case 'not-production':
        return `Het probleem doet zich voor in een ${facts.env === 'staging' ? 'staging-omgeving' : 'ontwikkelomgeving'}, en prioriteit 1 en 2 gelden alleen voor productie.`;
      case 'loss-of-service': {
        const what =
          facts.impact === 'outage'
            ? 'Er is een volledig verlies van service in productie'
            : 'Een belangrijke functie is in productie volledig niet beschikbaar';
        const how =
          facts.workaround === 'yes'
            ? ', maar er is een tijdelijke oplossing beschikbaar.'
            : facts.workaround === 'no'
              ? ' en er bestaat geen tijdelijke oplossing.'
              : ' en er is geen tijdelijke oplossing bekend.';
        return what + how;
      }
      case 'reduced-service':
        return facts.impact === 'degraded'
          ? 'De service in productie werkt met verminderde kwaliteit.'
          : 'Er is een periodiek probleem in productie.';
      case 'no-impact':
        return 'Het ticket beschrijft geen impact op de service, dus het houdt zijn prioriteit tot een supportmedewerker het heeft gelezen.';
      case 'workaround-no-impact':
        return 'Er is een tijdelijke oplossing beschikbaar, en prioriteit 1 geldt alleen als er geen tijdelijke oplossing bestaat; een supportmedewerker leest hoe de service wordt geraakt.';
    }
  },
  defines: (priority, definition) => `Ons ondersteuningsbeleid omschrijft prioriteit ${priority} als volgt: "${definition}"`,
  beta: (notCovered) => `Let op: ${lowerFirst(notCovered)}`,
};

const WORDING: Record<Lang, Wording> = { en: EN, nl: NL };

// The policy's definitions by priority id, so that a verdict's priority finds its own.
const DEFINITIONS: Readonly<Record<PriorityId, Readonly<Record<Lang, { readonly definition: string }>>>> = {
  1: definitions.priorities['1'],
  2: definitions.priorities['2'],
  3: definitions.priorities['3'],
};

/**
 * A paragraph an agent can paste to the customer: the verdict and how it
 * compares with the priority filed, why, the policy's definition of the
 * priority quoted from `definitions.json` (Dutch from the original policy),
 * and for a beta product that there is no guaranteed response time.
 * The priority name is the policy's, so a custom policy's names show.
 * Pure: the same classification always gives the same text. Throws
 * `SlaError('USAGE')` for a language other than `en` or `nl`.
 *
 * @example
 * explainClassification(classify({ text: 'Our sandbox is down', requested: 1 }, policy), policy, 'en')
 * //=> 'We have lowered the priority of your ticket from 1 to 3 (General Issue). The problem is in a staging
 * //    environment, and priorities 1 and 2 apply to production only. Our support policy defines priority 3 as
 * //    follows: "Product questions, feature requests and development problems."'
 */
export function explainClassification(c: Classification, policy: Policy, lang: Lang): string {
  const language = parseLang(lang);
  const w = WORDING[language];
  // Recomputed from the facts rather than parsed from the English reasons, so the wording never depends on them.
  const verdict = applyRules(c.facts);
  const name = policy.priorities.find((p) => p.id === c.priority)?.name ?? c.name;
  const first =
    c.reclassified === null
      ? c.requested === null
        ? w.keptDefault(c.priority, name)
        : w.kept(c.priority, name)
      : c.requested === null
        ? w.unfiled(c.filed, c.priority, name, c.reclassified === 'up')
        : c.reclassified === 'up'
          ? w.raised(c.filed, c.priority, name)
          : w.lowered(c.filed, c.priority, name);
  const definition = DEFINITIONS[c.priority][language].definition;
  const sentences = [first, w.reason(c.facts, verdict), w.defines(c.priority, definition)];
  if (!c.covered) sentences.push(w.beta(definitions.notCovered[language]));
  return sentences.join(' ');
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
