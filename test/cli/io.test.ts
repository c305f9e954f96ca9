import { colorAllowed, isClosedPipe, outputFailed } from '../../src/cli/io';

const errno = (code: string, errno: number, message: string): NodeJS.ErrnoException => Object.assign(new Error(message), { code, errno });

describe('outputFailed: one line naming why stdout could not be written', () => {
  it("names the system's reason and the errno code of a full disk", () => {
    const err = outputFailed(errno('ENOSPC', -28, 'ENOSPC: no space left on device, write'));
    expect([err.code, err.message]).toEqual(['OUTPUT_FAILED', 'cannot write output: no space left on device (ENOSPC)']);
  });

  it("takes the reason from Node's message when the errno is not known", () => {
    expect(outputFailed(errno('EWHAT', 12345, 'EWHAT: the disk went away, write')).message).toBe('cannot write output: the disk went away (EWHAT)');
  });

  it('keeps only the first line of a message of another shape, without a code', () => {
    expect(outputFailed(new Error('stream destroyed\n    at somewhere')).message).toBe('cannot write output: stream destroyed');
  });

  it('takes a thrown value that is not an error as it is', () => {
    expect(outputFailed('gone').message).toBe('cannot write output: gone');
  });
});

describe('isClosedPipe', () => {
  it('is a write to a reader that went away (EPIPE), and nothing else', () => {
    expect([errno('EPIPE', -32, 'write EPIPE'), errno('ENOSPC', -28, 'x'), new Error('x'), null].map(isClosedPipe)).toEqual([true, false, false, false]);
  });
});

describe('colorAllowed', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: '' }, false, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, false, false],
  ])('%j on a terminal: %s gives %s', (env, isTTY, allowed) => {
    expect(colorAllowed(env, isTTY)).toBe(allowed);
  });
});
