import type { Io } from '../../../src/cli/io';
import { REPO_ROOT } from '../../core/default-schedule';

/**
 * An `Io` whose standard input arrives in the given pieces, as a pipe would
 * deliver them, and which writes nowhere: for the readers of a batch.
 *
 * @example
 * openInput('-', stdinIo(['{"id": 1}\n', '{"id": 2}\n']))
 */
export function stdinIo(chunks: ReadonlyArray<Uint8Array | string>): Io {
  return {
    out: () => undefined,
    err: () => undefined,
    readStdin: async () => chunks.join(''),
    stdinChunks: async function* () {
      yield* chunks;
    },
    now: () => 0,
    cwd: REPO_ROOT,
    holidaysDir: '',
    color: false,
  };
}
