/**
 * Finds the phrases of the phrase data in a text.
 *
 * Matching is on folded words within one clause (see `text.ts`):
 * - **Stems.** A phrase word matches a text word that is the same, or has the
 *   same Snowball stem in the phrase's language (`calls drop` matches "call
 *   dropped", `gesprek` matches "gesprekken"); a trailing `*` matches a word's start.
 * - **Compounds.** A Dutch phrase word of at least five letters also matches
 *   the tail or the head of a compound of at least three more letters
 *   (`opname` matches "gespreksopnames", `verkeer` "belverkeer", `storing`
 *   "storingsmelding"). Shorter words (`werk`, `niet`) never do: too many
 *   unrelated compounds end or start with them.
 * - **Gaps.** Between two words of a phrase, up to `gap` other words may stand
 *   ("nobody in the team can log in" has "nobody can log in"), but not a stop
 *   word (`but`, `and`, `maar`, ...), and after a negator other than a
 *   subject (`nobody`, `niemand`) only one ("no real workaround", not "no
 *   problem with calls"). Words joined by a hyphen in the phrase stand next
 *   to each other (`non-production`, `niet-productie`). A word written with a
 *   trailing `=` matches only itself, not its stem (`integrating=` is not
 *   "integration").
 *
 * Where phrases overlap, the longer one claims the words and the shorter is
 * dropped: more words first, then fewer gap words, fewer `*` wildcards, more
 * letters, the earlier position. This is what makes "no workaround" beat
 * "workaround", "pre-production" beat "production" and "drop-down" (an ignore
 * phrase) beat "down", without any phrase knowing about another.
 *
 * Each kept phrase is then checked for a negator (`no`, `not`, `geen`, `niet`,
 * ...): in its own gaps, up to `negation.before` words before it and,
 * separately, up to `negation.after` words after it, in the same clause, not
 * past a stop word, not counting a negator that is itself part of a kept
 * phrase (the `can't` of "can't log in" negates nothing else). A negator is
 * used up by the first phrase it negates: "geen feature request: er werkt
 * helemaal niets" negates the feature request only. Environment phrases do not
 * use negators up, since negation means nothing to them.
 * What a negation means is decided by `extractFacts`, per fact.
 *
 * A production phrase is also checked for words that say production is fine
 * or not there yet (`healthy` in the data: "our live tenant is fine", "op
 * productie gaat alles goed", "productie draait nog op de oude versie"): in
 * its clause, within six words, not past a stop word, on words no phrase
 * claimed and not negated.
 */
import type { PhraseData, PhrasesByLang } from './phrase-data';
import { stem } from './stem';
import { formsOf } from './word-forms';
import { inClass, SPAN_UNITS, TIMES } from './word-classes';
import { phraseWords, toClauses, type Clause } from './text';
import type { Fact, Lang, RecogniserRule } from './types';
import { FACTS, LANGS } from './vocabulary';

/** A phrase of the data found in the text. */
export interface PhraseHit {
  readonly fact: Fact;
  readonly value: string;
  /** As written in the phrase data. */
  readonly phrase: string;
  readonly lang: Lang;
  readonly sentence: number;
  /** Clause index and word offsets in it, for text order. */
  readonly clause: number;
  readonly start: number;
  readonly end: number;
  /** The clause is part of a sentence that ends with a question mark. */
  readonly question: boolean;
  /** The negator found before the phrase (or in its gaps), as written in the data; null when none. */
  readonly negatedBefore: string | null;
  /** The negator found after the phrase; null when none. */
  readonly negatedAfter: string | null;
  /** For a production phrase: the words saying production is fine or not live yet; null when none. */
  readonly healthy: string | null;
  /** Set when a clause recogniser read the fact from the clause's structure (see `recognised-hit.ts`); the phrase is then the text's words. */
  readonly rule?: RecogniserRule;
}

/** A word of a phrase, with its stem in the phrase's language. */
interface PhraseWord {
  readonly text: string;
  readonly prefix: boolean;
  readonly lang: Lang;
  /** Stems are compared only for words that start alike (see {@link sameStart}); no stems for `*` and `=` words. */
  readonly stemmed: boolean;
  /** Its stems in the phrase's language, computed when first compared. */
  stems?: string[];
  /** Dutch words of five letters or more also match inside compounds. */
  readonly compound: boolean;
  readonly negator: boolean;
  /** Joined to the word before by a hyphen in the phrase: no gap. */
  readonly adjacent: boolean;
  /** The other forms of its verb that the stemmer cannot join ("got" for "get", "kwam" for "komen"; see `word-forms.ts`). */
  readonly forms?: ReadonlySet<string>;
}

