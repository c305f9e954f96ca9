// Policy test cases live in the domain layer (src/domain/policy-test-cases.ts);
// these names stay importable from here for the modules that still use this path.
export { caseItems, readCases, runCase, type CaseItem, type CaseResult, type TestCase } from '../domain/policy-test-cases';
