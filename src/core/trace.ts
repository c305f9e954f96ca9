import type { ClosedReason, DayOverride } from './schedule';

/**
 * One step of a deadline's explanation, in instants (epoch ms). Renderers turn
 * these into dates and wall times; the core never formats.
 */
export type TraceStep =
  | {
      /** Business time counted inside one window. */
      readonly kind: 'counted';
      readonly day: number;
      readonly from: number;
      readonly to: number;
      readonly ms: number;
      /** Set when a calendar shortened this day's hours. */
      readonly holiday?: DayOverride;
    }
  | {
      /** A local day that a holiday closed, and the holiday. */
      readonly kind: 'skipped';
      readonly day: number;
      readonly reason: 'holiday';
      readonly holiday: DayOverride;
    }
  | {
      /** A local day that added nothing, and why; the holiday when one shortened its hours. */
      readonly kind: 'skipped';
      readonly day: number;
      readonly reason: Exclude<ClosedReason, 'holiday'> | 'after-hours';
      readonly holiday?: DayOverride;
    }
  | {
      /** Elapsed (24/7) time, counted without regard to business hours. */
      readonly kind: 'elapsed';
      readonly from: number;
      readonly to: number;
      readonly ms: number;
    };
