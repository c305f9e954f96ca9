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
      /** A local day that added nothing, and why. */
      readonly kind: 'skipped';
      readonly day: number;
      readonly reason: ClosedReason | 'after-hours';
      readonly holiday?: DayOverride;
    }
  | {
      /** Elapsed (24/7) time, counted without regard to business hours. */
      readonly kind: 'elapsed';
      readonly from: number;
      readonly to: number;
      readonly ms: number;
    };
