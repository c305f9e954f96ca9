/**
 * Which workaround phrases and recognised ways round state a workaround, and which value. A phrase in a sentence that
 * asks states nothing unless the next sentence answers it; a `yes` phrase with a negator, or followed by words that say
 * the way round failed, is not allowed or cannot be had, counts as `no`; and a phrase that names something else (the
 * failure itself, what the vendor did, how long something has been used, a task, a habit, how a share of the business
 * runs, what callers get) is no workaround. Each is noted with why; the words around a phrase are read by
 * `workaround-qualifiers.ts`.
 */
import type { PhraseReading } from './find-phrases';
import { INCIDENTS, type Hit } from './hit';
import type { PhraseData } from './phrase-data';
import { recogniseNoAlternative, recogniseWorkaround } from './recognise-workaround';
import { unread } from './recognised-hit';
import type { Fact, FactNote } from './types';
import { CALLER_SIDE, CHANNELS, FOR_NOW, inClass, MUST, NEGATORS, OUTBOUND, STILL } from './word-classes';
import {
  answerTo, byTheVendor, callerMustRedo, contrastBetween, failedAfter, failingChannel, failsToo, forACase, forADuration, GOES_ON, notAllowed, shareOfOurs, testingIn, unworkableAfter,
} from './workaround-qualifiers';

/**
 * The workaround hits of `reading` that state a workaround, phrases and recognised ways round, each with the value it
 * states, with a note in `notes` for each one dropped; `impactHits` are the impact hits that stand.
 *
 * @example
 * const reading = readPhrases("No calls come in. We don't have a workaround.", PHRASES);
 * statedWorkarounds(reading, [], PHRASES, negatorWords(PHRASES), [])[0].value //=> 'no'
 */
