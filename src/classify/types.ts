/**
 * The vocabulary of `sla classify`: the facts a ticket is judged by and the
 * verdict it gets. The string values are the ones accepted on the command line
 * and printed in JSON, so they are part of the stable interface.
 */

/** Where the problem happens; only `production` can earn priority 1 or 2. */
export type Env = 'production' | 'staging' | 'development';

/**
 * What the problem does to the customer's business, in the policy's terms:
 * `outage` a complete loss of service, `function-down` an important function
 * completely unavailable, `degraded` reduced quality, `intermittent` a problem
 * that comes and goes, `development` a problem while building or integrating;
 * `question`, `how-to` and `feature-request` are not incidents at all.
 */
export type Impact =
  | 'outage'
  | 'function-down'
  | 'degraded'
  | 'intermittent'
  | 'question'
  | 'how-to'
  | 'feature-request'
  | 'development';

/** Whether the customer can keep working some other way. */
export type Workaround = 'yes' | 'no' | 'unknown';

/** The priority ids the policy's definitions speak of; 1 is the most urgent. */
export type PriorityId = 1 | 2 | 3;

/** The languages tickets are read in and explanations are written in. */
export type Lang = 'en' | 'nl';

/** A fact that can be read from ticket text. */
export type Fact = 'env' | 'impact' | 'workaround';

/** A phrase of `phrases.json` that decided a fact, as printed in the JSON output. */
export interface MatchedPhrase {
  readonly fact: Fact;
  readonly value: string;
  /**
   * The phrase as written in `phrases.json`, e.g. `acceptatie*`; or, when
   * `rule` is set, the ticket's own words that a clause recogniser read.
   */
  readonly phrase: string;
  readonly lang: Lang;
  /** Set when a negation turned the phrase around, e.g. `geen` before `tijdelijke oplossing`. */
  readonly negatedBy?: string;
  /**
   * Set when the fact was read from how a clause is built rather than from a
   * phrase (README, "Reading the text", clause recognisers).
   */
  readonly rule?: RecogniserRule;
}

/**
 * The clause recognisers, as `rule` in a matched phrase:
 * - `substitute-for-now`: someone on the customer's side does something else until the failure is over ("agents now give callers the direct number");
 * - `alternative-works`: something else works and people use it ("the mobile app works, so a few people use that");
 * - `test-place`: a test word qualifies a place ("our QA setup", "pilotgroep", "in QA");
 * - `dev-place`: a development word qualifies a place ("dev server", "ontwikkelomgeving");
 * - `request`: the customer asks for something and states no failure ("Could you give Lisa supervisor rights?");
 * - `quality-symptom`: a word of reduced quality and nothing else stated ("the wallboard keeps flickering");
 * - `nobody-can`: nobody can, or something can no longer, be done ("nobody reaches us", "kunnen niet meer bellen");
 * - `building`: the customer builds software ("our app build fails", "while developing the connector");
 * - `recurrence`: a failure recurs ("it goes down every evening", "drie keer vandaag");
 * - `no-alternative`: no other way is found or known ("haven't found any other way", "we kennen geen ander alternatief");
 * - `model`: the statistical reading of the whole text decided the fact; `phrase` holds the words that weighed most
 *   (`model/combine-readings.ts`).
 */
export type RecogniserRule =
  | 'substitute-for-now'
  | 'alternative-works'
  | 'test-place'
  | 'dev-place'
  | 'request'
  | 'quality-symptom'
  | 'nobody-can'
  | 'building'
  | 'recurrence'
  | 'no-alternative'
  | 'model';

