import { SlaError } from '../../errors/sla-error';
import { quoteValue } from '../../core/quote-value';
import type { FieldColumns } from './input-mapping';

/**
 * What a helpdesk's ticket export looks like: the column of each field, how
 * its date-times are written, and its priority words mapped to the built-in
 * policy's priorities (1 Business Critical, 2 Degraded Service, 3 General).
 */
export interface ExportPreset {
  readonly name: string;
  /** Other names the preset answers to. */
  readonly aliases: readonly string[];
  /** The product, for messages and the README. */
  readonly product: string;
  readonly columns: FieldColumns;
  /** `iso`, or a date-fns `parse` pattern (see `parseDateFormat`). */
  readonly dateFormat: string;
  /** The product's priority words and the policy priority each stands for. */
  readonly priorities: Readonly<Record<string, string>>;
}

/**
 * The exports `--preset` knows. Columns are the display names the products
 * write in their CSV exports; optional columns an export may leave out
 * (organization, description, first response) are read when present.
 */
export const EXPORT_PRESETS: readonly ExportPreset[] = Object.freeze([
  Object.freeze({
    name: 'zendesk',
    aliases: ['zendesk-support'],
    product: 'Zendesk Support',
    columns: Object.freeze({ id: 'Id', opened: 'Created at', priority: 'Priority', subject: 'Subject', body: 'Description', customer: 'Organization' }),
    // `2025-06-02 10:00:00 +0200` in the CSV export, `2025-06-02T08:00:00Z` in the JSON one: both ISO 8601 as the core reads it.
    dateFormat: 'iso',
    priorities: Object.freeze({ urgent: '1', high: '2', normal: '3', low: '3' }),
  }),
  Object.freeze({
    name: 'freshdesk',
    aliases: [],
    product: 'Freshdesk',
    columns: Object.freeze({
      id: 'Ticket ID',
      opened: 'Created time',
      priority: 'Priority',
      responded: 'Initial response time',
      subject: 'Subject',
      body: 'Description',
      customer: 'Company Name',
    }),
    // `2025-06-02 10:00:00`: a wall time without offset, read in the policy's zone.
    dateFormat: 'iso',
    priorities: Object.freeze({ urgent: '1', high: '2', medium: '3', low: '3' }),
  }),
  Object.freeze({
    name: 'jira',
    aliases: ['jsm', 'jira-service-management', 'jira-service-desk'],
    product: 'Jira Service Management',
    columns: Object.freeze({
      id: 'Issue key',
      opened: 'Created',
      priority: 'Priority',
      subject: 'Summary',
      body: 'Description',
      customer: 'Custom field (Organizations)',
    }),
    // Jira's default date-time format (`02/Jun/25 10:00 AM`), a wall time in the policy's zone.
    dateFormat: 'dd/MMM/yy h:mm a',
    priorities: Object.freeze({
      highest: '1',
      high: '2',
      medium: '3',
      low: '3',
      lowest: '3',
      blocker: '1',
      critical: '1',
      major: '2',
      minor: '3',
      trivial: '3',
    }),
  }),
]);

/**
 * The preset of a name or alias, without regard to case; an unknown name is
 * refused (`USAGE`), naming the presets there are.
 *
 * @example
 * findPreset('Zendesk').columns.opened //=> 'Created at'
 * findPreset('jsm').name //=> 'jira'
 */
export function findPreset(name: string): ExportPreset {
  const asked = name.trim().toLowerCase();
  const found = EXPORT_PRESETS.find((p) => p.name === asked || p.aliases.includes(asked));
  if (found) return found;
  const accepted = EXPORT_PRESETS.map((p) => `${p.name} (${p.product})`).join(', ');
  throw new SlaError('USAGE', `unknown --preset ${quoteValue(name)}: accepted are ${accepted}; or name the columns with --map`);
}
