/**
 * What the words around a workaround phrase make of it: a way round planned for a case, tested, used for a while,
 * done by the vendor, the channel that fails, what the caller must redo, or how a share of the business runs (no
 * workaround); or a way round that did not help, fails too, is judged unworkable or not allowed (a workaround of
 * `no`); and the answer given to a workaround asked about. Read by `workaround-stated.ts`, each with the hit and the
 * clauses of the text (`hitOn(words)` in the examples stands for the hit on those words).
 */
import type { PhraseHit } from './find-phrases';
import { INCIDENTS, type Hit } from './hit';
import { conditional, ifOpened } from './hit-context';
import type { PhraseData } from './phrase-data';
import { foldText, type Clause } from './text';
import { LANGS } from './vocabulary';
import {
  ALLOWED, BY, CALLER_SIDE, CAPACITY, CHANNELS, DURATIONS, ERRORS, FAILING, FOR_NOW, inClass, MUST, NEGATORS, NOTHING_AT_ALL, SAME, SPAN_COUNTS, SUBSTITUTE, TESTING, TOO, TRIED, TROUBLE, VENDOR, WORKABLE, WORKS,
} from './word-classes';

/**
 * A change a workaround phrase names, in a clause that names the vendor as the one who made it: "door jullie accountmanager omgezet".
 *
 * @example
 * byTheVendor(hitOn('omgezet naar'), toClauses('Gisteren is ons abonnement door jullie accountmanager omgezet naar Advanced.')) //=> true
 */
export function byTheVendor(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const ws = clauses[h.clause]?.words ?? [];
  // Only a change ("omgezet", "switched"): "the forwarding suggested by you works" is a workaround all the same.
  const change = ws.slice(h.start, h.end).some((w) => inClass(SUBSTITUTE, w) !== null);
  return change && ws.some((w, i) => inClass(BY, w) !== null && inClass(VENDOR, ws[i + 1] ?? '') !== null);
}

/**
 * "Handmatig nummers intoetsen is met 4000 leads per dag geen doen", "dialling by hand is not an option", "een
 * handmatige manier is er niet": a workaround judged unworkable, or denied to exist, after it in its clause, is none.
 * The negator and the judgement, or null.
 *
 * @example
 * unworkableAfter(hitOn('handmatig'), toClauses('Handmatig nummers intoetsen is met 4000 leads per dag geen doen.'), negatorWords(PHRASES)) //=> 'geen … doen'
 */
export function unworkableAfter(h: PhraseHit, clauses: readonly Clause[], negators: ReadonlySet<string>): string | null {
  const ws = clauses[h.clause]?.words ?? [];
  for (let i = h.end; i < ws.length; i++) {
    if (!negators.has(ws[i] ?? '')) continue;
    const judged = ws.slice(i + 1, i + 4).find((w) => inClass(WORKABLE, w) !== null);
    if (judged !== undefined) return `${ws[i] ?? ''} … ${judged}`;
  }
  // "Handmatig bellen gaat met deze aantallen niet", "dat lukt niet": the Dutch verb of managing right after the way
  // round, and "niet" closing its clause.
  // ("Handmatig bellen gaat ...": the verb may follow what is done by hand.)
  const goes = ws.findIndex((w, i) => i >= h.end && i <= h.end + 1 && GOES.has(w));
  if (goes >= 0 && ws.at(-1) === 'niet' && ws.length - goes <= UNWORKABLE_REACH) return `${ws[goes] ?? ''} … niet`;
  // "Een handmatige manier om die berichten te versturen is er niet", "een omweg hebben we niet": a way round named first
  // and denied to exist by the verb and "niet" that close its clause.
  const exists = ws.length - (BEFORE_NIET.has(ws.at(-2) ?? '') ? 3 : 2);
  if (ws.at(-1) === 'niet' && exists >= h.end && EXISTS.has(ws[exists] ?? '')) return ws.slice(exists).join(' ');
  return null;
}
const GOES = new Set(['gaat', 'lukt', 'ging', 'lukte']);
// Dutch verbs of being and having that, with "niet" closing the clause, deny that what the clause named exists.
const EXISTS = new Set(['is', 'zijn', 'bestaat', 'bestaan', 'hebben', 'heb', 'hebt', 'heeft', 'was', 'waren']);
// Between that verb and "niet": "is er niet", "hebben we niet".
const BEFORE_NIET = new Set(['er', 'we', 'wij', 'ik', 'ze', 'zij']);
// How far "niet" may close the clause after the verb: "gaat met deze aantallen echt niet".
const UNWORKABLE_REACH = 7;