/** A word of a phrase after its first, and how many other words may stand before it (see {@link stepsOf}). */
interface Step {
  readonly word: PhraseWord;
  readonly reach: number;
}

interface Pattern {
  readonly fact: Fact | null; // null: an ignore phrase, a negator or a healthy phrase
  readonly value: string;
  readonly phrase: string;
  readonly lang: Lang;
  readonly words: readonly PhraseWord[];
  /** The first word, which a text word must match for the phrase to start there. */
  readonly first: PhraseWord;
  /** The words after the first. */
  readonly rest: readonly Step[];
  readonly wildcards: number;
  readonly letters: number;
}

/** A text word and the forms it is compared by. */
interface Word {
  readonly text: string;
  /** Its stems per language, computed when first compared. */
  readonly stems: { en?: string[]; nl?: string[] };
  /** The word and the word without a plural or verb ending, for compound tails: `gespreksopnames` -> `gespreksopname`. */
  readonly forms: readonly string[];
}

interface Compiled {
  readonly patterns: readonly Pattern[];
  /** Patterns by a key of their first word: `=word`, `en:stem`, `nl:stem`. */
  readonly byFirst: ReadonlyMap<string, readonly Pattern[]>;
  /** Patterns whose first word is a prefix (`storing*`). */
  readonly scanned: readonly Pattern[];
  readonly negators: readonly Pattern[];
  readonly negatorWords: ReadonlySet<string>;
  readonly healthy: readonly Pattern[];
  readonly stops: ReadonlySet<string>;
  /** Text words already read, with the patterns their word may start. */
  readonly known: Map<string, { word: Word; first: readonly Pattern[] }>;
  readonly before: number;
  readonly after: number;
  readonly gap: number;
}

/** Where a phrase matched in a clause. */
interface Match {
  /** The text positions of the phrase's words, in order. */
  readonly at: readonly number[];
  /** The position of its first word and the one after its last. */
  readonly start: number;
  readonly end: number;
}

interface Candidate extends Match {
  readonly pattern: Pattern;
  readonly clause: number;
  /** The clause's words, read, and which of them phrases kept so far claim. */
  readonly read: ReadClause;
  readonly gaps: number;
}

/** A clause with its words looked up: the patterns each may start, and which of them a kept phrase claims. */
interface ReadClause {
  readonly clause: Clause;
  readonly entries: readonly { readonly word: Word; readonly first: readonly Pattern[] }[];
  readonly words: readonly Word[];
  readonly claimed: boolean[];
}

// Negators that bind to the next word ("no", "geen", "not", "niet") allow one word in between
// ("no real workaround"), so "no problem with calls" is not "no calls"; the others ("nobody in the
// team can log in", "can't start a chat at all") take the full gap.
// Words before "works again" that say only part of the problem is over: "most of it works again", "het meeste werkt weer".
const FOR_A_WHILE = new Set(['tijdje', 'while', 'tijdelijk', 'temporarily', 'even']);
const EXCEPT = new Set(['except', 'behalve', 'only', 'alleen', 'apart']);
const BUT = new Set(['but', 'maar']);
const DENIES = new Set(['not', 'niet', 'no', 'geen', 'cant', 'cannot', 'nothing', 'niks', 'niets', 'still', 'nog']);

/**
 * After a "works again" phrase, in its sentence: an exception ("except the queue", "behalve de wachtrij"), or "but" and
 * then a negation ("but the queue still does not ring"); not "but management wants an explanation".
 */