export function statedWorkarounds(reading: PhraseReading, impactHits: readonly Hit[], data: PhraseData, negators: ReadonlySet<string>, notes: FactNote[]): Hit[] {
  const { hits, clauses, ignored } = reading;
  const of = (fact: Fact) => hits.filter((h) => h.fact === fact);
  const workaroundHits: Hit[] = [];
  for (const h of of('workaround')) {
    // "For now nothing works", "voorlopig werkt er niets": the time word belongs to the failure, not to a workaround.
    if (h.value === 'yes' && impactHits.some((i) => INCIDENTS.has(i.value) && i.clause === h.clause && i.start >= h.end && !contrastBetween(clauses[h.clause], h.end, i.start))) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" comes before the failure in its clause: not a workaround` });
      continue;
    }
    // "Berichten worden niet meer doorgestuurd per mail": right after the failure, the way named is what fails.
    if (h.value === 'yes' && impactHits.some((i) => INCIDENTS.has(i.value) && i.clause === h.clause && h.start >= i.end && h.start <= i.end + 1)) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" names what fails, right after the failure: not a workaround` });
      continue;
    }
    if (h.question) {
      const answer = answerTo(h, clauses, data);
      if (answer === null) {
        notes.push({ fact: 'workaround', note: `"${h.phrase}" is asked, not stated: ignored` });
        continue;
      }
      workaroundHits.push(answer.value === 'no' && h.value === 'yes' ? { ...h, value: 'no', negatedBy: answer.word } : { ...h, value: answer.value });
      continue;
    }
    // "Gisteren is ons abonnement door jullie accountmanager omgezet naar Advanced": what the vendor did is a cause.
    if (h.value === 'yes' && byTheVendor(h, clauses)) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" was done by the vendor: not a workaround` });
      continue;
    }
    // "We gebruiken het kanaal nu een maand", "we've now used it for two years": how long, not for the time being.
    if (h.value === 'yes' && forADuration(h, clauses)) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" says how long something has been used: not a workaround` });
      continue;
    }
    // "We can still call out, it's only incoming": the direction that works is the scope of the failure, not a way round it.
    const ws = clauses[h.clause]?.words ?? [];
    if (h.value === 'yes' && inClass(STILL, ws[h.end - 1] ?? '') !== null && ws.slice(h.end, h.end + 3).some((w) => inClass(OUTBOUND, w) !== null)) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" says calls out still work: the scope of the failure, not a workaround` });
      continue;
    }
    // "If the calls will not be possible we must prepare a redirect to mobile phones": a way round planned for a case.
    if (h.value === 'yes' && forACase(h, clauses, impactHits)) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" is planned for a case ("if"): not a workaround` });
      continue;
    }
    if (h.value === 'yes' && testingIn(h, clauses)) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" is how the failure was tested: not a workaround` });
      continue;
    }
    // Also negated: "we krijgen geen voicemails meer per e-mail" names the failing channel, it says nothing of a way round.
    const ownClause = clauses[h.clause]?.words ?? [];
    const noLonger = h.negatedBefore !== null && ownClause.some((w) => w === 'meer' || w === 'anymore' || w === 'longer');
    const channel = failingChannel(h, impactHits, clauses) ?? (noLonger ? h.phrase.split(' ').find((w) => inClass(CHANNELS, w) !== null) ?? null : null);
    if (channel !== null) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" names "${channel}", which is what fails: not a workaround` });
      continue;
    }
    // "Ik weet niet hoe ik het menu kan omzeilen", "we don't know how to get round it": no way round known.
    const before = (clauses[h.clause]?.words ?? []).slice(0, h.start);
    const knowNot = h.value === 'yes' && before.some((w, i) => (w === 'weet' || w === 'know' || w === 'idee' || w === 'idea') && before.slice(Math.max(0, i - 2), i + 3).some((x) => inClass(NEGATORS, x) !== null) && before.slice(i + 1).some((x) => x === 'hoe' || x === 'how'));
    if (knowNot) {
      workaroundHits.push({ ...h, value: 'no', negatedBy: 'not known how' });
      continue;
    }
    // "There is no way to get the call records across manually", "er is geen manier om dat met de hand te doen": the
    // way round is said to be impossible.
    const noWay = h.value === 'yes' ? NO_WAY.exec(before.slice(-8).join(' ')) : null;
    if (noWay !== null) {
      workaroundHits.push({ ...h, value: 'no', negatedBy: noWay[0] });
      continue;
    }
    // "We need to switch our stores to the late-night routing before 6pm": a task the customer must do, not a way round
    // (unless it is for now: "we have to use our mobiles for now").
    // ("maar maandag moet het werken": the need may stand in the phrase's gap, too.)
    const task = (clauses[h.clause]?.words ?? []).slice(Math.max(0, h.start - 3), h.end);
    if (h.value === 'yes' && task.some((w, i) => inClass(MUST, w) !== null && (!TO_BEFORE_VERB.has(w) || task[i + 1] === 'to')) && !(clauses[h.clause]?.words ?? []).some((w) => inClass(FOR_NOW, w) !== null)) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" is what the customer needs to do: not a workaround` });
      continue;
    }
    // "Ruim 90% van ons klantcontact loopt via WhatsApp", "80% of our orders come in via the app": how the business
    // runs, said with its share, not a way round.
    if (h.value === 'yes' && h.phrase.split(' ').includes('via') && clauses.some((c) => c.sentence === h.sentence && c.words.some((w, i) => /^\d+$/.test(w) && shareOfOurs(c.words.slice(i + 1, i + 4))))) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" says how a share of the business runs: not a workaround` });
      continue;
    }
    // "Het enige nummer dat op onze website staat", "the number on all our adverts and on the website": where the number
    // is printed, unless something was put there ("we've put a notice on our website").
    if (h.value === 'yes' && h.phrase.includes('website') && !clauses.some((c) => c.sentence === h.sentence && c.words.some((w) => PLACED.has(w)))) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" says where something is published, nothing was put there: not a workaround` });
      continue;
    }
    // "Na 18u wordt ons nummer normaal doorgeschakeld naar de GSM": how things usually run, not a way round.
    if (h.value === 'yes' && (clauses[h.clause]?.words ?? []).slice(0, h.start).some((w) => AS_SET_UP.has(w))) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" is how things usually run: not a workaround` });
      continue;
    }
    // "Bellers krijgen in plaats daarvan de voicemail", "callers get voicemail instead": what callers get, the failure.
    if (h.value === 'yes' && /^(?:in plaats daarvan|instead)$/.test(h.phrase) && (clauses[h.clause]?.words ?? []).slice(Math.max(0, h.start - 3), h.start + 4).some((w) => inClass(CALLER_SIDE, w) !== null)) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" says what callers get: not a workaround` });
      continue;
    }
    if (h.value === 'yes' && callerMustRedo(h, clauses)) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" is what the caller must do because of the failure: not a workaround` });
      continue;
    }
    // "People are not thrilled about using their own phones all day": the feeling is negated, the way round stands.
    const feeling = h.negatedBefore !== null && (clauses[h.clause]?.words ?? []).slice(0, h.start).some((w) => FEELINGS.has(w));
    const negator =
      (feeling ? null : h.negatedBefore) ?? h.negatedAfter ?? (h.value === 'yes' ? failedAfter(h, clauses) ?? unworkableAfter(h, clauses, negators) ?? notAllowed(h, clauses, negators) : null);
    workaroundHits.push(h.value === 'yes' && negator !== null ? { ...h, value: 'no', negatedBy: negator } : h);
  }
  for (const h of unread(recogniseWorkaround(clauses, of('impact'), negators, ignored), hits)) {
    if (testingIn(h, clauses) || forADuration(h, clauses)) continue;
    // "Als we de zorglijn doorschakelen naar het 06-nummer, wordt het gesprek afgebroken": a way round in a condition.
    if (forACase(h, clauses, impactHits)) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" is said in a condition: not a workaround` });
      continue;
    }
    // "We hebben de skills teruggezet, maar dat helpt niet": a way round that did not help, as for a phrase.
    // ("Dat werkt, maar het hoofdnummer is nog steeds niet bereikbaar": "but ... still" names the failure it works round.)
    const failedToo = failedAfter(h, clauses);
    if (failedToo !== null && !GOES_ON.has(failedToo.split(' ').at(-1) ?? '')) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" is followed by "${failedToo}": not a workaround` });
      continue;
    }
    // "Fortunately we have a second office, but calls there fail too": the way out fails as well ("but the main number
    // is still down" is the failure it works around).
    if (failsToo(h, clauses)) {
      notes.push({ fact: 'workaround', note: `"${h.phrase}" is followed by "but" and a failure: not a workaround` });
      continue;
    }
    workaroundHits.push(h);
  }
  for (const h of unread([recogniseNoAlternative(clauses, negators)], hits)) workaroundHits.push(h);
  // "Herstarten helpt niet, kabels gecontroleerd. Iedereen werkt nu met de softphone": a restart that did not help is a
  // step tried, not the lack of a way round the ticket states.
  const statedYes = workaroundHits.some((h) => h.value === 'yes');
  const weighed = statedYes ? workaroundHits.filter((h) => !(h.value === 'no' && h.negatedBy !== undefined && RESTARTS.test(h.phrase))) : workaroundHits;
  if (weighed.length < workaroundHits.length) notes.push({ fact: 'workaround', note: 'a restart that did not help is a step tried, beside a way round stated' });
  return weighed;
}