/**
 * "Met hun privételefoon bellen mogen onze medewerkers niet", "we don't have the staff to phone everyone instead", "the
 * voice fallback returns 'channel not enabled'": a way round that is not allowed, that the customer lacks the people
 * for, or that fails itself. The words that say so, or null.
 *
 * @example
 * notAllowed(hitOn('privetelefoon*'), toClauses('Met hun privételefoon bellen mogen onze medewerkers niet.'), negatorWords(PHRASES)) //=> 'mogen … niet'
 */
export function notAllowed(h: PhraseHit, clauses: readonly Clause[], negators: ReadonlySet<string>): string | null {
  const ws = clauses[h.clause]?.words ?? [];
  const negator = ws.find((w) => negators.has(w));
  const allowed = ws.find((w) => inClass(ALLOWED, w) !== null);
  if (negator !== undefined && allowed !== undefined) return `${allowed} … ${negator}`;
  // "We don't have the staff to phone everyone instead": a negator before a word of capacity, before the phrase.
  const before = ws.slice(0, h.start);
  const lacking = before.findIndex((w, i) => negators.has(w) && before.slice(i + 1, i + 4).some((x) => inClass(CAPACITY, x) !== null));
  if (lacking >= 0) return `${before[lacking] ?? ''} … ${before.slice(lacking + 1, lacking + 4).find((x) => inClass(CAPACITY, x) !== null) ?? ''}`;
  // "The voice channel fallback returns 'channel not enabled'": an error said of the way round, after it in its sentence.
  const rest = clauses.filter((c, k) => c.sentence === h.sentence && k >= h.clause).flatMap((c, k) => (k === 0 ? c.words.slice(h.end) : c.words));
  const error = rest.find((w, i) => inClass(ERRORS, w) !== null || (w === 'not' && ENABLED.has(rest[i + 1] ?? '')));
  return error === undefined ? null : error === 'not' ? 'not enabled' : error;
}
const ENABLED = new Set(['enabled', 'available', 'allowed', 'supported', 'activated']);

/**
 * A workaround phrase whose time word ("now", "nu") is followed by a span ("nu een maand", "now for two years"): the
 * words say how long something has been in use, not what is done until a failure is over.
 *
 * @example
 * forADuration(hitOn('gebruiken nu'), toClauses('We gebruiken het kanaal nu een maand.')) //=> true
 */
export function forADuration(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const ws = clauses[h.clause]?.words ?? [];
  const at = ws.findIndex((w, i) => i >= h.start && i < h.end + 2 && inClass(FOR_NOW, w) !== null);
  if (at < 0) return false;
  const span = ws.slice(at + 1, at + 5);
  const unit = span.findIndex((w) => inClass(DURATIONS, w) !== null);
  return unit > 0 && span.slice(0, unit).every((w) => /^\d+$/.test(w) || inClass(SPAN_COUNTS, w) !== null);
}

/**
 * A workaround phrase in a clause about testing: "we've been testing from our mobiles since 8" tested the failure.
 *
 * @example
 * testingIn(hitOn('our-mobiles='), toClauses("We've been testing from our mobiles since 8.")) //=> true
 */
