import { customerKey, PlansLookup } from '../../../src/cli/batch/plans-lookup';
import { defaultSetup } from '../../core/default-schedule';

const { policy } = defaultSetup();
const parse = (text: string) => PlansLookup.parse(text, 'plans.csv', policy);

describe('customerKey', () => {
  it('ignores case and spacing', () => {
    expect(customerKey('  ACME  Corp ')).toBe('acme corp');
  });
});

describe('PlansLookup: CSV', () => {
  it('reads customer,plan rows', () => {
    const plans = parse('customer,plan\nAcme Corp,professional\n"Globex, Inc.",advanced\n');
    expect([plans.size, plans.find('Acme Corp')!.id, plans.find('Globex, Inc.')!.id]).toEqual([2, 'professional', 'advanced']);
  });

  it('finds a customer whatever its case and spacing', () => {
    expect(parse('customer,plan\nAcme Corp,pro\n').find(' acme  corp')!.id).toBe('professional');
  });

  it('skips blank lines and reads CRLF', () => {
    expect(parse('customer,plan\r\n\r\nAcme,basic\r\n').find('Acme')!.id).toBe('basic');
  });

  it('knows nothing of a customer it does not name', () => {
    expect(parse('customer,plan\nAcme,basic\n').find('Initech')).toBeUndefined();
  });

  it('refuses another header', () => {
    expect(() => parse('name,tier\nAcme,basic\n')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('line 1: the header must be customer,plan') }));
  });

  it('refuses a row without two fields, naming its line', () => {
    expect(() => parse('customer,plan\nAcme,basic\nInitech\n')).toThrow(/line 3: give a customer and a plan/);
  });

  it('refuses a plan the policy does not have, naming its line', () => {
    expect(() => parse('customer,plan\nAcme,gold\n')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_PLAN', message: 'plans file "plans.csv", line 2: unknown plan "gold": accepted are basic, professional, advanced' }),
    );
  });

  it('refuses a customer given two plans', () => {
    expect(() => parse('customer,plan\nAcme,basic\nACME,advanced\n')).toThrow(/the customer "ACME" has plan advanced at line 3 and basic at line 2/);
  });

  it('takes a customer given the same plan twice', () => {
    expect(parse('customer,plan\nAcme,basic\nACME,basic\n').size).toBe(1);
  });

  it('refuses an empty file', () => {
    expect(() => parse('\n')).toThrow(/is empty/);
  });
});

describe('PlansLookup: JSON', () => {
  it('reads an object of customer names and plans', () => {
    const plans = PlansLookup.parse('{"Acme Corp": "professional", "Globex": "advanced"}', 'plans.json', policy);
    expect(plans.find('acme corp')!.id).toBe('professional');
  });

  it('refuses a plan that is not a string, naming the key', () => {
    expect(() => PlansLookup.parse('{"Acme": 2}', 'plans.json', policy)).toThrow(/key "Acme": the plan must be a string/);
  });

  it('refuses text that is not JSON', () => {
    expect(() => PlansLookup.parse('{"Acme": ', 'plans.json', policy)).toThrow(/is not valid JSON/);
  });
});
