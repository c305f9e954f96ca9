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

describe('fieldLabel', () => {
  it('names the field alone when its column has its name', () => {
    expect(fieldLabel('opened', 'opened')).toBe('opened');
  });

  it('names the column too when it differs', () => {
    expect(fieldLabel('opened', 'Created at')).toBe('opened (column "Created at")');
  });
});
