import type { Target } from '../core/deadline';

/**
 * How one target's deadlines compare with another's, for every opening time:
 * - `same`: always the same deadline;
 * - `faster`: never later, and earlier for some opening times;
 * - `slower`: never earlier, and later for some opening times;
 * - `depends`: earlier for some opening times and later for others.
 */
export type TargetComparison = 'same' | 'faster' | 'slower' | 'depends';

/**
 * How `target` compares with `baseline`. No guarantee (null) is slower than any
 * target. Targets on the same clock compare by minutes. Across clocks the one
 * certain fact is that business time never runs faster than real time: `n`
 * business minutes take at least `n` elapsed minutes, so a 24/7 target of at
 * most as many minutes is never later, and one of more minutes may be later or
 * earlier depending on when the ticket opens (`depends`).
 *
 * @example
 * compareTargets({ minutes: 180, clock: 'business' }, { minutes: 240, clock: 'business' }) //=> 'slower'
 * compareTargets({ minutes: 180, clock: 'business' }, { minutes: 60, clock: 'calendar' }) //=> 'faster'
 * compareTargets({ minutes: 180, clock: 'business' }, { minutes: 480, clock: 'calendar' }) //=> 'depends'
 */
export function compareTargets(baseline: Target | null, target: Target | null): TargetComparison {
  if (baseline === null || target === null) {
    return baseline === target ? 'same' : target === null ? 'slower' : 'faster';
  }
  if (baseline.clock === target.clock) {
    return target.minutes === baseline.minutes ? 'same' : target.minutes < baseline.minutes ? 'faster' : 'slower';
  }
  if (target.clock === 'calendar') return target.minutes <= baseline.minutes ? 'faster' : 'depends';
  return target.minutes >= baseline.minutes ? 'slower' : 'depends';
}