// Phrases (of phrases.json) about restarting, which negated say a troubleshooting step failed.
const RESTARTS = /\b(?:herstart\w*|restart\w*|reboot\w*|opnieuw opstarten)\b/;
// Words that say a way round cannot be had, before it in its clause.
const NO_WAY = /\b(?:no way|geen manier|geen mogelijkheid|not possible|niet mogelijk|impossible|onmogelijk)\b/;
// Words of `MUST` that say a need only before "to": "we need to switch" (not "we have switched to").
const TO_BEFORE_VERB = new Set(['need', 'needs', 'has', 'have']);
// Verbs of putting something up: "we've put a notice on our website", "een bericht op de website geplaatst".
const PLACED = new Set(['put', 'posted', 'placed', 'added', 'updated', 'changed', 'gezet', 'geplaatst', 'gepost', 'toegevoegd', 'aangepast', 'zetten', 'plaatsen']);
// Feelings about a way round: in "not thrilled about using their own phones" the negator is of the feeling.
const FEELINGS = new Set(['thrilled', 'happy', 'pleased', 'keen', 'fond', 'blij', 'gelukkig', 'enthousiast', 'tevreden']);
// "Our field engineers only ever check voicemail via email", "we sturen altijd via de app": a habit, too.
// "Na 18u moeten onze oproepen automatisch doorgeschakeld worden", "is supposed to forward to the engineer on call":
// how it is set up to run.
const AS_SET_UP = new Set(['normally', 'usually', 'normaal', 'normaliter', 'gewoonlijk', 'doorgaans', 'meestal', 'ever', 'always', 'altijd', 'standaard', 'automatically', 'automatisch', 'supposed', 'meant', 'hoort', 'rule', 'regel']);
