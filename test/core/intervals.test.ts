import { intersectIntervals } from '../../src/core/intervals';
import type { Interval } from '../../src/core/schedule';

const iv = (start: number, end: number): Interval => ({ start, end });

describe('intersectIntervals', () => {
  it('narrows a day to the hours both lists keep', () => {
    expect(intersectIntervals([iv(540, 1020)], [iv(480, 780)])).toEqual([iv(540, 780)]);
  });

  it('is empty when either list is empty', () => {
    expect(intersectIntervals([iv(540, 1020)], [])).toEqual([]);
  });

  it('is empty for disjoint lists', () => {
    expect(intersectIntervals([iv(540, 720)], [iv(780, 1020)])).toEqual([]);
  });

  it('drops a zero-length touch at a shared boundary', () => {
    expect(intersectIntervals([iv(540, 720)], [iv(720, 1020)])).toEqual([]);
  });

  it('keeps a break: a whole day intersected with split hours gives the split hours', () => {
    expect(intersectIntervals([iv(0, 1440)], [iv(540, 720), iv(780, 1020)])).toEqual([iv(540, 720), iv(780, 1020)]);
  });

  it('intersects several intervals on both sides', () => {
    const a = [iv(480, 720), iv(780, 1080)];
    const b = [iv(540, 600), iv(660, 840), iv(1000, 1440)];
    expect(intersectIntervals(a, b)).toEqual([iv(540, 600), iv(660, 720), iv(780, 840), iv(1000, 1080)]);
  });

  it('is symmetric', () => {
    const a = [iv(480, 720), iv(780, 1080)];
    const b = [iv(540, 600), iv(660, 840), iv(1000, 1440)];
    expect(intersectIntervals(b, a)).toEqual(intersectIntervals(a, b));
  });
});