function exceptAfter(reads: readonly ReadClause[], clause: number, end: number): boolean {
  const sentence = reads[clause]?.clause.sentence;
  const after = reads.flatMap((r, c) => (r.clause.sentence === sentence && c >= clause ? (c === clause ? r.words.slice(end) : r.words) : [])).map((w) => w.text);
  const but = after.findIndex((w) => BUT.has(w));
  return after.some((w) => EXCEPT.has(w)) || (but >= 0 && after.slice(but + 1).some((w) => DENIES.has(w)));
}
const PARTLY = new Set(['most', 'mostly', 'partly', 'partially', 'meeste', 'grotendeels', 'deels', 'gedeeltelijk', 'merendeel']);
const BINDING = new Set(['no', 'not', 'geen', 'niet', 'without', 'zonder', 'never', 'nooit']);
// A subject that says nobody can ("nobody on the night shift is able to sign in") may stand further off.
const SUBJECTS = new Set(['nobody', 'none', 'niemand', 'noone']);
const SUBJECT_GAP = 5;

const NON_INCIDENTS = new Set(['question', 'how-to', 'feature-request']);

/**
 * How a phrase uses a negator it finds: `look` leaves it (environment phrases,
 * the look ahead of impact phrases), `consume` uses it up, `non-incident` uses it
 * up for incidents but leaves it to the next question, how-to or feature request.
 */
type Use = 'look' | 'consume' | 'non-incident';

const free = (used: ReadonlyMap<number, boolean>, key: number, use: Use) => !used.has(key) || (use === 'non-incident' && used.get(key) === true);
const take = (used: Map<number, boolean>, key: number, use: Use) => {
  if (use !== 'look' && !used.has(key)) used.set(key, use === 'non-incident');
};

// Words that make what follows a condition, not a statement: "until it is resolved", "tot het is verholpen".
const CONDITIONS = new Set(['until', 'till', 'once', 'when', 'if', 'tot', 'totdat', 'zodra', 'als', 'wanneer', 'voordat', 'before']);

// Compiling is deterministic, so one compilation per data object is kept.
const compiledCache = new WeakMap<PhraseData, Compiled>();

/**
 * Every fact phrase of `data` in `text`, in text order, after longer phrases
 * have claimed their words; ignore phrases claim words but are not returned.
 *
 * @example
 * findPhrases('Production is down, no workaround.', PHRASES).map((h) => `${h.fact}=${h.value} (${h.phrase})`)
 * //=> ['env=production (production)', 'impact=outage (down)', 'workaround=no (no workaround)']
 */
export function findPhrases(text: string, data: PhraseData): PhraseHit[] {
  return readPhrases(text, data).hits;
}

/** Words of a clause an `ignore` phrase claimed ("werkt hier niet meer" of a colleague who left): they state nothing. */
export interface WordSpan {
  readonly clause: number;
  readonly start: number;
  readonly end: number;
}

/** What {@link readPhrases} reads of a text. */
export interface PhraseReading {
  hits: PhraseHit[];
  clauses: readonly Clause[];
  resolved: string[];
  resolvedIn: number[];
  usable: string[];
  usableIn: number[];
  ignored: WordSpan[];
}

/**
 * The phrases of {@link findPhrases}, the clauses they were found in, for
 * readers that look at a hit's neighbours (the answer after a question), and
 * the `resolved` phrases stated (not asked, not negated) and the `usable` ones (not asked), each with its sentence
 * (`resolvedIn`, `usableIn`).
 *
 * @example
 * readPhrases('Workaround? None.', PHRASES).clauses.map((c) => c.question) //=> [true, false]
 * readPhrases('It was down, everything works again.', PHRASES).resolved   //=> ['everything works again']
 */