/** What the text says; `null` where it says nothing. */
export interface ExtractedFacts {
  readonly env: Env | null;
  readonly impact: Impact | null;
  readonly workaround: Exclude<Workaround, 'unknown'> | null;
  /** The phrases behind the three values above, in text order. */
  readonly matched: readonly MatchedPhrase[];
  /** How conflicts in the text were settled, one short English sentence each. */
  readonly notes: readonly FactNote[];
  /** Per fact, the values the text also stated that lost to the winner by precedence. */
  readonly conflicts?: Readonly<Record<Fact, readonly string[]>>;
  /** Words saying something does not work that no phrase read ("can't do anything"); null when none. */
  readonly failure?: string | null;
  /**
   * Beside a question or how-to that such a failure contests: the loss the text states ("Korte vraag: wat betekent 403?
   * ... We kunnen geen enkele klant bellen"), read as it would be without the question; null when none.
   */
  readonly contestingLoss?: { readonly value: Impact; readonly phrase: string } | null;
  /**
   * Places the text, by how its clauses are built, says are not where the problem is: production said to be fine,
   * planned, not there yet or denied ("our live tenant is fine, only ..."), and a test place said to work ("werkt prima
   * in onze testomgeving, maar in productie ..."). The statistical reading weighs words, not which place they are said
   * of, so it does not overrule the place read beside these (`combine-readings.ts`).
   */
  readonly clearedPlaces?: { readonly production: boolean; readonly test: boolean };
  /** Facts the statistical reading decided while less than 90% sure: a verdict resting on one has low confidence. */
  readonly uncertain?: readonly Fact[];
  /**
   * The chance of a loss of service in production the statistical reading gave where it rated a ticket on the safe
   * side (a loss instead of priority 3, for a person to confirm); null or absent otherwise.
   */
  readonly safeSide?: number | null;
}

/** A note on how the text's statements about one fact were read. */
export interface FactNote {
  readonly fact: Fact;
  readonly note: string;
}

/** The facts the rules are applied to, after flags, text and defaults. */
export interface Facts {
  readonly env: Env;
  readonly impact: Impact | null;
  readonly workaround: Workaround;
}

/**
 * A ticket to classify. Every fact given here wins over the text; facts left
 * out are read from `text` (subject and body joined by a newline).
 */
export interface ClassifyInput {
  readonly text?: string;
  readonly env?: Env;
  readonly impact?: Impact;
  readonly workaround?: Workaround;
  /** The priority the customer chose; absent or null means none was chosen. */
  readonly requested?: PriorityId | null;
  /** A beta product or developer preview: the priority follows the rules, but there is no guarantee. */
  readonly beta?: boolean;
  /**
   * `rules` reads the text with the phrases and recognisers alone, without the statistical reading (default
   * `combined`): every fact then rests on phrases the verdict shows, at the accuracy the README gives for rules alone.
   */
  readonly reading?: Reading;
}

/** How a ticket's text is read: the phrases and the statistical reading together (the default), or the phrases alone. */
export type Reading = 'combined' | 'rules';

/** The verdict, exactly as `sla classify --json` prints it. */
export interface Classification {
  readonly priority: PriorityId;
  /** The policy's name for `priority`, e.g. `General Issue`. */
  readonly name: string;
  readonly requested: PriorityId | null;
  /** The priority the ticket counts as filed with: `requested`, or the policy's default. */
  readonly filed: number;
  /** `down` when the verdict is less urgent than `filed`, `up` when more, null when equal. */
  readonly reclassified: 'up' | 'down' | null;
  /** False for beta products and developer previews: no guaranteed response time. */
  readonly covered: boolean;
  /** The deciding reason first, then notes; short English sentences. */
  readonly reasons: readonly string[];
  readonly facts: Facts;
  readonly matched: readonly MatchedPhrase[];
  /**
   * `high` when the facts that decided the priority were stated in the text or
   * given as flags; `low` when the verdict rests on defaults or on a contested reading.
   */
  readonly confidence: Confidence;
  /** True when a person should decide: nothing about the impact was stated, or strong statements conflict. */
  readonly needsReview: boolean;
  /** Why a person should decide, one short English sentence; null when `needsReview` is false. */
  readonly reviewReason: string | null;
}

/** How firmly the verdict rests on what the ticket states. */
export type Confidence = 'high' | 'low';
