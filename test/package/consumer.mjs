// Imports the installed package as an ES module and computes a deadline.
import { builtInPolicy, computeDeadline, SlaError } from 'support-sla';

const due = computeDeadline(builtInPolicy(), { opened: new Date('2025-06-02T10:00:00+02:00'), priority: 1, plan: 'professional' });
if (due.deadline?.toISOString() !== '2025-06-02T11:00:00.000Z') throw new Error(`import: wrong deadline ${due.deadline?.toISOString()}`);
try {
  computeDeadline(builtInPolicy(), { opened: 0, plan: 'gold' });
  throw new Error('import: an unknown plan was accepted');
} catch (err) {
  if (!(err instanceof SlaError) || err.code !== 'UNKNOWN_PLAN') throw err;
}
console.log(`import: due ${due.deadline.toISOString()}`);