export function readPhrases(text: string, data: PhraseData): PhraseReading {
  const compiled = compile(data);
  const clauses = toClauses(text);
  const reads = clauses.map((clause): ReadClause => {
    const entries = clause.words.map((w) => lookUp(compiled, w));
    return { clause, entries, words: entries.map((e) => e.word), claimed: entries.map(() => false) };
  });
  const candidates: Candidate[] = [];
  reads.forEach((read, c) => {
    read.entries.forEach((entry, s) => {
      // The patterns listed for a word are those whose first word it matches.
      for (const pattern of entry.first) {
        const match = matchFrom(pattern, read.words, s, compiled, read.clause.colons);
        // Field by field: an object spread here would double the time a ticket takes.
        if (match) candidates.push({ at: match.at, start: match.start, end: match.end, pattern, clause: c, read, gaps: match.end - match.start - match.at.length });
      }
    });
  });
  candidates.sort(
    (a, b) =>
      b.pattern.words.length - a.pattern.words.length ||
      a.gaps - b.gaps ||
      a.pattern.wildcards - b.pattern.wildcards ||
      b.pattern.letters - a.pattern.letters ||
      a.clause - b.clause ||
      a.start - b.start ||
      (a.pattern.phrase < b.pattern.phrase ? -1 : a.pattern.phrase > b.pattern.phrase ? 1 : 0),
  );

  const kept: Candidate[] = [];
  for (const cand of candidates) {
    const taken = cand.read.claimed;
    if (cand.at.some((i) => taken[i])) continue;
    for (const i of cand.at) taken[i] = true;
    kept.push(cand);
  }
  kept.sort((a, b) => a.clause - b.clause || a.start - b.start);

  // Negators used up by an earlier phrase, as clause * 1e6 + word; true when a non-incident phrase
  // used it, which leaves it to the next non-incident phrase: "not a question about a new feature".
  const used = new Map<number, boolean>();
  const hits: PhraseHit[] = [];
  const resolved: string[] = [];
  // The sentence of each resolved phrase, in the same order.
  const resolvedIn: number[] = [];
  const usable: string[] = [];
  // The sentence of each usable phrase, in the same order.
  const usableIn: number[] = [];
  const ignored: WordSpan[] = [];
  for (const k of kept) {
    const { clause, words: ws, claimed: taken } = k.read;
    const { start, end } = k;
    if (k.pattern.value === 'usable') {
      if (!clause.question) {
        usable.push(k.pattern.phrase);
        usableIn.push(clause.sentence);
      }
      continue;
    }
    if (k.pattern.value === 'resolved') {
      // "works again" said in a question ("does it work again?") or negated states nothing.
      const negated = negatorIn(compiled, ws, taken, start, -1, new Map(), k.clause, 'look', clause.colons ?? []);
      // "if we restart it, it works again" is a condition too: anywhere before it in its sentence.
      const conditional = conditionBefore(reads, k.clause, start);
      // "Het meeste werkt inmiddels weer", "mostly working again": only part of the problem is over.
      const partly =
        clause.words.slice(Math.max(0, start - 3), start).some((w) => PARTLY.has(w)) ||
        // "Daarna werkt hij weer een tijdje", "everything seems to work except the queue": for a while, or but for something.
        clause.words.slice(end).some((w) => FOR_A_WHILE.has(w)) ||
        exceptAfter(reads, k.clause, end) ||
        // "F5 erop en het werkt weer", "after a reboot it works again": a step that brings it back each time, not the end of it.
        fixedBy(reads, k.clause, start) ||
        // "Na 2-3 minuten doet ie het weer", "after a minute it works again", in a ticket that says it keeps happening ("een
        // paar keer per dag"): the end of one spell, not of the problem.
        (spellBefore(reads, k.clause, start) && recurs(reads));
      if (!clause.question && negated === null && !conditional && !partly) {
        resolved.push(k.pattern.phrase);
        resolvedIn.push(clause.sentence);
        // "It only happened once and hasn't come back since": the rest of its clause says the problem is over, not that something fails.
        ignored.push({ clause: k.clause, start, end: ws.length });
      }
      continue;
    }
    if (k.pattern.fact === null) {
      ignored.push({ clause: k.clause, start, end });
      continue;
    }
    const use: Use = k.pattern.fact === 'env' ? 'look' : NON_INCIDENTS.has(k.pattern.value) ? 'non-incident' : 'consume';
    const colons = clause.colons ?? [];
    const inGap = negatorInGaps(compiled, ws, taken, k.at, used, k.clause, use);
    const before = inGap ?? negatorIn(compiled, ws, taken, start, -1, used, k.clause, use, colons);
    const after = negatorIn(compiled, ws, taken, end, +1, used, k.clause, k.pattern.fact === 'workaround' ? use : 'look', []);
    hits.push({
      fact: k.pattern.fact,
      value: k.pattern.value,
      phrase: k.pattern.phrase,
      lang: k.pattern.lang,
      sentence: clause.sentence,
      clause: k.clause,
      start,
      end,
      question: clause.question,
      negatedBefore: before,
      negatedAfter: after,
      healthy: k.pattern.fact === 'env' && k.pattern.value === 'production' ? healthyNear(compiled, ws, taken, start, end) : null,
    });
  }
  return { hits, clauses, resolved, resolvedIn, usable, usableIn, ignored };
}

