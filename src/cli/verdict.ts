import { EXIT } from './exit-codes';

/**
 * A negative verdict the user asked about (failed test cases, a policy that
 * changed): not an error, so `run` prints nothing more, but the exit status
 * is 1. A command throws it after it has written its whole output.
 *
 * @example
 * if (failed > 0) throw new Verdict(`${failed} cases failed`);
 */
export class Verdict extends Error {
  readonly exitCode = EXIT.VERDICT;

  constructor(message: string) {
    super(message);
    this.name = 'Verdict';
  }
}
