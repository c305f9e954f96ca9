import { quoteValue } from '../../../core/quote-value';
import type { Calendar } from '../../../holidays/types';
import type { Paint } from '../../paint';

/**
 * The confirmation of `sla holidays --check FILE` for a valid calendar: its
 * name, how many holiday rules it defines, and how many it takes from the
 * calendars it extends.
 *
 * @example
 * renderCalendarCheck('acme.json', acme, plain)
 * //=> 'acme.json: valid holiday calendar "Acme" (2 rules of its own, 11 from nl)\n'
 */
export function renderCalendarCheck(file: string, calendar: Calendar, paint: Paint): string {
  const own = calendar.rules.filter((r) => r.origin === calendar.id).length;
  const inherited = calendar.rules.filter((r) => r.origin !== calendar.id);
  const origins = [...new Set(inherited.map((r) => r.origin))];
  const from = inherited.length ? `, ${inherited.length} from ${origins.join(', ')}` : '';
  return `${file}: ${paint.ok('valid')} holiday calendar ${quoteValue(calendar.name)} (${own} rule${own === 1 ? '' : 's'} of its own${from})\n`;
}
