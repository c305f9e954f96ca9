import type { Command } from 'commander';
import { getZone } from '../../core/zone';
import { parseWarn } from '../batch/status-options';
import { readChoice } from '../choice-option';
import { CONFIG_KEYS, type ConfigKeyName } from '../config/config-keys';
import { renderSettingsReport, settingRows } from '../config/settings-report';
import { parseCalendarList } from '../policy-options';
import { LANGS } from '../render/shared/labels';
import type { CommandContext } from '../command-context';

/** A flag's parser for `sla config`: checks the value as the real flag would, and keeps the text to show it. */
const checked =
  (parse: (text: string) => unknown) =>
  (text: string): string => {
    parse(text);
    return text;
  };

/**
 * Registers `sla config`: every setting with its value and where it came
 * from, so that one can see why a command used a policy, a plan or a zone.
 * It takes the settings' flags too, and shows them winning. `--print-config`
 * on any command prints the same report (see `createProgram`); `isDefault`
 * makes it the command that `sla --print-config` runs when no command is named.
 *
 * @example
 * registerConfig(context) => loadSettings({ cwd: io.cwd, env: io.env })) // sla config --json
 */
export function registerConfig({ program, io, paint, settings, configIsDefault: isDefault }: CommandContext): void {
  program
    .command('config', { isDefault })
    .description('show each setting (policy, holidays, plan, tz, lang, warn), its value and where it comes from: flag, environment, sla.config.json, user config or default')
    .option('--policy <file>', 'policy JSON file')
    .option('--holidays <list>', 'holiday calendars: comma list of names or JSON paths, or "none"', checked(parseCalendarList))
    .option('-P, --plan <plan>', 'support plan')
    .option('--tz <zone>', 'IANA zone times are printed in', checked(getZone))
    .option('--lang <lang>', `language of labels and explanations: ${LANGS.join(', ')}`, checked((text) => readChoice('--lang', text, LANGS)))
    .option('--warn <threshold>', 'at risk with less than this left: 25% or 30m', checked(parseWarn))
    .option('-j, --json', 'print JSON: {"projectConfig", "userConfig", "settings": {KEY: {"value", "source", "origin"}}}')
    .action(function (this: Command, options: Record<string, unknown>) {
      // Its options are named as the settings are, and their parsers keep the text given.
      const flags = new Map<ConfigKeyName, string>();
      for (const { key } of CONFIG_KEYS) if (this.getOptionValueSource(key) === 'cli') flags.set(key, String(options[key]));
      const found = settings();
      io.out(renderSettingsReport(settingRows(found, flags), found, paint, options.json === true));
    });
}