export function testingIn(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const words = clauses[h.clause]?.words ?? [];
  if (words.some((w) => inClass(TESTING, w) !== null)) return true;
  // "Same on the app on my own phone", "hetzelfde op mijn eigen mobiel": the failure again, where it was tried.
  if (words.slice(0, h.start).some((w) => inClass(SAME, w) !== null)) return true;
  // "We tried forwarding the number, but the portal won't save it": a try inside the words read as the way round, in a
  // phrase's gap or in a recogniser's span (not one the phrase names itself: "trying again usually").
  const own = new Set(h.phrase.split(' '));
  if (words.slice(h.start, h.end).some((w) => inClass(TRIED, w) !== null && (h.rule !== undefined || !own.has(w)))) return true;
  // "Doorschakelen naar een andere wachtrij hebben we geprobeerd, maar dat helpt niet": tried, the word after it.
  if (words.slice(h.end).some((w) => inClass(TRIED, w) !== null) && !clauses.some((k) => k.sentence === h.sentence && k.words.some((w) => inClass(WORKS, w) !== null))) return true;
  // "I tried from my own mobile and got the same busy tone": a try, unless what was tried works.
  return words.slice(0, h.start).some((w) => inClass(TRIED, w) !== null) && !clauses.some((k) => k.sentence === h.sentence && k.words.some((w) => inClass(WORKS, w) !== null));
}

/**
 * A way round planned for a case: after "if"/"indien" in its sentence ("if the calls fail we must prepare a redirect"),
 * or in a clause opened by a condition and a subject whose next clause states the failure it leads to ("als we de
 * lijn doorschakelen, wordt het gesprek afgebroken"; not "als ik inlog staan ze er wel", which is a way that works).
 *
 * @example
 * forACase(hitOn('redirected'), toClauses('If the calls will not be possible we must prepare a redirect to mobile phones.'), []) //=> true
 */
export function forACase(h: PhraseHit, clauses: readonly Clause[], impactHits: readonly Hit[]): boolean {
  return conditional(h, clauses) || (ifOpened(h, clauses) && impactHits.some((i) => INCIDENTS.has(i.value) && i.sentence === h.sentence && i.clause === h.clause + 1));
}

/**
 * The channel a workaround phrase names ("via whatsapp") when a stated failure's clause names it too ("WhatsApp
 * berichten komen niet binnen", "whatsapp-berichten"): a channel that fails is no way round its own failure. Null otherwise.
 *
 * @example
 * failingChannel(hitOn('via whatsapp'), [hitOn('komen niet binnen')], toClauses('WhatsApp berichten komen niet binnen. We werken nu via WhatsApp web.')) //=> 'whatsapp'
 */
export function failingChannel(h: PhraseHit, impactHits: readonly Hit[], clauses: readonly Clause[]): string | null {
  const channel = h.phrase.split(' ').find((w) => inClass(CHANNELS, w) !== null);
  if (channel === undefined) return null;
  const fails = impactHits.some((i) => INCIDENTS.has(i.value) && !(i.clause === h.clause && i.start === h.start) && (clauses[i.clause]?.words ?? []).some((w) => w === channel || (w.startsWith(channel) && w.length > channel.length + 3)));
  return fails ? channel : null;
}

/**
 * "De klant moet opnieuw bellen", "callers have to redial": the caller's side, made to redo what failed, in the phrase's clause.
 *
 * @example
 * callerMustRedo(hitOn('opnieuw bellen'), toClauses('De klant moet opnieuw bellen.')) //=> true
 */
export function callerMustRedo(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const before = (clauses[h.clause]?.words ?? []).slice(Math.max(0, h.start - 4), h.start);
  const who = before.findIndex((w) => inClass(CALLER_SIDE, w) !== null);
  return who >= 0 && before.slice(who + 1).some((w) => inClass(MUST, w) !== null);
}

/**
 * After a number (a "%" is no word of a clause): "(procent) van ons ...", "(percent) of our ...".
 *
 * @example
 * shareOfOurs(['procent', 'van', 'ons']) //=> true
 */
export function shareOfOurs(after: readonly string[]): boolean {
  const [a = '', b = '', c = ''] = after;
  return a === 'procent' || a === 'percent' ? shareOfOurs([b, c]) : (a === 'van' || a === 'of') && OURS.has(b);
}
const OURS = new Set(['ons', 'onze', 'our', 'all', 'alle']);

