// The deadline and status of a ticket live in the domain layer (src/domain);
// these names stay importable from here for the modules that still use this path.
export { computeDeadline, type DeadlineOutcome, type DeadlineRequest } from '../domain/compute-deadline';
export { ticketStatus, type StatusRequest, type TicketStatus } from '../domain/ticket-status';
