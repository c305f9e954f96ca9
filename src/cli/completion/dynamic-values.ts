import { shippedCalendars } from '../../holidays/load-calendars';
import type { Settings } from '../config/settings';
import type { Io } from '../io';
import { loadPolicy } from '../policy-options';
import type { CompletionContext, DynamicValues } from './complete-words';

/** Where dynamic values are looked up: the installation's calendars, and the settings for the effective policy. */
export interface ValueSources {
  readonly io: Io;
  /** The settings in effect; may throw for a bad config file, which then leaves the policy built in. */
  readonly settings: () => Settings;
}

/**
 * The values of the options whose values are not a fixed `.choices()` list:
 * plans and priorities of the effective policy (`--policy` on the line, else
 * the settings', else the built-in one), the shipped calendar names and the
 * zones; closed sets (`--format`, `--lang`, `--impact`) come from their
 * `.choices()` instead. Reads at most one policy file and
 * the calendar folder; never writes, never prints; anything that fails gives
 * no values rather than an error, since a completion has nowhere to say it.
 *
 * @example
 * dynamicValues({ io, settings })('--plan', context) //=> ['basic', 'professional', 'advanced']
 */
export function dynamicValues(sources: ValueSources): DynamicValues {
  return (flag: string, context: CompletionContext): readonly string[] => {
    switch (flag) {
      case '--plan':
        return policyOf(sources, context)?.plans.map((p) => p.id) ?? [];
      case '--priority':
      case '--requested': {
        const policy = policyOf(sources, context);
        if (policy === undefined) return [];
        const ids = policy.priorities.map((p) => String(p.id));
        return flag === '--requested' ? ids : [...ids, ...policy.priorities.flatMap((p) => p.aliases)];
      }
      case '--holidays':
      case '--calendar':
        return [...shippedCalendars(sources.io.holidaysDir), 'none'];
      case '--tz':
        return Intl.supportedValuesOf('timeZone');
      default:
        return [];
    }
  };
}

/** The policy the command would use, or undefined when it cannot be read. */
function policyOf(sources: ValueSources, context: CompletionContext) {
  try {
    const typed = context.given.get('--policy');
    let policy = typed;
    if (policy === undefined) {
      try {
        policy = sources.settings().values.get('policy')?.text;
      } catch {
        policy = undefined;
      }
    }
    // Calendars are not needed for plan and priority names: none are read.
    return loadPolicy({ policy, holidays: [] }, sources.io).policy;
  } catch {
    return undefined;
  }
}