/**
 * A "but"/"maar" (or a "so that"/"zodat") between two positions of a clause: "we use Teams for now but customers can't reach us".
 *
 * @example
 * contrastBetween(toClauses("We use Teams for now but customers can't reach us.")[0], 0, 10) //=> true
 */
export function contrastBetween(clause: Clause | undefined, from: number, to: number): boolean {
  // "We changed the greeting for now so that callers with a fault choose option 2": a purpose, not the failure.
  return clause !== undefined && clause.words.slice(from, to).some((w, i, ws) => w === 'but' || w === 'maar' || w === 'zodat' || (w === 'so' && ws[i + 1] === 'that'));
}

/**
 * A later clause of the hit's sentence that opens with "but"/"maar" and says a failure happens there too.
 *
 * @example
 * failsToo(hitOn('second office'), toClauses('Fortunately we have a second office, but calls there fail too.')) //=> true
 */
export function failsToo(h: PhraseHit, clauses: readonly Clause[]): boolean {
  return clauses.slice(h.clause + 1).some(
    (c) =>
      c.sentence === h.sentence &&
      (c.words[0] === 'but' || c.words[0] === 'maar') &&
      c.words.some((w) => inClass(TOO, w) !== null) &&
      c.words.some((w) => inClass(TROUBLE, w) !== null || inClass(FAILING, w) !== null),
  );
}

/**
 * "We changed the hours manually as a workaround, but the routing still goes
 * there": a workaround followed, in its sentence, by "but ... still" did not work. The words that say so, or null.
 *
 * @example
 * failedAfter(hitOn('workaround'), toClauses('We changed the hours manually as a workaround, but the routing still goes there.')) //=> 'but … still'
 */
export function failedAfter(h: PhraseHit, clauses: readonly Clause[]): string | null {
  let contrast = false;
  let backReference = false;
  for (const [k, clause] of clauses.slice(h.clause).entries()) {
    if (clause.sentence !== h.sentence) break;
    // In the phrase's own clause, only the words after the phrase.
    const words = k === 0 ? clause.words.slice(h.end) : clause.words;
    for (const [i, word] of words.entries()) {
      if (word === 'but' || word === 'maar') {
        contrast = true;
        backReference = words.slice(i + 1, i + 3).some((x) => BACK_REFERENCE.has(x));
      }
      else if (contrast && (word === 'still' || word === 'steeds')) return `${word === 'still' ? 'but' : 'maar'} … ${word}`;
      // "..., maar de nachtstand blijft gewoon actief", "but the night mode stays on": the failure goes on.
      // ("... maar het is niet de bedoeling dat dat zo blijft": how long the way round may last, not the failure.)
      else if (contrast && GOES_ON.has(word) && words[i - 1] !== 'zo' && words[i - 1] !== 'so' && i + 1 < words.length) return `${word === 'blijft' || word === 'bleef' ? 'maar' : 'but'} … ${word}`;
      // "Also this does not work", "ook dat komt niet aan", "dat werkt ook niet": the way round itself fails too.
      else if (inClass(TOO, word) !== null && [words[i - 1], words[i + 1]].some((x) => BACK_REFERENCE.has(x ?? '')) && words.slice(i + 1, i + 5).some((x) => inClass(NEGATORS, x) !== null || inClass(NOTHING_AT_ALL, x) !== null)) {
        return `${words[i - 1] ?? ''} ${word} ${words[i + 1] ?? ''}`.trim();
      }
      // "We switched to the failover number, but that gives the engaged tone too", "maar ook die werkt nu niet meer".
      // Only said of the way round itself ("that", "die"), not of another effect ("but now the message is gone at night too").
      else if (contrast && inClass(TOO, word) !== null && backReference) return `${word === 'ook' || word === 'eveneens' ? 'maar' : 'but'} … ${word}`;
      // "I rang from my own mobile and both just give a busy tone": what was tried meets the failure too.
      else if (DEAD_LINE_AFTER.has(word) || ((word === 'busy' || word === 'engaged') && (words[i + 1] === 'tone' || words[i + 1] === 'signal'))) return word;
      // "... and re-entered the numbers, no change", "dat maakte geen verschil", "didn't help", "hielp niet".
      else if (NO_EFFECT.some(([a, b]) => word === a && words[i + 1] === b)) return `${word} ${words[i + 1] ?? ''}`;
      // "De failover naar de tweede proxy geeft dus hetzelfde", "the backup number gives the same error": it fails too.
      // "... and by hand from the portal, same 5003": the same error code.
      else if (inClass(SAME, word) !== null && (word !== 'same' || words[i - 1] === 'the' || /^\d{3,}$/.test(words[i + 1] ?? ''))) return word;
    }
  }
  return null;
}

