import { CONFIG_KEYS, type ConfigKeyName } from './config-keys';
import { findProjectConfig, findUserConfig, userConfigPath, type ConfigPlace } from './find-config-files';
import { readConfigFile } from './read-config-file';

/** Where a setting came from, most important first: the environment, the project's file, the user's file. */
export type SettingSource = 'env' | 'project' | 'user';

/** A value for a setting, as the text a flag would be given, and where it came from. */
export interface Setting {
  readonly key: ConfigKeyName;
  readonly text: string;
  readonly source: SettingSource;
  /** The environment variable's name, or the config file's path. */
  readonly origin: string;
}

/** What the environment and the config files set, with the files that were found. */
export interface Settings {
  readonly values: ReadonlyMap<ConfigKeyName, Setting>;
  /** The project's `sla.config.json` in use, if one was found. */
  readonly projectFile: string | undefined;
  /** The user's config file in use, if there is one. */
  readonly userFile: string | undefined;
  /** Where the user's config file is looked for (undefined without a home folder). */
  readonly userPath: string | undefined;
}

/**
 * How a setting's source is named in messages and by `sla config`.
 *
 * @example
 * describeSource({ key: 'policy', text: 'p.json', source: 'env', origin: 'SLA_POLICY' }) //=> 'env SLA_POLICY'
 */
export function describeSource(setting: Setting): string {
  switch (setting.source) {
    case 'env':
      return `env ${setting.origin}`;
    case 'project':
      return setting.origin;
    case 'user':
      return `user config ${setting.origin}`;
  }
}

/**
 * The settings in effect for a process: per key, the environment variable
 * (`SLA_POLICY`, `SLA_HOLIDAYS`) over the nearest `sla.config.json` over the
 * user's config file; flags, applied later, win over all of them. Costs a
 * stat per folder up to the root, one for the user's file, and reads only the
 * files that exist. An environment variable set to the empty string counts as
 * unset.
 *
 * @example
 * loadSettings({ cwd: '/srv/acme', env: { SLA_HOLIDAYS: 'de' } }).values.get('holidays')
 * //=> { key: 'holidays', text: 'de', source: 'env', origin: 'SLA_HOLIDAYS' }
 */
export function loadSettings(place: ConfigPlace): Settings {
  const projectFile = findProjectConfig(place.cwd);
  const userFile = findUserConfig(place.env);
  const values = new Map<ConfigKeyName, Setting>();
  const take = (source: SettingSource, origin: string, found: ReadonlyMap<ConfigKeyName, string>): void => {
    for (const [key, text] of found) if (!values.has(key)) values.set(key, { key, text, source, origin });
  };
  for (const key of CONFIG_KEYS) {
    if (key.env === undefined) continue;
    const text = place.env?.[key.env];
    if (text !== undefined && text !== '') take('env', key.env, new Map([[key.key, text]]));
  }
  if (projectFile !== undefined) take('project', projectFile, readConfigFile(projectFile));
  if (userFile !== undefined) take('user', userFile, readConfigFile(userFile));
  return { values, projectFile, userFile, userPath: userConfigPath(place.env) };
}