// The stemmer is slow (tens of microseconds a word), so stems are computed only
// for a text word and a phrase word that start alike, and remembered (see `stem.ts`).
// Snowball stems keep the start of a word, so words with different starts never share a stem.
const startKey = (word: string) => (word.length <= 4 ? `s2:${word.slice(0, 2)}` : `s3:${word.slice(0, 3)}`);

function sameStart(a: string, b: string): boolean {
  const n = a.length <= 4 || b.length <= 4 ? 2 : 3;
  // Letter by letter: called for most word pairs a phrase meets, and slices would be garbage.
  if (a.length < n || b.length < n) return a.slice(0, n) === b.slice(0, n);
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * The stems a word is compared by in a language: its Snowball stem and, for
 * Dutch, also the stems without a `t` or `s` the stemmer leaves (`werkt`,
 * `stuurt`, `opnames` stem like `werk`, `stuur`, `opname`).
 */
function stemsOf(text: string, lang: Lang): string[] {
  if (lang === 'en') return [stem(text, 'en')];
  const stems = [stem(text, 'nl')];
  if (text.length > 4 && text.endsWith('t')) stems.push(stem(text.slice(0, -1), 'nl'));
  if (text.length > 4 && text.endsWith('s')) stems.push(stem(text.slice(0, -1), 'nl'));
  return stems;
}

// Steps that bring a failing thing back for a while: refreshing, restarting, logging in again.
const FIX_STEPS = new Set(['f5', 'refresh', 'refreshing', 'reload', 'reloading', 'restart', 'restarting', 'reboot', 'rebooting', 'herstart', 'herstarten', 'verversen', 'ververs', 'herladen', 'opstarten']);

// Units of a short spell (`SPAN_UNITS` but hours and days): "na 2-3 minuten", "after a minute", "een paar seconden".
const LONG_SPANS = new Set(['hour', 'hours', 'hrs', 'days', 'uur', 'uren', 'dagen']);
const spellUnit = (w: string) => inClass(SPAN_UNITS, w) !== null && !LONG_SPANS.has(w);

// Words that say a problem keeps coming back, besides counts of times (`TIMES`): "af en toe", "steeds", "sometimes".
const RECURRING = new Set(['toe', 'steeds', 'telkens', 'regelmatig', 'soms', 'sometimes', 'regularly', 'occasionally', 'repeatedly']);
/** Whether any clause says the problem keeps coming back ("a few times a day", "af en toe"). */
function recurs(reads: readonly ReadClause[]): boolean {
  return reads.some((r) => r.words.some((w) => RECURRING.has(w.text) || inClass(TIMES, w.text) !== null));
}

/**
 * Whether a word for which `test` holds stands in a clause's sentence before a position in the clause; `test` sees
 * the clause's words and the word's place among them.
 */
function earlierInSentence(reads: readonly ReadClause[], clause: number, at: number, test: (words: readonly Word[], i: number) => boolean): boolean {
  const sentence = reads[clause]?.clause.sentence;
  for (let c = clause; c >= 0; c--) {
    const read = reads[c];
    if (read === undefined || read.clause.sentence !== sentence) break;
    const end = c === clause ? at : read.words.length;
    if (read.words.some((_, i) => i < end && test(read.words, i))) return true;
  }
  return false;
}

/** Whether a short spell ("na 2-3 minuten") stands in a clause's sentence before a position in the clause. */
const spellBefore = (reads: readonly ReadClause[], clause: number, at: number) => earlierInSentence(reads, clause, at, (ws, i) => spellUnit(ws[i]?.text ?? ''));

/** Whether a step that brings a failing thing back (`FIX_STEPS`) stands in a clause's sentence before a position in the clause. */
const fixedBy = (reads: readonly ReadClause[], clause: number, at: number) => earlierInSentence(reads, clause, at, (ws, i) => FIX_STEPS.has(ws[i]?.text ?? ''));

/**
 * Whether a word that makes a condition stands in a clause's sentence before a position in the clause. ("From 8 until
 * 8:40", "van 8 tot 8:40": before a number the word is a time, not a condition.)
 */
const conditionBefore = (reads: readonly ReadClause[], clause: number, at: number) =>
  earlierInSentence(reads, clause, at, (ws, i) => CONDITIONS.has(ws[i]?.text ?? '') && !/^\d/.test(ws[i + 1]?.text ?? ''));

function toWord(text: string): Word {
  const forms = [text];
  for (const ending of ['s', 'en', 'n', 'e', 't']) if (text.length > ending.length + 7 && text.endsWith(ending)) forms.push(text.slice(0, -ending.length));
  return { text, forms, stems: {} };
}

// Bounded, so that a long batch of tickets does not grow it forever.
const KNOWN_LIMIT = 20_000;

function lookUp(compiled: Compiled, text: string): { word: Word; first: readonly Pattern[] } {
  const known = compiled.known.get(text);
  if (known !== undefined) return known;
  const word = toWord(text);
  const entry = { word, first: firstWordPatterns(compiled, word) };
  if (compiled.known.size >= KNOWN_LIMIT) compiled.known.clear();
  compiled.known.set(text, entry);
  return entry;
}

function firstWordPatterns(compiled: Compiled, w: Word): Pattern[] {
  const found = new Set<Pattern>();
  const add = (key: string) => {
    for (const p of compiled.byFirst.get(key) ?? []) found.add(p);
  };
  add(`=${w.text}`);
  if (w.text.length > 2) {
    add(`s2:${w.text.slice(0, 2)}`);
    add(`s3:${w.text.slice(0, 3)}`);
  }
  // Compounds: the phrase word as the tail (belverkeer) or the head (storingsmelding) of a word of eight letters or more.
  if (w.text.length >= 8) {
    for (const f of w.forms) for (let k = 3; k + 5 <= f.length; k++) add(`tail:${f.slice(k)}`);
    for (let len = 5; len + 3 <= w.text.length; len++) add(`head:${w.text.slice(0, len)}`);
  }
  for (const p of compiled.scanned) if (wordMatches(p.first, w)) found.add(p);
  return [...found].filter((p) => wordMatches(p.first, w));
}

function wordMatches(p: PhraseWord, w: Word): boolean {
  if (p.prefix) return w.text.startsWith(p.text);
  if (w.text === p.text || p.forms?.has(w.text) === true) return true;
  if (!p.stemmed) return false;
  if (w.text.length > 2 && sameStart(p.text, w.text)) {
    const theirs = (w.stems[p.lang] ??= stemsOf(w.text, p.lang));
    const ours = (p.stems ??= stemsOf(p.text, p.lang));
    for (const s of ours) if (theirs.includes(s)) return true;
  }
  if (!p.compound) return false;
  // A compound: the phrase word at the tail (belverkeer) or at the head (storingsmelding), with three letters to spare.
  if (w.text.length >= p.text.length + 3 && w.text.startsWith(p.text)) return true;
  return w.forms.some((f) => f.length >= p.text.length + 3 && f.endsWith(p.text));
}

/**
 * Where a phrase whose first word matches the text word at `s` matches from
 * there, gaps allowed; null when its other words do not follow.
 */
const DIGITS = /^\d/;

function matchFrom(pattern: Pattern, ws: readonly Word[], s: number, compiled: Compiled, colons: readonly number[] = NO_COLONS): Match | null {
  if (pattern.rest.length === 0) return { at: [s], start: s, end: s + 1 };
  // A phrase may run across a colon word by word ("Workaround: none"), not with words in its gaps as well: in
  // "intern niet en extern niet: bij elke poging wordt het gesprek verbroken" no "niet bij elk gesprek" is said.
  let crossed = false;
  let gapped = false;
  // Positions go to a scratch buffer first: most candidates fail on their second word.
  SCRATCH[0] = s;
  let n = 1;
  let prev = s;
  for (const step of pattern.rest) {
    const last = Math.min(prev + 1 + step.reach, ws.length - 1);
    let found = -1;
    for (let i = prev + 1; i <= last; i++) {
      const w = ws[i];
      if (w === undefined) break; // not reached: `last` stays within the clause
      if (wordMatches(step.word, w)) {
        found = i;
        break;
      }
      if (compiled.stops.has(w.text)) break;
      // "since around 8:40 this morning" is not "around this": in English a number in a gap starts a quantity of its
      // own. Dutch splits its verbs around numbers ("valt na 30 seconden weg").
      if (pattern.lang === 'en' && DIGITS.test(w.text)) break;
      // "production is not ok" is not the ignore phrase "production is ok".
      if (pattern.fact === null && compiled.negatorWords.has(w.text)) break;
    }
    if (found < 0) return null;
    if (found > prev + 1) gapped = true;
    if (colons.length > 0 && colons.some((c) => c > prev && c <= found)) crossed = true;
    if (crossed && gapped) return null;
    SCRATCH[n++] = found;
    prev = found;
  }
  return { at: SCRATCH.slice(0, n), start: s, end: prev + 1 };
}

const SCRATCH: number[] = [];
const NO_COLONS: readonly number[] = [];

/**
 * The words of a phrase after its first, each with how many other words may
 * stand before it: none after a hyphen, one after a binding negator, five
 * after a subject that says nobody can, two in an English two-word phrase
 * (short phrases of common words match too much otherwise), else the data's gap.
 */
function stepsOf(first: PhraseWord, rest: readonly PhraseWord[], gap: number): Step[] {
  // Dutch splits its verbs around the object ("valt een gesprek gewoon weg"), so its short phrases keep the full gap.
  const short = rest.length <= 1 && first.lang !== 'nl';
  let previous = first;
  return rest.map((word, k) => {
    const reach = word.adjacent
      ? 0
      : BINDING.has(previous.text)
        ? 1
        : k === 0 && SUBJECTS.has(first.text)
          ? SUBJECT_GAP
          : short
            ? Math.min(2, gap)
            : gap;
    previous = word;
    return { word, reach };
  });
}

/** A negator standing in a phrase's gaps ("calls do not drop"). */
function negatorInGaps(
  compiled: Compiled,
  ws: readonly Word[],
  taken: readonly boolean[],
  at: readonly number[],
  used: Map<number, boolean>,
  clause: number,
  use: Use,
): string | null {
  let previous: number | undefined;
  for (const next of at) {
    // The words between this word of the phrase and the one before (none before the first).
    for (let i = (previous ?? next) + 1; i < next; i++) {
      const w = ws[i];
      if (w !== undefined && !taken[i] && compiled.negatorWords.has(w.text) && free(used, clause * 1e6 + i, use)) {
        take(used, clause * 1e6 + i, use);
        return w.text;
      }
    }
    previous = next;
  }
  return null;
}

/**
 * The nearest unused negator in the reach of a phrase, looking back from `from`
 * (dir -1) or ahead from it (dir +1). Looking back stops at a colon: in "geen
 * feature request: er werkt niets" the `geen` is the feature request's.
 */
function negatorIn(
  compiled: Compiled,
  ws: readonly Word[],
  taken: readonly boolean[],
  from: number,
  dir: -1 | 1,
  used: Map<number, boolean>,
  clause: number,
  use: Use,
  colons: readonly number[],
): string | null {
  const reach = dir < 0 ? compiled.before : compiled.after;
  for (let n = 0; n < reach; n++) {
    const i = dir < 0 ? from - 1 - n : from + n;
    if (i < 0) break;
    const w = ws[i];
    if (w === undefined || compiled.stops.has(w.text)) break;
    if (dir < 0 && colons.includes(i + 1)) break;
    if (taken[i] || !free(used, clause * 1e6 + i, use)) continue;
    for (const negator of compiled.negators) {
      const len = negator.words.length;
      // The negator ends (looking back) or starts (looking ahead) at i.
      const s = dir < 0 ? i - len + 1 : i;
      if (s < 0 || s + len > ws.length) continue;
      let ok = true;
      let at = s;
      for (const word of negator.words) {
        if (taken[at] || ws[at]?.text !== word.text) {
          ok = false;
          break;
        }
        at++;
      }
      if (ok) {
        for (let j = 0; j < len; j++) take(used, clause * 1e6 + s + j, use);
        return negator.phrase;
      }
    }
  }
  return null;
}

/** Words near a production phrase that say production is fine or not live yet. */
function healthyNear(compiled: Compiled, ws: readonly Word[], taken: readonly boolean[], start: number, end: number): string | null {
  const REACH = 6;
  let lo = start;
  let hi = end;
  const stops = (i: number) => {
    const w = ws[i];
    return w === undefined || compiled.stops.has(w.text);
  };
  while (lo > 0 && start - lo < REACH && !stops(lo - 1)) lo--;
  while (hi < ws.length && hi - end < REACH && !stops(hi)) hi++;
  for (let s = lo; s < hi; s++) {
    const word = ws[s];
    if (word === undefined || (s >= start && s < end)) continue;
    for (const p of compiled.healthy) {
      const match = wordMatches(p.first, word) ? matchFrom(p, ws, s, compiled) : null;
      if (!match || match.end > hi || match.at.some((i) => taken[i] || (i >= start && i < end))) continue;
      // "production is not ok" is not healthy.
      const negated = [s - 1, s - 2].some((i) => {
        const w = i >= 0 && !taken[i] ? ws[i] : undefined;
        return w !== undefined && compiled.negatorWords.has(w.text);
      });
      if (!negated) return p.phrase;
    }
  }
  return null;
}

function compile(data: PhraseData): Compiled {
  const cached = compiledCache.get(data);
  if (cached) return cached;
  const negatorWords = new Set(LANGS.flatMap((lang) => data.negation.negators[lang].flatMap((n) => phraseWords(n).map((w) => w.text))));
  const patterns: Pattern[] = [];
  for (const fact of FACTS) {
    for (const [value, byLang] of Object.entries(data.facts[fact])) for (const p of toPatterns(byLang, fact, value, negatorWords, data.gap)) patterns.push(p);
  }
  for (const p of toPatterns(data.ignore, null, '', negatorWords, data.gap)) patterns.push(p);
  for (const p of toPatterns(data.resolved, null, 'resolved', negatorWords, data.gap)) patterns.push(p);
  for (const p of toPatterns(data.usable, null, 'usable', negatorWords, data.gap)) patterns.push(p);
  const byFirst = new Map<string, Pattern[]>();
  const scanned: Pattern[] = [];
  for (const p of patterns) {
    const first = p.first;
    if (first.prefix) {
      scanned.push(p);
      continue;
    }
    const keys = new Set([`=${first.text}`, ...[...(first.forms ?? [])].map((f) => `=${f}`)]);
    if (first.stemmed && first.text.length > 2) keys.add(startKey(first.text));
    if (first.compound) {
      keys.add(`head:${first.text}`);
      keys.add(`tail:${first.text}`);
    }
    for (const key of keys) {
      const list = byFirst.get(key);
      if (list) list.push(p);
      else byFirst.set(key, [p]);
    }
  }
  const healthy = toPatterns(data.healthy, null, '', negatorWords, data.gap);
  const compiled: Compiled = {
    patterns,
    byFirst,
    scanned,
    negators: toPatterns(data.negation.negators, null, '', new Set(), 0).sort((a, b) => b.words.length - a.words.length),
    negatorWords,
    healthy,
    stops: new Set(LANGS.flatMap((lang) => data.negation.stops[lang].flatMap((s) => phraseWords(s).map((w) => w.text)))),
    known: new Map(),
    before: data.negation.before,
    after: data.negation.after,
    gap: data.gap,
  };
  compiledCache.set(data, compiled);
  return compiled;
}

function toPatterns(byLang: PhrasesByLang, fact: Fact | null, value: string, negatorWords: ReadonlySet<string>, gap: number): Pattern[] {
  return LANGS.flatMap((lang) =>
    byLang[lang].flatMap((phrase) => {
      const words = phraseWords(phrase).map((w): PhraseWord => {
        const forms = w.prefix || w.exact ? undefined : formsOf(w.text, lang);
        return {
          ...(forms === undefined ? {} : { forms }),
          text: w.text,
          prefix: w.prefix,
          lang,
          // "no" must be "no", not a word that stems like it; two-letter words have no inflection.
          stemmed: !w.prefix && !w.exact && !negatorWords.has(w.text) && w.text.length > 2,
          compound: lang === 'nl' && !w.prefix && !w.exact && w.text.length >= 5,
          negator: negatorWords.has(w.text),
          adjacent: w.adjacent === true,
        };
      });
      const [first, ...rest] = words;
      // A phrase without a word (checkPhraseData reports it) can match nothing.
      if (first === undefined) return [];
      const pattern: Pattern = {
        fact,
        value,
        phrase,
        lang,
        words,
        first,
        rest: stepsOf(first, rest, gap),
        wildcards: words.filter((w) => w.prefix).length,
        letters: words.reduce((n, w) => n + w.text.length, 0),
      };
      return [pattern];
    }),
  );
}
