/**
 * `support-sla` as a library: the engine the `sla` command runs, as a typed
 * API. Load a policy (the built-in one, a file or a value), then compute a
 * ticket's deadline, its status at a moment, or the business time between two
 * instants; read the policy's matrix; classify a ticket's text. Instants go in
 * as `Date` or epoch milliseconds and come out as both; every error is an
 * {@link SlaError} with a stable `code` (one of {@link ERROR_CODES}).
 *
 * @example
 * import { builtInPolicy, computeDeadline } from 'support-sla';
 * const due = computeDeadline(builtInPolicy(), { opened: new Date('2025-06-02T10:00:00+02:00'), priority: 1, plan: 'professional' });
 * due.deadline?.toISOString() //=> '2025-06-02T11:00:00.000Z'
 *
 * @packageDocumentation
 */

// Errors: the class, its codes, and the list of them.
export { SlaError, type ErrorCode } from './errors/sla-error';
export { ERROR_CODES } from './lib/error-codes';

// Instants.
export type { Instant } from './lib/instant';

// Policies and calendars.
export { builtInPolicy, calendarFromDocument, loadCalendar, loadPolicy, policyFromDocument, type CalendarOptions, type PolicyOptions } from './lib/policies';
export type { LoadedPolicy } from './domain';
export type { Plan, Policy, Priority } from './policy/types';
export type { Calendar, HolidayRule } from './holidays/types';
export type { Clock, Target } from './core/deadline';
export type { Schedule } from './core/schedule';

// Deadlines, statuses and business time.
export {
  businessTimeBetween,
  computeDeadline,
  ticketStatus,
  type Deadline,
  type Status,
  type StatusOptions,
  type Ticket,
  type TicketWithResponse,
} from './lib/deadlines';
export type { SlaStatus, WarnThreshold } from './core/sla-status';
export { DEFAULT_WARN, SLA_STATUSES } from './lib/vocabulary';
export type { TraceStep } from './core/trace';

// The response-time matrix.
export { policyTable, targetLabel, type PolicyTable, type PolicyTableCell } from './lib/policy-table';

// Classification.
export { classifyTicket, explainPriority } from './lib/classify-ticket';
export { ENVS, IMPACTS, LANGS, READINGS, WORKAROUNDS } from './lib/vocabulary';
export type { Classification, ClassifyInput, Confidence, Env, Impact, Lang, MatchedPhrase, Reading, Workaround } from './classify';
