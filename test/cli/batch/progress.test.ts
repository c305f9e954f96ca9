import { Progress, PROGRESS_AFTER_MS, renderProgress } from '../../../src/cli/batch/progress';

describe('renderProgress', () => {
  it('draws a bar and a percentage when the size is known', () => {
    expect(renderProgress({ bytes: 50, total: 100, records: 120_000, elapsedMs: 3_400 })).toBe(`[${'█'.repeat(15)}${' '.repeat(15)}]  50%  120,000 tickets  3 s`);
  });

  it('draws counts alone for standard input', () => {
    expect(renderProgress({ bytes: 50, total: undefined, records: 7, elapsedMs: 2_000 })).toBe('7 tickets  2 s');
  });
});

describe('Progress', () => {
  function setup(enabled: boolean) {
    let t = 0;
    const written: string[] = [];
    const progress = new Progress(enabled, (s) => written.push(s), () => t, 100);
    return { progress, written, tick: (ms: number) => (t += ms) };
  }

  it('draws nothing during the first seconds', () => {
    const { progress, written, tick } = setup(true);
    tick(PROGRESS_AFTER_MS - 1);
    progress.update(10, 10);
    progress.done();
    expect(written).toEqual([]);
  });

  it('draws in place after that, and wipes the line at the end', () => {
    const { progress, written, tick } = setup(true);
    tick(PROGRESS_AFTER_MS);
    progress.update(50, 10);
    progress.done();
    expect(written).toEqual([`\r${renderProgress({ bytes: 50, total: 100, records: 10, elapsedMs: PROGRESS_AFTER_MS })}\x1b[K`, '\r\x1b[K']);
  });

  it('redraws a few times a second at most', () => {
    const { progress, written, tick } = setup(true);
    tick(PROGRESS_AFTER_MS);
    progress.update(1, 1);
    tick(50);
    progress.update(2, 2);
    expect(written).toHaveLength(1);
  });

  it('draws nothing when stderr is not a terminal', () => {
    const { progress, written, tick } = setup(false);
    tick(10 * PROGRESS_AFTER_MS);
    progress.update(50, 10);
    progress.done();
    expect(written).toEqual([]);
  });
});
