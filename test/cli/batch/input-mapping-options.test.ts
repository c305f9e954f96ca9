import { inputMappingRequest, ticketReadingFrom } from '../../../src/cli/batch/input-mapping-options';
import { defaultSetup, REPO_ROOT } from '../../core/default-schedule';

const { policy } = defaultSetup();
const io = { cwd: REPO_ROOT };

describe('inputMappingRequest', () => {
  it("takes a preset's columns, date format and priority words", () => {
    const request = inputMappingRequest({ preset: 'jira' });
    expect(request.mapping.columns.opened).toBe('Created');
    expect(request.dateFormat).toEqual(expect.objectContaining({ kind: 'pattern', pattern: 'dd/MMM/yy h:mm a' }));
    expect(request.dateFormatLabel).toBe('the date format of --preset jira');
    expect(request.priorityWords.get('highest')).toBe('1');
  });

  it("puts --map, --date-format and --priority-map over the preset's entries", () => {
    const request = inputMappingRequest({ preset: 'jira', map: 'opened=Resolved', dateFormat: 'yyyy-MM-dd HH:mm', priorityMap: 'High=1' });
    expect([request.mapping.columns.opened, request.mapping.columns.priority]).toEqual(['Resolved', 'Priority']);
    expect([request.dateFormat.kind, request.dateFormatLabel]).toEqual(['pattern', '--date-format']);
    expect([request.priorityWords.get('high'), request.priorityWords.get('highest')]).toEqual(['1', '1']);
  });

  it('reads ISO 8601 with the fields as named without flags', () => {
    const request = inputMappingRequest({});
    expect([request.mapping.columns.opened, request.dateFormat.kind, request.priorityWords.size]).toEqual(['opened', 'iso', 0]);
  });

  it('refuses a bad --date-format before anything is read', () => {
    expect(() => inputMappingRequest({ dateFormat: 'dd/MMM/yy q:mm' })).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('ticketReadingFrom', () => {
  it('looks the default plan and priority up in the policy', () => {
    const reading = ticketReadingFrom(inputMappingRequest({ plan: 'pro', priority: 'critical' }), policy, io);
    expect([reading.defaultPlan!.id, reading.defaultPriority!.id]).toEqual(['professional', 1]);
  });

  it('refuses a default priority the policy does not have, naming the flag', () => {
    expect(() => ticketReadingFrom(inputMappingRequest({ priority: '7' }), policy, io)).toThrow(/^--priority: unknown priority "7"/);
  });

  it('reads the plans file from the working directory', () => {
    const reading = ticketReadingFrom(inputMappingRequest({ plans: 'examples/plans.csv' }), policy, io);
    expect(reading.plans!.find('Globex')!.id).toBe('professional');
  });

  it('refuses a plans file that is a folder, naming it', () => {
    expect(() => ticketReadingFrom(inputMappingRequest({ plans: 'examples' }), policy, io)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/^cannot read plans file "examples": /) }),
    );
  });

  it('refuses a plans file that does not exist', () => {
    expect(() => ticketReadingFrom(inputMappingRequest({ plans: 'no-such-plans.csv' }), policy, io)).toThrow(/cannot read plans file "no-such-plans.csv": no such file/);
  });

  it("refuses a preset word standing for a priority the policy lacks, telling how to override it", () => {
    const small = { ...policy, priorities: policy.priorities.filter((p) => p.id !== 3) };
    expect(() => ticketReadingFrom(inputMappingRequest({ preset: 'zendesk' }), small, io)).toThrow(/^--preset zendesk maps "normal" to a priority the policy does not have: .*; give --priority-map normal=PRIORITY$/);
  });
});
