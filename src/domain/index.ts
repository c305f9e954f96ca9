// The domain's public face: what the CLI, its batches and a library user all call.
// Everything here takes and returns plain values (paths, instants in epoch ms,
// frozen policies); nothing reads flags, prints or looks at the clock.
export { computeDeadline, type CoveredOutcome, type DeadlineOutcome, type DeadlineRequest, type NotCoveredOutcome } from './compute-deadline';
export { judgeTicket, type JudgeContext, type JudgedTicket, type TicketFacts } from './judge-ticket';
export { loadPolicyWithCalendars, type LoadedPolicy, type PolicyRequest } from './load-policy-with-calendars';
export { caseItems, readCases, runCase, type CaseItem, type CaseResult, type TestCase } from './policy-test-cases';
export { ticketStatus, type StatusRequest, type TicketStatus } from './ticket-status';
