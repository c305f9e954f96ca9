// Requires the installed package as CommonJS, computes a deadline and classifies a ticket (the stemmers load from dist/).
const { builtInPolicy, classifyTicket, computeDeadline } = require('support-sla');

const due = computeDeadline(builtInPolicy(), { opened: Date.parse('2025-06-02T10:00:00+02:00'), priority: 1, plan: 'professional' });
if (due.deadlineMs !== Date.parse('2025-06-02T13:00:00+02:00')) throw new Error(`require: wrong deadline ${due.deadlineMs}`);
const verdict = classifyTicket({ text: 'Calls drop now and then, callers get cut off', requested: 1 });
if (verdict.priority !== 2) throw new Error(`require: classified as ${verdict.priority}`);
if (require('support-sla/package.json').name !== 'support-sla') throw new Error('require: support-sla/package.json');
require('support-sla/schemas/policy.schema.json');
console.log(`require: due ${due.deadline.toISOString()}`);
