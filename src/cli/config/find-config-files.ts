import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The name of a project's config file, looked for from the working directory up. */
export const PROJECT_CONFIG_NAME = 'sla.config.json';

/** Where a process finds its settings: its folder and its environment. */
export interface ConfigPlace {
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Whether something is at a path (a file or not: a folder by that name is reported when read, not skipped). */
function exists(path: string): boolean {
  // One stat per folder, no exception when absent: the lookup runs on every start of a command that has settings.
  return statSync(path, { throwIfNoEntry: false }) !== undefined;
}

/**
 * The nearest `sla.config.json`, from `cwd` up to the filesystem root: the
 * first found wins and the search stops there, so a project's file is never
 * merged with one further up.
 *
 * @example
 * findProjectConfig('/srv/acme/tickets') //=> '/srv/acme/sla.config.json'
 */
export function findProjectConfig(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const file = join(dir, PROJECT_CONFIG_NAME);
    if (exists(file)) return file;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Where the user's config file is: `$XDG_CONFIG_HOME/sla/config.json`, else
 * `~/.config/sla/config.json`; undefined when the environment names no home.
 *
 * @example
 * userConfigPath({ HOME: '/home/ann' }) //=> '/home/ann/.config/sla/config.json'
 */
export function userConfigPath(env: Readonly<Record<string, string | undefined>> | undefined): string | undefined {
  const xdg = env?.XDG_CONFIG_HOME;
  if (xdg !== undefined && xdg !== '') return join(xdg, 'sla', 'config.json');
  const home = env?.HOME ?? env?.USERPROFILE;
  return home === undefined || home === '' ? undefined : join(home, '.config', 'sla', 'config.json');
}

/**
 * The user's config file when there is one.
 *
 * @example
 * findUserConfig({ XDG_CONFIG_HOME: '/tmp/none' }) //=> undefined
 */
export function findUserConfig(env: Readonly<Record<string, string | undefined>> | undefined): string | undefined {
  const path = userConfigPath(env);
  return path !== undefined && exists(path) ? path : undefined;
}
