import { InvalidArgumentError, Option } from 'commander';
import { quoteValue } from '../core/quote-value';

/**
 * An option whose value is one of a closed set, e.g. `--format table|json`.
 * commander's `choices` declares the set (help lists it); the value is
 * trimmed and compared in lower case, so `--format CSV` is `csv`, and a value
 * outside the set is refused naming it and every accepted value:
 * `invalid --format "xml": accepted are table, json, csv, markdown`.
 *
 * @example
 * command.addOption(choiceOption('--format <format>', 'output format', TABLE_FORMATS))
 * // sla table --format Markdown → options.format === 'markdown'
 */
export function choiceOption(flags: string, description: string, accepted: readonly string[]): Option {
  const option = new Option(flags, description).choices(accepted);
  // Set after `choices`, this parser replaces commander's exact match with one that ignores case and spaces.
  return option.argParser((text: string) => readChoice(option.long ?? option.name(), text, accepted));
}

/**
 * One value of a closed set, trimmed and in lower case, or commander's
 * `InvalidArgumentError` naming the flag, the value and the accepted ones.
 *
 * @example
 * readChoice('--lang', ' NL', ['en', 'nl']) //=> 'nl'
 */
export function readChoice(flag: string, text: string, accepted: readonly string[]): string {
  const value = text.trim().toLowerCase();
  if (accepted.includes(value)) return value;
  throw new InvalidArgumentError(`invalid ${flag} ${quoteValue(text)}: accepted are ${accepted.join(', ')}`);
}
