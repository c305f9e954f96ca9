import { EXPORT_PRESETS, findPreset } from '../../../src/cli/batch/export-presets';
import { parseDateFormat } from '../../../src/cli/batch/date-format';
import { resolvePriorityWords } from '../../../src/cli/batch/priority-map';
import { defaultSetup } from '../../core/default-schedule';

describe('findPreset', () => {
  it.each([
    ['zendesk', 'zendesk'],
    ['Zendesk', 'zendesk'],
    ['freshdesk', 'freshdesk'],
    ['jira', 'jira'],
    ['jsm', 'jira'],
    ['Jira-Service-Management', 'jira'],
  ])('finds %s', (name, found) => {
    expect(findPreset(name).name).toBe(found);
  });

  it('refuses an unknown preset, naming those there are', () => {
    expect(() => findPreset('servicenow')).toThrow(
      expect.objectContaining({
        code: 'USAGE',
        message: 'unknown --preset "servicenow": accepted are zendesk (Zendesk Support), freshdesk (Freshdesk), jira (Jira Service Management); or name the columns with --map',
      }),
    );
  });
});

describe('the presets', () => {
  const { policy } = defaultSetup();

  it.each(EXPORT_PRESETS.map((p) => [p.name, p]))('%s has a date format the reader accepts', (_name, preset) => {
    expect(() => parseDateFormat(preset.dateFormat)).not.toThrow();
  });

  it.each(EXPORT_PRESETS.map((p) => [p.name, p]))("%s maps its priority words onto the built-in policy's", (_name, preset) => {
    expect(() => resolvePriorityWords(new Map(Object.entries(preset.priorities)), policy, preset.name)).not.toThrow();
  });

  it.each([
    ['zendesk', 'Created at', 'Priority', 'Id'],
    ['freshdesk', 'Created time', 'Priority', 'Ticket ID'],
    ['jira', 'Created', 'Priority', 'Issue key'],
  ])('%s reads opened from %s, priority from %s and id from %s', (name, opened, priority, id) => {
    expect(findPreset(name).columns).toEqual(expect.objectContaining({ opened, priority, id }));
  });

  it("maps Zendesk's urgent to P1 and normal to P3", () => {
    expect(findPreset('zendesk').priorities).toEqual({ urgent: '1', high: '2', normal: '3', low: '3' });
  });

  it("reads Jira's dates in its default format", () => {
    expect(findPreset('jira').dateFormat).toBe('dd/MMM/yy h:mm a');
  });
});
