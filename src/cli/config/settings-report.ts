import type { Paint } from '../paint';
import { CONFIG_KEYS, type ConfigKeyName } from './config-keys';
import { describeSource, type Settings } from './settings';

/** One setting as `sla config` and `--print-config` show it: its value (null when nothing sets it) and where the value came from. */
export interface SettingRow {
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

/**
 * Every setting in effect, in the order of {@link CONFIG_KEYS}: the text its
 * flag was given on the command line, else what the environment or a config
 * file sets (`settings`, already in their order of precedence), else the
 * built-in default.
 *
 * @example
 * settingRows(loadSettings({ cwd, env: { SLA_HOLIDAYS: 'de' } }), new Map([['plan', 'advanced']]))
 * //=> [{ key: 'policy', value: null, source: 'default', ... }, { key: 'holidays', value: 'de', source: 'env', origin: 'SLA_HOLIDAYS', ... }, { key: 'plan', value: 'advanced', source: 'flag', ... }, ...]
 */
export function settingRows(settings: Settings, flags: ReadonlyMap<ConfigKeyName, string>): SettingRow[] {
  return CONFIG_KEYS.map(({ key, fallback }): SettingRow => {
    const flag = flags.get(key);
    if (flag !== undefined) return { key, fallback, value: flag, source: 'flag', origin: null, from: 'flag' };
    const setting = settings.values.get(key);
    if (setting !== undefined) return { key, fallback, value: setting.text, source: setting.source, origin: setting.origin, from: describeSource(setting) };
    return { key, fallback, value: null, source: 'default', origin: null, from: 'default' };
  });
}

/**
 * The report of `sla config` and `--print-config`: the config files looked
 * at, then a line per setting with its value and source; with `json`, one
 * object `{"projectConfig", "userConfig", "settings": {KEY: {"value", "source", "origin"}}}`.
 *
 * @example
 * renderSettingsReport(settingRows(settings, new Map()), settings, plain, false)
 * //=> 'project config: none (no sla.config.json from here up)\nuser config:    none (...)\n\npolicy    (the built-in policy)  default\n...'
 */
export function renderSettingsReport(rows: readonly SettingRow[], found: Settings, paint: Paint, json: boolean): string {
  if (json) {
    const report = {
      projectConfig: found.projectFile ?? null,
      userConfig: found.userFile ?? null,
      settings: Object.fromEntries(rows.map((r) => [r.key, { value: r.value, source: r.source, origin: r.origin }])),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
  }
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
