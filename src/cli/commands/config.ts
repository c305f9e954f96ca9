import type { Command } from 'commander';
import { getZone } from '../../core/zone';
import { parseWarn } from '../batch/status-options';
import { readChoice } from '../choice-option';
import { CONFIG_KEYS, type ConfigKeyName } from '../config/config-keys';
import { appliedSettings } from '../config/apply-settings';
import { describeSource, type Settings } from '../config/settings';
import type { Io } from '../io';
import type { Paint } from '../paint';
import { parseCalendarList } from '../policy-options';
import { LANGS } from '../render/shared/labels';

/** One row of `sla config`: a setting, its value (null when nothing sets it) and where the value came from. */
interface SettingRow {
  readonly key: ConfigKeyName;
  readonly value: string | null;
  /** `flag`, `env`, `project`, `user` or `default`. */
  readonly source: 'flag' | 'env' | 'project' | 'user' | 'default';
  /** The environment variable or config file, for `env`, `project` and `user`; else null. */
  readonly origin: string | null;
  /** The source in words: `flag`, `env SLA_POLICY`, the project file's path, `user config PATH`, `default`. */
  readonly from: string;
  /** What applies by default, in words. */
  readonly fallback: string;
}

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
 * It takes the settings' flags too, and shows them winning.
 *
 * @example
 * registerConfig(program, io, paint, () => loadSettings({ cwd: io.cwd, env: io.env })) // sla config --json
 */
export function registerConfig(program: Command, io: Io, paint: Paint, settings: () => Settings): void {
  program
    .command('config')
    .description('show each setting (policy, holidays, plan, tz, lang, warn), its value and where it comes from: flag, environment, sla.config.json, user config or default')
    .option('--policy <file>', 'policy JSON file')
    .option('--holidays <list>', 'holiday calendars: comma list of names or JSON paths, or "none"', checked(parseCalendarList))
    .option('-P, --plan <plan>', 'support plan')
    .option('--tz <zone>', 'IANA zone times are printed in', checked(getZone))
    .option('--lang <lang>', `language of labels and explanations: ${LANGS.join(', ')}`, checked((text) => readChoice('--lang', text, LANGS)))
    .option('--warn <threshold>', 'at risk with less than this left: 25% or 30m', checked(parseWarn))
    .option('-j, --json', 'print JSON: {"projectConfig", "userConfig", "settings": {KEY: {"value", "source", "origin"}}}')
    .action(function (this: Command, options: Record<string, unknown>) {
      const found = settings();
      const given = appliedSettings(this);
      const rows: SettingRow[] = CONFIG_KEYS.map(({ key, fallback }) => {
        const base = { key, fallback };
        if (this.getOptionValueSource(key) === 'cli') return { ...base, value: String(options[key]), source: 'flag', origin: null, from: 'flag' };
        const setting = given.find((s) => s.key === key);
        if (setting !== undefined) return { ...base, value: setting.text, source: setting.source, origin: setting.origin, from: describeSource(setting) };
        return { ...base, value: null, source: 'default', origin: null, from: 'default' };
      });
      if (options.json) {
        const json = {
          projectConfig: found.projectFile ?? null,
          userConfig: found.userFile ?? null,
          settings: Object.fromEntries(rows.map((r) => [r.key, { value: r.value, source: r.source, origin: r.origin }])),
        };
        return io.out(`${JSON.stringify(json, null, 2)}\n`);
      }
      io.out(renderSettings(rows, found, paint));
    });
}

/** The text of `sla config`: the files looked at, then a line per setting. */
function renderSettings(rows: readonly SettingRow[], found: Settings, paint: Paint): string {
  const files = [
    `project config: ${found.projectFile ?? 'none (no sla.config.json from here up)'}`,
    `user config:    ${found.userFile ?? (found.userPath === undefined ? 'none (no home folder)' : `none (${found.userPath} not found)`)}`,
  ];
  const shown = rows.map((r) => ({ row: r, value: r.value === null ? `(${r.fallback})` : r.value }));
  const keyWidth = Math.max(...rows.map((r) => r.key.length));
  const valueWidth = Math.max(...shown.map((s) => s.value.length));
  const lines = shown.map(({ row, value }) => `${paint.bold(row.key.padEnd(keyWidth))}  ${value.padEnd(valueWidth)}  ${paint.dim(row.from)}`);
  return `${files.join('\n')}\n\n${lines.join('\n')}\n`;
}
