import { classify } from '../../../../src/classify';
import { getZone } from '../../../../src/core/zone';
import { CLASSIFY_CSV } from '../../../../src/cli/render/classify/classify-csv';
import { classifyRecord, CLASSIFY_OUTPUT_FIELDS } from '../../../../src/cli/render/classify/classify-record';
import { classifyRecordJson } from '../../../../src/cli/render/classify/classify-record-json';
import { CLASSIFY_RESULT_FIELDS } from '../../../../src/cli/render/classify/record-fields';
import { defaultPolicy } from '../../../../src/policy/load-policy';

const zone = getZone('Europe/Amsterdam');
const verdict = classify({ text: 'Calls drop\nAbout one call in ten drops.', requested: 1 }, defaultPolicy());
const json = classifyRecordJson(verdict, undefined, zone);
const cells = (line: string): number => line.replace(/\n$/, '').split(',').length;

describe('the result fields of a classify record', () => {
  it('are every field of the verdict, then the deadline', () => {
    expect(new Set(CLASSIFY_RESULT_FIELDS)).toEqual(new Set([...Object.keys(verdict), 'deadline']));
    expect(CLASSIFY_RESULT_FIELDS.at(-1)).toBe('deadline');
  });

  it('are in the README order, with the values of the verdict', () => {
    expect(Object.keys(json)).toEqual(['priority', 'name', 'requested', 'filed', 'reclassified', 'covered', 'confidence', 'needsReview', 'reviewReason', 'reasons', 'facts', 'matched']);
    expect(json).toEqual(verdict);
    expect(Object.keys(json)).toEqual(CLASSIFY_RESULT_FIELDS.filter((f) => f !== 'deadline'));
  });

  it('come after the input fields they do not replace', () => {
    const record = classifyRecord({ id: 'T-1', requested: '1', priority: 'urgent', team: 'red', error: 'x' }, json);
    expect(Object.keys(record)).toEqual(['id', 'team', ...CLASSIFY_RESULT_FIELDS.filter((f) => f !== 'deadline')]);
    expect([...CLASSIFY_OUTPUT_FIELDS]).toEqual([...CLASSIFY_RESULT_FIELDS, 'error']);
  });
});

describe('the CSV columns of a classify record', () => {
  it('are the README list', () => {
    expect(CLASSIFY_CSV.columns).toEqual([
      'priority',
      'name',
      'requested',
      'filed',
      'reclassified',
      'covered',
      'confidence',
      'needsReview',
      'reviewReason',
      'reason',
      'env',
      'impact',
      'workaround',
      'deadline',
      'errorCode',
      'errorMessage',
      'errorLine',
    ]);
  });

  it('keep the input columns the result does not set, the flat ones included', () => {
    expect(CLASSIFY_CSV.passThroughColumns(['id', 'subject', 'env', 'impact', 'reason', 'deadline', 'errorCode', 'team'])).toEqual(['id', 'subject', 'team']);
  });

  it('give every row as many cells as the header', () => {
    const header = CLASSIFY_CSV.header(['id']);
    const row = CLASSIFY_CSV.row(['id'], { id: 'T-1' }, json);
    const error = CLASSIFY_CSV.errorRow(['id'], { id: 'T-2', requested: '0' }, { code: 'INVALID_INPUT', message: 'requested: bad', line: 3 });
    expect([cells(row), cells(error)]).toEqual([cells(header), cells(header)]);
    expect(row).toMatch(/^T-1,2,Degraded Service,1,1,down,true,high,false,,intermittent problem in production: priority 2,production,intermittent,unknown,,,,\n$/);
    expect(error).toBe('T-2,,,0,,,,,,,,,,,,INVALID_INPUT,requested: bad,3\n');
  });

  it('neutralise a formula in an input value and in the reason, never in the tool\'s values', () => {
    const formula = { ...json, reasons: ['=1+1'] };
    expect(CLASSIFY_CSV.row(['id'], { id: '@SUM(A1)' }, formula)).toMatch(/^'@SUM\(A1\),2,Degraded Service,.*,'=1\+1,production,/);
  });
});
