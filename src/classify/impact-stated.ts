/**
 * Whether an impact phrase states the ticket's problem or request, or says something else. A phrase with a negator
 * before it says the opposite of its value; a how-to or question phrase in a clause that asks for a workaround asks for
 * help with the incident; an incident phrase can be what a question asks about ("Is there an outage on your side?",
 * "How can we simulate an outage safely?"), what someone wants to know, wishes for, wants to avoid or believes, a case
 * considered ("als ... dan", "if ..."), a claim the writer doubts, the failure of a system the customer is leaving, an
 * incident that is over ("last week", "everything works again"), or words that only say when or name something else (a
 * time of day, a figure, a bandwidth, a department). Each such phrase states nothing, with a note that says why; the
 * order of the checks is the order of the notes. The words around a phrase are read by `hit-context.ts`.
 */
import type { PhraseHit, PhraseReading } from './find-phrases';
import { INCIDENTS, type Hit } from './hit';
import { askedToKnow, asideAsk, dutchCase, handledQuestions, hangsUp, knowingBefore, momentAsked, pastInBody, pastPeriod, purposeBefore, supposedBy, wishedFor } from './hit-context';
import { recogniseLoss } from './recognise-loss';
import type { RecognisedHit } from './recognised-hit';
import { foldText, type Clause } from './text';
import type { Fact, FactNote } from './types';
import { AFTER_WHICH, ASKED_IF, CHASED, FUTURE_ASKS, HOURS, IF_WORDS, INCIDENT_NOUNS, inClass, POSSIBLY, TIMES_OF } from './word-classes';

/**
 * The impact phrases of `reading` that state the ticket's problem or request, from `impactHits` (its impact phrases as
 * `soundDrops` left them), with a note in `notes` for each one dropped.
 *
 * @example
 * const reading = readPhrases('Not down, just slow.', PHRASES);
 * impactsStated(reading.hits, 'Not down, just slow.', reading, negatorWords(PHRASES), []).map((h) => h.phrase) //=> ['slow*']
 */
