import { bindColumns, fieldLabel, inputMapping, parseFieldMap, DEFAULT_MAPPING, MAPPED_FIELDS } from '../../../src/cli/batch/input-mapping';

describe('parseFieldMap', () => {
  it('reads field=Column pairs, keeping spaces inside a column', () => {
    expect(parseFieldMap('opened=Created at, priority=Priority')).toEqual({ opened: 'Created at', priority: 'Priority' });
  });

  it('reads field names without regard to case', () => {
    expect(parseFieldMap('Customer=Organization')).toEqual({ customer: 'Organization' });
  });

  it('keeps an equals sign inside a column name', () => {
    expect(parseFieldMap('id=Ticket = ID')).toEqual({ id: 'Ticket = ID' });
  });

  it('refuses an unknown field, naming the accepted ones', () => {
    expect(() => parseFieldMap('created=Created at')).toThrow(
      expect.objectContaining({ code: 'USAGE', message: expect.stringContaining('unknown field "created"; give field=Column pairs separated by commas; the fields are opened, priority, plan, responded, id, beta, subject, body, customer') }),
    );
  });

  it.each(['opened', 'opened=', '=Created', 'opened=Created,,'])('refuses %s, which is not field=Column', (text) => {
    expect(() => parseFieldMap(text)).toThrow(/is not field=Column/);
  });

  it('refuses a field named twice', () => {
    expect(() => parseFieldMap('opened=A,opened=B')).toThrow(/the field opened is named twice/);
  });
});

describe('inputMapping', () => {
  it('reads each field from its own name by default', () => {
    expect(MAPPED_FIELDS.every((field) => DEFAULT_MAPPING.columns[field] === field)).toBe(true);
  });

  it("takes a preset's column where --map names none", () => {
    const mapping = inputMapping({ opened: 'Created at', priority: 'Priority' }, { priority: 'Urgency' }, '--preset zendesk');
    expect([mapping.columns.opened, mapping.sources.opened]).toEqual(['Created at', 'preset']);
    expect([mapping.columns.priority, mapping.sources.priority]).toEqual(['Urgency', 'map']);
    expect([mapping.columns.plan, mapping.sources.plan]).toEqual(['plan', 'default']);
  });
});

describe('bindColumns: once per file', () => {
  it('finds a column as the header spells it', () => {
    expect(bindColumns(inputMapping({}, { opened: 'Created at' }), ['Id', 'Created at']).opened).toBe('Created at');
  });

  it('finds a column written in another case when only one matches', () => {
    expect(bindColumns(inputMapping({}, { opened: 'created AT' }), ['Id', 'Created at']).opened).toBe('Created at');
  });

  it('refuses a --map column the header does not have, naming its columns', () => {
    expect(() => bindColumns(inputMapping({}, { opened: 'Created' }), ['Id', 'Created at', 'Priority'])).toThrow(
      expect.objectContaining({
        code: 'USAGE',
        message: '--map opened=Created names a column the input does not have: its columns are "Id", "Created at", "Priority"; name the right one with --map opened=Column',
      }),
    );
  });

  it("refuses a preset whose opened column the header does not have", () => {
    expect(() => bindColumns(inputMapping({ opened: 'Created at' }, {}, '--preset zendesk'), ['id', 'opened'])).toThrow(
      /^--preset zendesk \(opened=Created at\) names a column the input does not have: its columns are "id", "opened"/,
    );
  });

  it("lets an export leave out a preset's optional column", () => {
    expect(bindColumns(inputMapping({ opened: 'Created at', customer: 'Organization' }, {}, '--preset zendesk'), ['Created at']).customer).toBe('Organization');
  });

  it('refuses a missing column that another flag needs, naming the flag', () => {
    expect(() => bindColumns(DEFAULT_MAPPING, ['opened', 'plan'], new Map([['customer', '--plans']]))).toThrow(
      /^--plans \(reading customer from the column "customer"\) names a column the input does not have/,
    );
  });

  it('leaves a default column alone when the header lacks it, as a batch always has', () => {
    expect(bindColumns(DEFAULT_MAPPING, ['id']).opened).toBe('opened');
  });
});

describe('bindColumns: a name the header gives more than once', () => {
  const JIRA = ['Issue key', 'Created', 'Labels', 'Labels', 'Labels', 'Custom field (Organizations)', 'Custom field (Organizations)'];
  const READS = new Set(['opened', 'priority', 'plan', 'responded', 'beta'] as const);
  const jira = inputMapping({ id: 'Issue key', opened: 'Created', customer: 'Custom field (Organizations)' }, {}, '--preset jira');

  it('is no matter while nothing read comes from it', () => {
    expect(bindColumns(jira, JIRA, undefined, READS).opened).toBe('Created');
  });

  it('refuses a --map column given three times, naming the columns and the way out', () => {
    expect(() => bindColumns(inputMapping({}, { plan: 'labels' }), JIRA, undefined, READS)).toThrow(
      expect.objectContaining({
        code: 'USAGE',
        message:
          '--map plan=labels reads the column "Labels", which the CSV header has 3 times (columns 3, 4 and 5): one value cannot be told from the others; map plan to a column named once with --map plan=Column, or rename the repeated columns in the file',
      }),
    );
  });

  it("refuses a preset's column that the command reads, or another flag needs", () => {
    const needed = new Map([['customer', '--plans']] as const);
    expect(() => bindColumns(jira, JIRA, needed, READS)).toThrow(/^--preset jira \(customer=Custom field \(Organizations\)\) reads the column "Custom field \(Organizations\)", which the CSV header has 2 times \(columns 6 and 7\)/);
  });

  it('refuses a field read under its own name, and a column without a name given twice', () => {
    expect(() => bindColumns(DEFAULT_MAPPING, ['opened', 'plan', 'opened'], undefined, READS)).toThrow(/^the field opened reads the column "opened", which the CSV header has 2 times \(columns 1 and 3\)/);
    expect(() => bindColumns(inputMapping({}, { plan: 'Plan' }), ['', 'Plan', ''], undefined, READS).plan).not.toThrow();
  });
});

describe('fieldLabel', () => {
  it('names the field alone when its column has its name', () => {
    expect(fieldLabel('opened', 'opened')).toBe('opened');
  });

  it('names the column too when it differs', () => {
    expect(fieldLabel('opened', 'Created at')).toBe('opened (column "Created at")');
  });
});
