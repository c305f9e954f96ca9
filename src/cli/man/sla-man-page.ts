import { version } from '../../../package.json';
import { ALL_COMMANDS } from '../all-commands';
import type { Io } from '../io';
import { plain } from '../paint';
import { createProgram } from '../program';
import { renderManPage } from './man-page';

// The program is only described here, never run: its Io does nothing.
const silent: Io = {
  out: () => undefined,
  err: () => undefined,
  readStdin: async () => '',
  now: () => 0,
  cwd: '/',
  holidaysDir: '/',
  color: false,
};

/**
 * The man page of `sla` as `man/sla.1` holds it: {@link renderManPage} of the
 * program `sla` runs.
 *
 * @example
 * slaManPage().split('\n')[1] //=> '.TH SLA 1 "" "sla 0.1.0" "User Commands"'
 */
export function slaManPage(): string {
  return renderManPage(createProgram(silent, () => plain, ALL_COMMANDS), version);
}