export function impactsStated(impactHits: readonly PhraseHit[], text: string, reading: PhraseReading, negators: ReadonlySet<string>, notes: FactNote[]): Hit[] {
  const { hits, clauses, resolved, resolvedIn } = reading;
  const of = (fact: Fact) => hits.filter((h) => h.fact === fact);
  // Clauses that ask about a workaround: a how-to or question phrase there asks for the workaround, not how to use the product.
  const workaroundClauses = new Set(of('workaround').filter((h) => h.question).map((h) => h.clause));
  // A loss said outside a sentence (read for a side remark only, and once).
  let lossRead: RecognisedHit | null | undefined;
  const lossOutside = (sentence: number) => {
    lossRead ??= recogniseLoss(clauses.filter((c) => c.sentence !== sentence));
    return lossRead !== null;
  };
  return impactHits.filter((h) => {
    // "Ik zie niet goed hoe ik een optie kan toevoegen", "I don't know how to": the negation is of seeing or knowing,
    // which makes the how-to; it does not deny it.
    if (h.negatedBefore !== null && (h.value === 'how-to' || h.value === 'question') && knowingBefore(h, clauses)) return true;
    // "It is really not acceptable that it is still not possible": a phrase that holds its own negator is not undone by another.
    const ownNegator = h.phrase.split(' ').some((w) => negators.has(w));
    if (h.negatedBefore !== null && !ownNegator) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is negated by "${h.negatedBefore}": ignored` });
      return false;
    }
    if ((h.value === 'how-to' || h.value === 'question') && workaroundClauses.has(h.clause)) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" asks for a workaround: not a ${h.value}` });
      return false;
    }
    // "How can we simulate an outage safely?": the incident is what the how-to question is about; "Could you add an
    // endpoint to set an agent's status (available, break, offline)?": what a request for a feature names.
    const askedAbout = of('impact').find(
      (o) =>
        o.question &&
        ((o.value === 'how-to' && o.clause === h.clause && o.end <= h.start) ||
          (o.value === 'feature-request' && o.sentence === h.sentence && (o.clause < h.clause || (o.clause === h.clause && o.end <= h.start)))),
    );
    if (INCIDENTS.has(h.value) && askedAbout !== undefined) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is what "${askedAbout.phrase}" asks about: ignored` });
      return false;
    }
    // "Is there an outage on your side?", "hebben jullie een storing?": an incident named in a question is asked about, not stated.
    if (h.question && INCIDENTS.has(h.value) && h.end - h.start === 1 && inClass(INCIDENT_NOUNS, clauses[h.clause]?.words[h.start] ?? '') !== null) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is asked about, not stated: ignored` });
      return false;
    }
    // "Mijn manager wil weten hoeveel klanten ons niet bereikt hebben", "wants to know how many calls failed": asked about.
    if (INCIDENTS.has(h.value) && askedToKnow((clauses[h.clause]?.words ?? []).slice(0, h.start))) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is what someone wants to know: asked about, ignored` });
      return false;
    }
    // 'Your colleague asked if "some calls don't get through"': the clause after "asked if" is a question reported, not a fact stated.
    const before = clauses[h.clause - 1];
    if (before !== undefined && before.sentence === h.sentence && inClass(ASKED_IF, before.words.at(-1) ?? '') !== null) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is asked about, after "${before.words.slice(-2).join(' ')}": ignored` });
      return false;
    }
    // "Will our phones be down tonight?", "gaat de telefonie vannacht plat?": a question about what is to come asks, it states no failure.
    // "Should I warn my team the phones might go down at noon?": a possibility asked about, a modal before the incident.
    const possible = h.question && INCIDENTS.has(h.value) && (clauses[h.clause]?.words ?? []).slice(0, h.start).some((w) => inClass(POSSIBLY, w) !== null);
    // "... add Hindi voices so we can make the menus without recording the prompts every time": what the writer wants
    // the change for, not a failure.
    if (INCIDENTS.has(h.value) && !h.question && purposeBefore((clauses[h.clause]?.words ?? []).slice(0, h.start))) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" says what a change is for: ignored` });
      return false;
    }
    // "We gaan over op jullie platform omdat onze huidige telefonie steeds uitvalt": the failure of the system a new
    // customer leaves, not of this one.
    if (INCIDENTS.has(h.value) && (clauses[h.clause]?.words ?? []).slice(Math.max(0, h.start - 4), h.start).some((w) => CURRENT.has(w)) && SWITCHING.test(text)) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is said of the system the customer is leaving: ignored` });
      return false;
    }
    // "I want it to say so and go straight to voicemail", "ik wil dat het dan meteen naar de voicemail gaat": what the
    // writer wants to happen (not "we want to know why ...", which asks about a failure).
    const wantWords = (clauses[h.clause]?.words ?? []).slice(0, h.start);
    const wants = wantWords.findIndex((w) => w === 'want' || w === 'wil' || w === 'willen');
    if (INCIDENTS.has(h.value) && wants >= 0 && ['it', 'them', 'calls', 'dat', 'het', 'ze'].includes(wantWords[wants + 1] ?? '') && !wantWords.some((w) => w === 'know' || w === 'weten')) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is what the writer wants to happen ("${wantWords[wants] ?? ''}"): ignored` });
      return false;
    }
    // "Klanten zeggen dat ze ons niet kunnen bereiken, maar we weten niet of dat klopt": a claim the writer doubts.
    if (INCIDENTS.has(h.value) && DOUBTED.test(clauses.filter((c) => c.sentence === h.sentence).map((c) => c.words.join(' ')).join(' '))) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is a claim the writer doubts: ignored` });
      return false;
    }
    // "We'd want to avoid any downtime on our helpline", "om uitval te voorkomen": what the writer wants not to happen.
    const own = clauses[h.clause]?.words ?? [];
    const avoided = own.slice(Math.max(0, h.start - 3), h.start).find((w) => AVOID.has(w)) ?? own.slice(h.end, h.end + 3).find((w) => AVOID_AFTER.has(w));
    if (INCIDENTS.has(h.value) && avoided !== undefined) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is what the writer wants to keep from happening ("${avoided}"): ignored` });
      return false;
    }
    // "Als de telefoon een dag plat ligt, is dat echt een probleem": a Dutch "als" (if) before what it would mean. ("Als"
    // is also "as" and "whenever", so only with a judgement after it: "is dat", "dat is".)
    if (INCIDENTS.has(h.value) && dutchCase(h, clauses)) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is a case considered ("als ... dan"): ignored` });
      return false;
    }
    // "If our internet goes down, do calls go to voicemail?": a case asked about, in a question.
    if (INCIDENTS.has(h.value) && h.question && (clauses[h.clause]?.words ?? []).slice(0, h.start).some((w) => IF_WORDS.has(w))) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is a case asked about ("if"): ignored` });
      return false;
    }
    // "Is recording broken or do you delete them after a while?", "is de export kapot of doe ik iets fout?": a failure put
    // beside another explanation in a yes/no question is one answer asked about, not a failure stated.
    const opener = h.question && INCIDENTS.has(h.value) ? (clauses.find((c) => c.sentence === h.sentence)?.words[0] ?? '') : '';
    if (YES_NO_OPENERS.has(opener) && orAfter(h, clauses)) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is one answer a question asks about ("${opener} ... or"): ignored` });
      return false;
    }
    // "Is er een moment waarop we even onbereikbaar zijn?", "is there a window where calls can't come in?": a moment asked about.
    const moment = h.question && INCIDENTS.has(h.value) && momentAsked((clauses[h.clause]?.words ?? []).slice(0, h.start));
    if (possible || moment || (h.question && INCIDENTS.has(h.value) && inClass(FUTURE_ASKS, clauses[h.clause]?.words[0] ?? '') !== null)) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is asked about, in a question of what is to come: ignored` });
      return false;
    }
    // "Ze denken dat de lijn dood is", "net zo erg als dat de telefoon plat ligt", "as if the line were dead": what
    // someone believes, or a comparison, not a failure stated.
    const supposed = INCIDENTS.has(h.value) ? supposedBy(h, clauses) : null;
    if (supposed !== null) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" comes after "${supposed}": believed or compared, not stated` });
      return false;
    }
    if (ASKS.has(h.value) && h.sentence > 0 && asideAsk(h, clauses) && (of('impact').some((o) => INCIDENTS.has(o.value) && o.sentence !== h.sentence && o.negatedBefore === null) || lossOutside(h.sentence))) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" asks on the side: not what kind of ticket this is` });
      return false;
    }
    // "Onze embed-code is sinds augustus niet aangepast": code of the customer's own, said not to have changed.
    if (h.value === 'development' && h.negatedAfter !== null) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is negated by "${h.negatedAfter}": ignored` });
      return false;
    }
    // "I had to switch it on and off by hand", "aan en uit zetten": what someone switches, not a failure that comes and goes.
    if (h.value === 'intermittent' && (h.phrase === 'on and off' || h.phrase === 'aan en uit') && (clauses[h.clause]?.words ?? []).slice(Math.max(0, h.start - 3), h.end + 2).some((w) => SWITCHES.has(w))) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is what is switched: ignored` });
      return false;
    }
    // "Callers hang up after a short while": how long callers wait, not a failure that comes and goes.
    if (h.value === 'intermittent' && hangsUp(clauses[h.clause]?.words ?? [])) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" says when callers hang up: ignored` });
      return false;
    }
    // "Vorige week dinsdag lag alles 3 uur plat", "last week we had an outage": an incident that is over ("since last week" is not).
    const past = INCIDENTS.has(h.value) ? pastPeriod(h, clauses) ?? pastInBody(h, clauses) : null;
    if (past !== null) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" was "${past}": over, ignored` });
      return false;
    }
    // "This is the third time I've asked today", "al drie keer nagevraagd": how often the writer chased, not a failure that recurs.
    const chased = h.value === 'intermittent' ? (clauses[h.clause]?.words ?? []).find((w) => inClass(CHASED, w) !== null) : undefined;
    if (chased !== undefined) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" counts how often the writer "${chased}": ignored` });
      return false;
    }
    // "Ik wil een webhook die alleen afgaat bij gemiste oproepen (niet bij elk gesprek)": the thing a wish describes.
    if (INCIDENTS.has(h.value) && wishedFor(h, clauses)) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" describes what the writer wants: ignored` });
      return false;
    }
    // "WhatsApp is our main channel for order questions", "we handle questions from customers": questions as a kind of
    // contact the business handles, not a question the writer asks.
    if (h.value === 'question' && handledQuestions(h, clauses)) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" names questions the customer's business handles: ignored` });
      return false;
    }
    // "storingsdienst", "storingsmelding": a Dutch word joined by an "s" to a longer one qualifies it, it is not its head.
    const modifier = modifierOf(h, clauses);
    if (modifier !== null) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" only qualifies "${modifier}": ignored` });
      return false;
    }
    // "since about half eight", "rond half negen": "half" before an hour is a time of day, not a share; "late shifts",
    // "late avond": "late" before a time is when people work, not a delay.
    const last = h.phrase.split(' ').at(-1);
    const after = clauses[h.clause]?.words[h.end] ?? '';
    // "There's no abandoned call percentage": "call" names a kind of figure, not calls that fail.
    if (INCIDENTS.has(h.value) && /\bcalls?$/.test(h.phrase) && FIGURES.has(clauses[h.clause]?.words[h.end] ?? '')) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" names a figure ("${clauses[h.clause]?.words[h.end] ?? ''}"): ignored` });
      return false;
    }
    // "Speed test looks fine (300 down / 20 up)": a bandwidth, not a service that is down.
    if (last === 'down' && /^\d+$/.test(clauses[h.clause]?.words[h.start - 1] ?? '')) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" follows a number, a bandwidth: ignored` });
      return false;
    }
    // ("since about half 7": half past seven, a time of day too.)
    if ((last === 'half' && (inClass(HOURS, after) !== null || /^\d{1,2}$/.test(after))) || ((last === 'late' || last === 'laat') && inClass(TIMES_OF, after.replace(/s$/, '')) !== null)) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is a time of day: ignored` });
      return false;
    }
    // "arriving 30 minutes after the call ends", "na het wegvallen van het gesprek": the failure words only say when.
    const ws = clauses[h.clause]?.words ?? [];
    // "wachtenden die na 10 minuten afgebroken worden": "after" a number and a unit says when, too.
    const afterSpan = /^\d+$/.test(ws[h.start - 2] ?? '') && inClass(AFTER_WHICH, ws[h.start - 3] ?? '') !== null;
    // "Our provisioning script gets 500 Internal Server Error": the vendor's server fails, not the customer's own code.
    if (h.value === 'development' && OWN_CODE.test(h.phrase) && clauses.some((c) => c.words.some((w, i) => SERVER_ERROR.test(w) && c.words.slice(i + 1, i + 4).some((x) => x === 'server' || x === 'error' || x === 'internal' || x === 'bad' || x === 'gateway' || x === 'service')))) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" meets a server error of the vendor's: not the customer's own code at fault` });
      return false;
    }
    // "How do I set a holiday greeting without losing the normal hours?", "zonder dat ik de openingstijden kwijtraak": what
    // the customer wants to avoid, not what fails.
    const without = ws.slice(Math.max(0, h.start - WITHOUT_REACH), h.start).find((w) => w === 'without' || w === 'zonder');
    if (INCIDENTS.has(h.value) && without !== undefined && clauses[h.clause]?.question === true) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" comes after "${without}" in a question: what is to be avoided, ignored` });
      return false;
    }
    // Only right after it or its article: in "nummer na overzetten niet bereikbaar" the failure follows what "na" governs.
    const afterIt = inClass(AFTER_WHICH, ws[h.start - 1] ?? '') !== null || (inClass(AFTER_WHICH, ws[h.start - 2] ?? '') !== null && ARTICLES.has(ws[h.start - 1] ?? ''));
    if (INCIDENTS.has(h.value) && (afterIt || afterSpan) && !h.question) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" says when, after "${ws.slice(Math.max(0, h.start - 2), h.start).join(' ')}": ignored` });
      return false;
    }
    // "The problem from this morning is fixed ... One thing we've noticed since then though: half our calls now show as
    // withheld": a problem said after the one that is over, and as new, is not over.
    const newer = resolvedIn.length > 0 && h.sentence > Math.max(...resolvedIn) && clauses.some((c) => c.sentence === h.sentence && c.words.some((w) => NEW_NOW.has(w)));
    if (resolved.length > 0 && INCIDENTS.has(h.value) && !newer) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is over ("${resolved[0]}"): ignored` });
      return false;
    }
    return true;
  });
}

// Words that mark a problem as new, after one said to be over: "now", "since then", "though".
const NEW_NOW = new Set(['now', 'though', 'nu', 'sindsdien', 'inmiddels']);
// Figures about calls: "call percentage", "call volume".
const FIGURES = new Set(['percentage', 'rate', 'count', 'report', 'reports', 'statistics', 'stats', 'data', 'volume', 'volumes', 'figures', 'kpi', 'details']);
// Articles, between "after" and what it governs: "na het overzetten".
const ARTICLES = new Set(['the', 'a', 'an', 'de', 'het', 'een']);
// Verbs that open a yes/no question: "is it broken or ...", "werkt het niet of ...".
const YES_NO_OPENERS = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'zijn', 'werkt', 'doet', 'ligt', 'heeft', 'hebben']);
// Development phrases that name the customer's own code, and a server error's status.
const OWN_CODE = /\b(?:script|code)\b/;
const SERVER_ERROR = /^50[0-4]$/;
// How far before a failure word "without" may stand: "zonder dat ik de normale openingstijden kwijtraak".
const WITHOUT_REACH = 6;
// Switching something: "switch it on and off", "aan en uit zetten".
const SWITCHES = new Set(['switch', 'switched', 'switching', 'turn', 'turned', 'turning', 'zetten', 'zet', 'schakelen', 'schakel', 'gezet']);
// The system a customer has now, before a failure of it: "onze huidige telefonie", "our current provider".
const CURRENT = new Set(['current', 'existing', 'present', 'old', 'huidige', 'bestaande', 'oude']);
// Words that doubt a claim just told: "we weten niet of dat klopt", "not sure if that is true".
const DOUBTED = /\b(?:of dat klopt|of het klopt|if that is (?:true|right|correct)|if thats (?:true|right|correct))\b/;
// Words of moving to this vendor: "we gaan over op jullie platform", "thinking of moving to you", "overstappen naar jullie".
const SWITCHING = /\b(?:gaan over op|overstappen|overstap|over te stappen|switch(?:ing)? to|mov(?:e|ing) (?:over )?to|migrat(?:e|ing) to)\b/i;
// Verbs of keeping something from happening, before an incident ("avoid any downtime") or, in Dutch, after it ("om
// uitval te voorkomen").
const AVOID = new Set(['avoid', 'prevent', 'avoiding', 'preventing', 'vermijden', 'voorkomen']);
const AVOID_AFTER = new Set(['vermijden', 'voorkomen']);
// The impacts that ask rather than report: asked on the side, beside an incident, they do not say what kind of ticket it is.
const ASKS = new Set(['question', 'how-to', 'feature-request']);

/** Whether "or" ("of") follows a hit in its sentence: "is recording broken or do you delete them?". */
function orAfter(h: PhraseHit, clauses: readonly Clause[]): boolean {
  return clauses.some((c, k) => c.sentence === h.sentence && k >= h.clause && c.words.some((w, i) => (k > h.clause || i >= h.end) && (w === 'or' || w === 'of')));
}

/**
 * The whole word a Dutch prefix phrase ("storing*") was found at the start of, when the phrase only qualifies it by
 * the joining "s" ("storingsdienst", "storingsmeldingen"); null otherwise.
 */
function modifierOf(h: PhraseHit, clauses: readonly Clause[]): string | null {
  if (h.lang !== 'nl' || !h.phrase.endsWith('*') || h.phrase.includes(' ')) return null;
  const stem = foldText(h.phrase.slice(0, -1));
  const word = clauses[h.clause]?.words[h.start] ?? '';
  return word.startsWith(`${stem}s`) && word.length >= stem.length + 4 ? word : null;
}