/**
 * Said of a failure after "but": it goes on all the same ("but ... still", "maar de nachtstand blijft actief").
 *
 * @example
 * GOES_ON.has('blijft') //=> true
 */
export const GOES_ON = new Set(['still', 'steeds', 'blijft', 'bleef', 'remains', 'stays', 'stayed']);
// What a dead line gives, after a way round in its sentence: the way round meets the failure too.
const DEAD_LINE_AFTER = new Set(['bezettoon', 'ingesprektoon', 'bezetsignaal']);
// Words that point back at the way round after "but": "but that gives the engaged tone too", "maar ook die werkt niet".
const BACK_REFERENCE = new Set(['that', 'it', 'this', 'die', 'dat', 'deze', 'het']);
// Pairs of words that say what was tried made no difference.
const NO_EFFECT: readonly (readonly [string, string])[] = [
  ['no', 'change'], ['no', 'difference'], ['no', 'luck'], ['didnt', 'help'], ['not', 'help'], ['geen', 'verschil'], ['geen', 'verandering'],
  ['hielp', 'niet'], ['helpt', 'niet'], ['helpen', 'niet'], ['zonder', 'resultaat'], ['zonder', 'succes'], ['lukt', 'niet'], ['lukte', 'niet'],
  // "We've failed over to our secondary ISP - same result", "zelfde resultaat": what was tried meets the failure too.
  ['same', 'result'], ['same', 'problem'], ['same', 'issue'], ['same', 'error'], ['zelfde', 'resultaat'], ['zelfde', 'probleem'],
  // "... but the divert does nothing", "maar het doorschakelen doet niks".
  ['does', 'nothing'], ['did', 'nothing'], ['doet', 'niks'], ['doet', 'niets'], ['deed', 'niks'], ['deed', 'niets'],
];
// Words that answer a workaround asked about: yes, or no beside the negators of the data.
const YES = new Set(['yes', 'yep', 'yeah', 'ja', 'jazeker', 'jawel']);
const NO_EXTRA = new Set(['nee', 'nope', 'helaas', 'unfortunately']);

/**
 * The answer the customer gives right after asking about a workaround: the
 * first words of the next sentence. "Workaround? None." and "Any way around
 * this? We found none." answer no; "...? Yes, we ..." answers yes.
 *
 * @example
 * answerTo(hitOn('workaround'), toClauses('Workaround? None.'), PHRASES) //=> { value: 'no', word: 'none' }
 */
export function answerTo(h: PhraseHit, clauses: readonly Clause[], data: PhraseData): { value: 'yes' | 'no'; word: string } | null {
  const next = clauses.find((c) => c.sentence === h.sentence + 1);
  if (next === undefined || next.question) return null;
  const first = next.words.slice(0, 4);
  const [head] = first;
  if (head !== undefined && YES.has(head)) return { value: 'yes', word: head };
  const negators = new Set(LANGS.flatMap((l) => data.negation.negators[l].map(foldText)));
  const no = first.find((w) => negators.has(w) || NO_EXTRA.has(w));
  return no === undefined ? null : { value: 'no', word: no };
}
