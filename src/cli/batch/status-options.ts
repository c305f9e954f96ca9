import { InvalidArgumentError } from 'commander';
import { quoteValue } from '../../core/quote-value';
import { SLA_STATUSES, type SlaStatus, type WarnThreshold } from '../../core/sla-status';
import { MS_PER_HOUR, MS_PER_MINUTE } from '../../core/units';

const WARN_ACCEPTED = 'give a share of the target such as 25%, or a time such as 30m, 45min, 1h or 1h30m';

/**
 * Reads `--warn`: a share of the target (`25%`, 0-100) or a time on the
 * target's clock (`30m`, `45min`, `1h`, `1h30m`): the parser of the option,
 * so it throws commander's `InvalidArgumentError` otherwise.
 *
 * @example
 * parseWarn('25%') //=> { percent: 25 }
 * parseWarn('1h30m') //=> { ms: 5_400_000 }
 */
export function parseWarn(text: string): WarnThreshold {
  const value = text.trim().toLowerCase();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  if (percent) {
    const n = Number(percent[1]);
    if (n > 100) throw new InvalidArgumentError(`invalid --warn ${quoteValue(text)}: a share of the target is at most 100%`);
    return { percent: n };
  }
  const time = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$/.exec(value);
  if (time && (time[1] !== undefined || time[2] !== undefined)) {
    return { ms: Number(time[1] ?? 0) * MS_PER_HOUR + Number(time[2] ?? 0) * MS_PER_MINUTE };
  }
  throw new InvalidArgumentError(`invalid --warn ${quoteValue(text)}: ${WARN_ACCEPTED}`);
}

/**
 * Reads `--fail-on`: a comma list of statuses that make the run exit 1. The
 * parser of the option: throws commander's `InvalidArgumentError` for a status
 * that is not one.
 *
 * @example
 * parseFailOn('breached, at-risk') //=> new Set(['breached', 'at-risk'])
 */
export function parseFailOn(text: string): ReadonlySet<SlaStatus> {
  const items = text.split(',').map((s) => s.trim().toLowerCase());
  const statuses = items.filter(isSlaStatus);
  if (statuses.length !== items.length || items.length === 0) {
    throw new InvalidArgumentError(`invalid --fail-on ${quoteValue(text)}: give a comma list of ${SLA_STATUSES.join(', ')}`);
  }
  return new Set(statuses);
}

/** Whether a word of `--fail-on` names a status. */
function isSlaStatus(word: string): word is SlaStatus {
  return SLA_STATUSES.some((s) => s === word);
}
