import { choiceOption, readChoice } from '../../../src/cli/choice-option';
import { INPUT_FORMATS } from '../../../src/cli/batch/read-records';
import { OUTPUT_FORMATS } from '../../../src/cli/batch/record-writer';
import { TABLE_FORMATS } from '../../../src/cli/commands/table';

describe('readChoice', () => {
  it('reads a value in any case, with spaces around it', () => {
    expect([readChoice('--format', 'CSV', OUTPUT_FORMATS), readChoice('--input-format', ' ndjson ', INPUT_FORMATS)]).toEqual(['csv', 'ndjson']);
  });

  it.each([
    ['--format', 'xml', OUTPUT_FORMATS, 'invalid --format "xml": accepted are ndjson, csv, json'],
    ['--input-format', 'json', INPUT_FORMATS, 'invalid --input-format "json": accepted are ndjson, csv'],
    ['--format', 'html', TABLE_FORMATS, 'invalid --format "html": accepted are table, json, csv, markdown'],
  ])('refuses %s %j, naming every accepted value', (flag, text, accepted, message) => {
    expect(() => readChoice(flag, text, accepted)).toThrow(expect.objectContaining({ code: 'commander.invalidArgument', message }));
  });

  it('quotes a huge value cut short', () => {
    expect(() => readChoice('--format', 'x'.repeat(1000), OUTPUT_FORMATS)).toThrow(/"x+…" \(1000 characters\): accepted are/);
  });
});

describe('choiceOption', () => {
  it('declares the accepted values to commander and parses with readChoice', () => {
    const option = choiceOption('--lang <lang>', 'language', ['en', 'nl']);
    expect(option.argChoices).toEqual(['en', 'nl']);
    expect(option.parseArg!('NL', undefined)).toBe('nl');
    expect(() => option.parseArg!('fr', undefined)).toThrow('invalid --lang "fr": accepted are en, nl');
  });
});
