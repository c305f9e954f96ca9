import { dirname, isAbsolute } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { quoteValue } from '../../core/quote-value';
import { SlaError } from '../../errors/sla-error';
import { staysWithin } from '../../io/path-within';
import { configKeyForFlag } from './config-keys';
import { describeSource, type Setting, type Settings } from './settings';

/** A setting given to an option of the command that ran. */
export interface AppliedSetting extends Setting {
  /** The option's name as commander keeps it (`plan`, `holidays`, `calendar`). */
  readonly option: string;
}

// Kept per program tree (its root), so that `sla config` and error messages can say where a value came from.
const applied = new WeakMap<Command, AppliedSetting[]>();

function rootOf(command: Command): Command {
  let top = command;
  while (top.parent) top = top.parent;
  return top;
}

/**
 * Gives each option of `command` that the command line did not set the value
 * of its setting (environment or config file), through the option's own
 * parser, with the source `env` or `config`: flags win, and a bad value is
 * refused as a bad flag is, naming where it came from. Generic: any command
 * with a `--policy`, `--holidays`, `--calendar`, `--plan`, `--tz`, `--lang` or
 * `--warn` gets the setting, without a word in its own file. `settings` is
 * called only when some option needs it, so commands without these options
 * never look for a config file.
 *
 * @example
 * program.hook('preAction', (_, command) => applySettings(command, () => loadSettings({ cwd, env })));
 */
export function applySettings(command: Command, settings: () => Settings): void {
  let loaded: Settings | undefined;
  for (const option of command.options) {
    const key = configKeyForFlag(option.long);
    if (key === undefined || !(option.required || option.optional)) continue;
    const name = option.attributeName();
    if (command.getOptionValueSource(name) === 'cli') continue;
    loaded ??= settings();
    const setting = loaded.values.get(key.key);
    if (setting === undefined) continue;
    if (setting.source === 'project' && command.getOptionValue('allowAnyPath') !== true) confineToConfigFolder(setting);
    let value: unknown;
    try {
      key.check?.(setting.text);
      value = option.parseArg ? option.parseArg(setting.text, undefined) : setting.text;
    } catch (err) {
      throw settingError(setting, err);
    }
    command.setOptionValueWithSource(name, value, setting.source === 'env' ? 'env' : 'config');
    const list = applied.get(rootOf(command)) ?? [];
    list.push({ ...setting, option: name });
    applied.set(rootOf(command), list);
  }
}

/**
 * The settings given to the command that ran, in the order its options are declared.
 *
 * @example
 * appliedSettings(program) //=> [{ key: 'plan', text: 'professional', source: 'project', origin: '/srv/acme/sla.config.json', option: 'plan' }]
 */
export function appliedSettings(command: Command): readonly AppliedSetting[] {
  return applied.get(rootOf(command)) ?? [];
}

/**
 * A project's `sla.config.json` comes with the project, as a policy file does,
 * so the paths it names (`policy`, calendar paths in `holidays`, already
 * resolved against its folder) must stay inside that folder, links resolved,
 * unless `--allow-any-path`: a checked-out repository cannot make `sla` read
 * files elsewhere. A user's own config and the environment are the user's
 * word, like flags, and are not confined.
 */
function confineToConfigFolder(setting: Setting): void {
  if (setting.key !== 'policy' && setting.key !== 'holidays') return;
  const folder = dirname(setting.origin);
  const paths = setting.key === 'policy' ? [setting.text] : setting.text.split(',').map((item) => item.trim());
  const outside = paths.find((path) => isAbsolute(path) && !staysWithin(folder, path));
  if (outside !== undefined) {
    throw new SlaError(
      'USAGE',
      `${describeSource(setting)}: ${setting.key}: ${quoteValue(outside)} is outside the folder of this file: give a path inside that folder, or pass --allow-any-path to read any path`,
    );
  }
}

/** A bad setting as a one-line error: where it is set, the key, and the parser's own message. */
function settingError(setting: Setting, err: unknown): SlaError {
  const where = setting.source === 'env' ? setting.origin : `${describeSource(setting)}: ${setting.key}`;
  if (err instanceof SlaError) return new SlaError(err.code, `${where}: ${err.message}`, err.details);
  if (err instanceof InvalidArgumentError) return new SlaError('USAGE', `${where}: ${err.message}`);
  throw err;
}

/**
 * An error with a line added that names the setting behind a value it quotes:
 * a plan or calendar is checked against the policy only once the command
 * runs, so `unknown plan "gold"` may come from a config file the user did
 * not think of. Other errors are returned as they are.
 *
 * @example
 * withSettingNote(new SlaError('UNKNOWN_PLAN', 'unknown plan "gold": accepted are basic'), program).details
 * //=> ['plan "gold" is set in /srv/acme/sla.config.json']
 */
export function withSettingNote(err: unknown, program: Command | undefined): unknown {
  if (!(err instanceof SlaError) || program === undefined) return err;
  const notes = appliedSettings(program)
    .filter((s) => s.text.split(',').some((item) => err.message.includes(quoteValue(item.trim()))))
    .map((s) => `${s.key} ${quoteValue(s.text)} is set in ${describeSource(s)}`);
  return notes.length === 0 ? err : new SlaError(err.code, err.message, [...err.details, ...notes]);
}
