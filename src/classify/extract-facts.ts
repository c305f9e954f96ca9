/**
 * Reads the facts of a ticket from its text, with the phrase data of
 * `phrases.json`. The text should be the customer's own words (see
 * `stripThread`); the rules, in the order they apply:
 *
 * 1. Phrases are found as described in `find-phrases.ts`: stems, compounds,
 *    short gaps, one clause, the longer phrase claims the words, a negator is
 *    used up by the phrase it negates.
 * 2. Environment: a production phrase near words saying production is fine or
 *    not live yet ("our live tenant is fine", "productie draait nog op de oude
 *    versie") states nothing, and so does a denied production before a test
 *    environment in the same sentence ("Not in production, just test");
 *    negation is ignored otherwise, because "works in test, not in production"
 *    is a production problem.
 * 3. Impact: a phrase with a negator before it (or in its gaps) is dropped
 *    ("not down, just slow" is degraded). An `outage` or `function-down` is
 *    read as intermittent when the ticket anywhere states intermittency, by a
 *    phrase ("now and then" in the subject, "callers get cut off" in the body)
 *    or a rate ("about one call in twenty", "5% of calls"): a problem that comes
 *    and goes is what the policy calls intermittent (priority 2), not a
 *    complete loss of service.
 *    A function-down in a ticket that says the service stays usable ("annoying
 *    but workable", "calls do connect") is reduced service: degraded.
 *    A ticket that says the problem is over ("everything works again now")
 *    states no current incident: its incident phrases are dropped. A how-to
 *    or question phrase in a clause that asks for a workaround ("Is er een
 *    manier om dit te omzeilen?") asks for help with the incident, so it
 *    does not make the ticket a how-to question; an incident phrase after a
 *    how-to phrase in the same asking clause ("How can we simulate an outage
 *    safely?") is what the question is about, not an incident.
 * 4. Workaround: a phrase in a sentence that asks ("Do you know any
 *    workaround?", "Is er een manier om dit te omzeilen?") states nothing,
 *    unless the next sentence answers it on the spot ("Workaround? None." is
 *    `no`, "... ? Yes, ..." is `yes`). A `yes` phrase with a negator before or
 *    after it counts as `no` ("we don't have a workaround", "een workaround
 *    hebben we niet").
 * 5. When one fact still has several values, the first in
 *    `phrases.json#precedence` wins:
 *    - env: production, staging, development. A ticket that names production
 *      as the place of the problem is a production ticket ("works in test,
 *      fails in production").
 *    - impact: development, outage, function-down, intermittent, degraded,
 *      how-to, feature-request, question. A problem while building or
 *      integrating is a development problem however broken it is; then the
 *      most severe incident, because an outage report often also asks
 *      something ("how do I know when it is fixed?"); the non-incidents last,
 *      the most specific first.
 *    - workaround: no, then yes: a negation wins over the plain phrase.
 *
 * 6. Clause recognisers (`recognise-*.ts`) read what no phrase read, from
 *    classes of words and how a clause is built: a workaround from a subject
 *    and a time marker ("agents now ..."), a test or development place ("our
 *    QA database", "ontwikkelserver"), building software of the customer's
 *    own (development), a recurrence (intermittent); and, only where no
 *    phrase states an impact, a request (question or how-to), "nobody can"
 *    (function down) or a symptom of reduced quality (degraded). Each shows
 *    the words it read, with its `rule`, so a verdict never rests on a fact
 *    it cannot show. Where production and a test place are both named, the
 *    place that stands with the failure decides (`place-of-failure.ts`), and
 *    the subject of a reply yields to the new words (`reply-subject.ts`).
 *
 * Nothing is guessed beyond the phrases and the recognisers: a fact neither
 * states is null, and the caller decides what that means.
 */
import { failureSentences, failureStatement } from './failure-statement';
import { findRate } from './find-rate';
import { findSomeUsers } from './find-some-users';
import { missingFeature } from './missing-feature';
import { askedToKnow, asideAsk, conditional, dutchCase, handledQuestions, hangsUp, ifOpened, knowingBefore, momentAsked, pastInBody, pastPeriod, purposeBefore, supposedBy, triedTimes, wishedFor } from './hit-context';
import { readPhrases, type PhraseHit } from './find-phrases';
import { INCIDENTS, type Hit } from './hit';
import { PHRASES, type PhraseData } from './phrase-data';
import { alongWithAll, liveForOthers, placeOfFailure, productionNamedOnly, testPlaceAside, testPlaceWorks } from './place-of-failure';
import { recogniseBuilding } from './recognise-building';
import { recogniseLoss } from './recognise-loss';
import type { RecognisedHit } from './recognised-hit';
import { recogniseQuality } from './recognise-quality';
import { recogniseRecurrence } from './recognise-recurrence';
import { recogniseRequest } from './recognise-request';
import { recogniseTestPlace } from './recognise-test-place';
import { recogniseNoAlternative, recogniseWorkaround } from './recognise-workaround';
import { olderSubject } from './reply-subject';
import { foldText, type Clause } from './text';
import {
  ABOUT_THE_TICKET, AFTER_WHICH, ASKED_IF, BY, CALLER_SIDE, CALLS, CHANNELS, DURATIONS, EVERY, EVERYONE, FAILING, FIXED, FOR_NOW, FUTURE_ASKS, HOURS, INCIDENT_NOUNS, inClass, OUTBOUND, PARTIAL, PLANNED, SOUND, SPAN_COUNTS, STILL, SUBSTITUTE, TESTING, TIMES_OF, TOO, TRIED, URGENCY,
  TROUBLE, VENDOR, WORKABLE, WORKS, MUST, SAME, NEGATORS, NOTHING_AT_ALL, EVERYTHING, CHASED, COUNTS, POSSIBLY, SPAN_UNITS, ALLOWED, CAPACITY, ERRORS, SETTING_UP, IF_WORDS, NOBODY, ANYONE,
} from './word-classes';
import { isEnv, isImpact, isStatedWorkaround, LANGS } from './vocabulary';
import type { ExtractedFacts, Fact, FactNote, Lang, MatchedPhrase } from './types';

/**
 * The facts a ticket's text states, the phrases that decided them, and a note
 * for every conflict that a precedence rule settled.
 *
 * @example
 * const facts = extractFacts('Werkt in test, niet in productie\nGeen enkel gesprek komt binnen. Geen workaround.');
 * facts.env        //=> 'production'
 * facts.impact     //=> 'outage'
 * facts.workaround //=> 'no'
 * facts.matched[0] //=> { fact: 'env', value: 'production', phrase: 'productie*', lang: 'nl' }
 */
export function extractFacts(text: string, data: PhraseData = PHRASES): ExtractedFacts {
  const { hits, clauses, resolved, resolvedIn, usable: usableAll, usableIn, ignored } = readPhrases(text, data);
  // "Het wallboard laadt wat traag, geen ramp": said in a sentence that states its own reduced service, a judgement of
  // it qualifies that one, not a failure elsewhere ("... en ons 0800-nummer komt helemaal niet meer binnen").
  const usable = usableAll.filter((p, i) => !JUDGEMENTS.has(p) || !hits.some((h) => h.fact === 'impact' && REDUCED.has(h.value) && h.sentence === usableIn[i] && h.negatedBefore === null));
  // Sentences with a negation that states a failure no phrase read; several readers below need them.
  const failed = failureSentences(clauses, hits, ignored);
  const notes: FactNote[] = [];
  const of = (fact: Fact) => hits.filter((h) => h.fact === fact);
  const negators = negatorWords(data);

  // Clauses that ask about a workaround: a how-to or question phrase there asks for the workaround, not how to use the product.
  const workaroundClauses = new Set(of('workaround').filter((h) => h.question).map((h) => h.clause));
  // A loss said outside a sentence (read for a side remark only, and once).
  let lossRead: RecognisedHit | null | undefined;
  const lossOutside = (sentence: number) => {
    lossRead ??= recogniseLoss(clauses.filter((c) => c.sentence !== sentence));
    return lossRead !== null;
  };
  // Negated impact phrases say the opposite of their value; they state nothing.
  const statedImpacts: Hit[] = soundDrops(of('impact'), clauses, notes).filter((h) => {
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
  // "Callers get disconnected every time": a problem that always happens does not come and go.
  // The same words elsewhere (the subject "Callers get disconnected in IVR") say no more than they do here.
  // In the same sentence: "the call drops, every single time".
  const always = new Set(statedImpacts.filter((h) => ALWAYS.has(h.phrase)).map((h) => h.sentence));
  const everyTime = new Set(statedImpacts.filter((h) => h.value === 'intermittent' && always.has(h.sentence)).map((h) => h.phrase));
  const notIntermittent = statedImpacts.filter((h) => h.value === 'intermittent' && everyTime.has(h.phrase));
  // Noted from the last such phrase in the text to the first.
  for (const h of [...notIntermittent].reverse()) notes.push({ fact: 'impact', note: `"${h.phrase}" happens every time: not intermittent` });
  const rate = findRate(text);
  // "None of our numbers receive calls any more", "last night nothing came in at all", said in the body.
  // Read only where a reply's subject or a cut-off call needs it: the recogniser reads every clause.
  let bodyLossRead: boolean | undefined;
  const bodyLoss = () => (bodyLossRead ??= recogniseLoss(clauses.filter((c) => c.sentence > 0)) !== null);
  const recurring = recurringOutsideFailure(
    everyCallDrops(olderSubject(statedImpacts.filter((h) => !notIntermittent.includes(h)), clauses, notes, bodyLoss), clauses, rate, notes, bodyLoss),
    failed,
    notes,
  );
  // The first line is the subject when a body follows it and it is one sentence.
  const firstLine = text.split('\n', 1)[0] ?? '';
  // "Everything down!!" is one sentence: a run of marks at its end starts no second one.
  const impactHits = text.includes('\n') && !/[.!?;…]\s*[^\s.!?;…]/.test(firstLine) ? subjectDenied(subjectYieldsToHowTo(recurring, failed, clauses, notes), clauses, failed, notes, bodyLoss) : recurring;
  const failingSentences = new Set([...failed, ...impactHits.filter((h) => INCIDENTS.has(h.value)).map((h) => h.sentence)]);
  // (A recurrence of a problem the text says is over, "we noticed nothing ourselves", qualifies nothing.)
  const intermittent =
    impactHits.find((h) => h.value === 'intermittent') ?? (rate === null ? undefined : rateHit(rate, clauses)) ?? (resolved.length > 0 ? undefined : unread([recogniseRecurrence(clauses, failingSentences)], hits).find((h) => !triedTimes(h, clauses)));
  if (intermittent !== undefined && !impactHits.includes(intermittent)) impactHits.push(intermittent);
  // "Callers hear silence for 20 seconds and then get cut off", "the caller is disconnected the moment the transfer goes
  // through": being cut off, said of how the failure ends a call and of no number of calls, is a symptom of the loss,
  // not a problem that comes and goes; where the text states a loss besides, the loss stands.
  // (Not of a share, "around half of them fail: the customer ... gets disconnected", nor of long calls, "na 60 minuten afgebroken".)
  const dropSentence = intermittent === undefined ? [] : clauses.filter((c) => c.sentence === intermittent.sentence).flatMap((c) => c.words);
  const symptomOnly =
    intermittent !== undefined &&
    SYMPTOM_DROPS.has(intermittent.phrase) &&
    rate === null &&
    !impactHits.some((h) => h.value === 'intermittent' && !SYMPTOM_DROPS.has(h.phrase)) &&
    !dropSentence.some((w, k) => share(dropSentence, k) || LASTING.has(w));
  const losses = impactHits.filter((h) => (h.value === 'outage' || h.value === 'function-down') && !SYMPTOM_DROPS.has(h.phrase));
  if (symptomOnly && losses.length > 0) notes.push({ fact: 'impact', note: `"${intermittent.phrase}" is how the failure ends a call, beside a loss stated: not read as intermittent` });
  const qualified = impactHits.filter((h) => {
    if (symptomOnly && losses.length > 0) return h.value !== 'intermittent' || !SYMPTOM_DROPS.has(h.phrase);
    if ((h.value !== 'outage' && h.value !== 'function-down') || intermittent === undefined) return true;
    notes.push({ fact: 'impact', note: `"${h.phrase}" comes with "${intermittent.phrase}": read as intermittent` });
    return false;
  });
  // "It's confusing, but calls are answered normally": a function that fails while the service stays usable is reduced service.
  const reduced = usable.length === 0 ? qualified : qualified.map((h): Hit => {
    // An outage said next to calls that connect ("in die tijd is het stil; de gesprekken die doorkomen verlopen verder normaal") too.
    if (h.value !== 'function-down' && h.value !== 'outage') return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" comes with "${usable[0]}": read as degraded` });
    return { ...h, value: 'degraded' };
  });
  // "3 of our 40 agents can't log in", "bij de andere 25 gaat alles normaal": a loss for some users is reduced service.
  const someUsers = findSomeUsers(text);
  const forSome = someUsers === null ? reduced : reduced.map((h): Hit => {
    if (h.value !== 'function-down' && h.value !== 'outage') return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" comes with "${someUsers}": only some users, read as degraded` });
    return { ...h, value: 'degraded' };
  });
  const partly = forSome.map((h): Hit => {
    const part = h.value === 'function-down' && /missing|ontbre|mist\b/.test(h.phrase) ? partMissing(h, clauses) : null;
    if (part === null) return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" is said of a part ("${part}"): read as degraded` });
    return { ...h, value: 'degraded' };
  });
  // "komt niet altijd aan", "komen deels niet aan", "do not always arrive": a loss said of only some of the time or of
  // the messages comes and goes.
  // As a word of how often, "not always" qualifies every loss the ticket states; "deels" only the one in its clause.
  const notAlwaysAt = (ws: readonly string[]) => ws.findIndex((w, i) => inClass(NEGATORS, w) !== null && ['always', 'altijd'].includes(ws[i + 1] ?? ''));
  const notAlwaysClause = clauses.find((c) => !c.question && notAlwaysAt(c.words) >= 0);
  const notAlways = partly.map((h): Hit => {
    if (h.value !== 'function-down' && h.value !== 'outage') return h;
    const ws = clauses[h.clause]?.words ?? [];
    const part = ws.find((w) => NOT_ALWAYS_PARTS.has(w));
    const said = part ?? (notAlwaysClause === undefined ? undefined : notAlwaysClause.words.slice(notAlwaysAt(notAlwaysClause.words), notAlwaysAt(notAlwaysClause.words) + 2).join(' '));
    if (said === undefined) return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" comes with "${said}": read as intermittent` });
    return { ...h, value: 'intermittent' };
  });
  const phraseEnvHits: Hit[] = of('env').filter((h, _i, all) => {
    if (h.value !== 'production') return true;
    if (h.healthy !== null) {
      notes.push({ fact: 'env', note: `"${h.phrase}" comes with "${h.healthy}": production is not where the problem is` });
      return false;
    }
    // "We want to go live in two weeks", "we willen over twee weken live": production that is planned, not yet there.
    const ws = clauses[h.clause]?.words ?? [];
    // Before it ("we want to go live"), or a few words after it ("de release naar prod staat morgen gepland").
    const plannedBefore = ws.slice(Math.max(0, h.start - PLAN_REACH), h.start).find((w) => inClass(PLANNED, w) !== null);
    const plannedAfter = ws.slice(h.end, h.end + PLAN_REACH + 2).find((w) => inClass(PLANNED, w) !== null);
    // A negator before a plan denies it ("we don't want to go live"); one before a plan said after production is of
    // another verb ("we kunnen niks testen en de release naar prod staat morgen gepland").
    const planned = plannedBefore !== undefined && !ws.slice(0, h.start).some((w) => negators.has(w)) ? plannedBefore : plannedAfter;
    // Not where the sentence states a failure: "we want production back, every call fails".
    const failingHere = impactHits.some((i) => INCIDENTS.has(i.value) && i.sentence === h.sentence);
    // "Haven't deployed this to prod yet", "staat nog niet op productie": production that is not there yet.
    if (h.negatedBefore !== null && ws.some((w) => w === 'yet') && !failingHere) {
      notes.push({ fact: 'env', note: `"${h.phrase}" is negated with "yet": production is not there yet` });
      return false;
    }
    // "The one we use to test the new IVR before putting it live, the calls are dropping": not live yet, even beside the failure.
    if (planned !== undefined && (!failingHere || planned === 'before' || planned === 'voordat' || planned === 'go')) {
      notes.push({ fact: 'env', note: `"${h.phrase}" comes after "${planned}": production is not there yet` });
      return false;
    }
    // "Not in production, just test": a denied production before a test environment in the same sentence.
    // "Works in test, not in production" keeps production: the test environment comes first.
    // "It has no live numbers on it", "geen productienummers": a determiner that denies production outright.
    const noProduction = h.negatedBefore !== null && ['no', 'geen', 'nothing', 'niets', 'niks'].includes(ws[h.start - 1] ?? '');
    if (noProduction && all.some((o) => o.value !== 'production')) {
      notes.push({ fact: 'env', note: `"${h.phrase}" comes after "${ws[h.start - 1] ?? ''}": no production named` });
      return false;
    }
    const denied = h.negatedBefore !== null && all.some((o) => o.value !== 'production' && o.sentence === h.sentence && o.clause >= h.clause && (o.clause > h.clause || o.start > h.start));
    if (!denied) return true;
    notes.push({ fact: 'env', note: `"${h.phrase}" is denied by "${h.negatedBefore}": not where the problem is` });
    return false;
  });
  // "On pre-prod calls fail": a test place read over more words than a production phrase in it ("prod") claims them, as a longer phrase would.
  const places = recogniseTestPlace(clauses);
  const claimed = (h: PhraseHit) => places.some((p) => p.clause === h.clause && p.start <= h.start && h.end <= p.end && p.end - p.start > h.end - h.start);
  const envPhrases = phraseEnvHits.filter((h) => h.value !== 'production' || !claimed(h));
  const read = [...envPhrases, ...unread(places, hits.filter((h) => !claimed(h)))];
  const placed = new Set(read.filter((h) => h.value !== 'production').map((h) => h.sentence));
  const stated = read.filter(
    (h) => !testPlaceWorks(h, clauses, negators, notes) && !alongWithAll(h, clauses, notes) && !testPlaceAside(h, clauses, failingSentences, placed, notes) && !liveForOthers(h, clauses, notes) && !productionNamedOnly(h, clauses, notes),
  );
  const envHits = placeOfFailure(stated, impactHits, failed, notes);
  const env = decide('env', envHits, data, notes);
  // Development wins over every incident (precedence), so a building clause joins the phrases before they are decided.
  const [building = null] = unread([recogniseBuilding(clauses)], hits);
  const lacking = missingFeature(text);
  const impactRead = decide('impact', ownFault(reportAsked(building === null ? notAlways : [...notAlways, building], clauses, notes), clauses, notes), data, notes);
  const opinion = impactRead.value === 'function-down' ? opinionOf(impactRead.hits, clauses) : undefined;
  const decided = featureNotFailure(impactRead, notAlways, lacking, opinion, notes);
  // Beside a request for a feature and words that the product lacks it, a negation ("internal calls are never recorded")
  // says what is missing, not what fails.
  // A failure the text says is over ("everything has been working fine since then") contests nothing either.
  // "How do I add her to the group? I tried under Groups > Add member but it won't save": the customer's own try at what
  // the how-to asks fails, in the first sentence that says something fails; the how-to stands.
  const [firstFailed] = failed;
  const ownTry =
    decided.value === 'how-to' && firstFailed !== undefined && clauses.some((c) => c.sentence === firstFailed && c.words.some((w) => inClass(TRIED, w) !== null));
  if (ownTry) notes.push({ fact: 'impact', note: 'what fails is the customer\'s own try at the how-to: the how-to stands' });
  // (A feature request read from "broken" said as an opinion settles it the same way: its failure words say what is missing.)
  const failure =
    (decided.value === 'feature-request' && (lacking !== null || opinion !== undefined || askedAgain(decided.hits))) || resolved.length > 0 || ownTry ? null : failureStatement(clauses, hits, ignored);
  const request = decided.value === null && failure === null ? recogniseRequest(clauses, negators) : null;
  // A loss behind a question that a failure contests, in a sentence of its own: read for `classify`, which may raise the
  // ticket on it (a request for a feature is left to the guards: its failure words mostly say what is missing).
  const askedIn = new Set(decided.hits.map((h) => h.sentence));
  // "Het zou fijn zijn als ... En het belangrijkste: sinds vanochtend kan niemand meer naar buiten bellen": beside a
  // request for a feature, a loss said of everyone in a sentence of its own.
  const behindAsk = (decided.value === 'question' || decided.value === 'how-to' || decided.value === 'feature-request') && failure !== null ? recogniseLoss(clauses.filter((c) => !askedIn.has(c.sentence))) : null;
  const contestingLoss =
    behindAsk === null ? null : { value: usable.length > 0 || someUsers !== null ? ('degraded' as const) : ('function-down' as const), phrase: behindAsk.phrase };
  // A problem the text says is over ("the delays we reported seem to have gone away") is not read again from its
  // symptoms in the same sentence.
  // Nor from words an ignore phrase claimed ("sorry for the delay").
  // Nor a loss told of an earlier time beside it ("Yesterday between 2 and 5 none of our voicemails were emailed ... It
  // has been working normally again since this morning").
  // Also a loss between two times of day ("between 09:10 and 09:35 none of our calls connected", "van 9 tot 10 uur"),
  // beside words that it is over: a span that ended.
  const earlier = (h: RecognisedHit) => resolvedIn.length > 0 && (clauses[h.clause]?.words ?? []).some((w, i, ws) => EARLIER_TIMES.has(w) || closedSpanAt(ws, i));
  const over = (h: RecognisedHit | null) =>
    h !== null && (resolvedIn.includes(h.sentence) || earlier(h) || ignored.some((s) => s.clause === h.clause && s.start <= h.start && h.start < s.end)) ? null : h;
  const loss = decided.value === null && request === null ? over(recogniseLoss(clauses)) : null;
  const symptom = decided.value === null && request === null && loss === null ? over(recogniseQuality(clauses, negators)) : null;
  // As for a function-down phrase: with the service still usable ("annoying, but they can work"), reduced service.
  const found = request ?? (loss !== null && (usable.length > 0 || someUsers !== null) ? { ...loss, value: 'degraded' } : loss) ?? symptom;
  const impact: { value: string | null; hits: Hit[]; others: string[] } = found === null ? decided : { value: found.value, hits: [found], others: [] };
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
  const workaround = decide('workaround', weighed, data, notes);

  const matched = [...env.hits, ...impact.hits, ...workaround.hits]
    .sort((a, b) => a.clause - b.clause || a.start - b.start)
    .map((h): MatchedPhrase => {
      const m: MatchedPhrase = { fact: h.fact, value: h.value, phrase: h.phrase, lang: h.lang };
      const negated = h.negatedBy !== undefined ? { ...m, negatedBy: h.negatedBy } : m;
      return h.rule !== undefined ? { ...negated, rule: h.rule } : negated;
    });

  // The values come from the data's precedence lists, which checkPhraseData holds to each fact's values.
  return {
    env: env.value !== null && isEnv(env.value) ? env.value : null,
    impact: impact.value !== null && isImpact(impact.value) ? impact.value : null,
    workaround: workaround.value !== null && isStatedWorkaround(workaround.value) ? workaround.value : null,
    matched: dedupe(matched),
    notes,
    conflicts: { env: env.others, impact: impact.others, workaround: workaround.others },
    failure,
    contestingLoss,
  };
}


/** The recognised hits on words no phrase of the same fact read: where a phrase read them, the phrase shows the fact. */
function unread<H extends PhraseHit>(found: readonly (H | null)[], hits: readonly PhraseHit[]): H[] {
  return found.filter((r): r is H => r !== null && !hits.some((h) => h.fact === r.fact && h.clause === r.clause && h.start < r.end && r.start < h.end));
}

// The negators of the data as single folded words, per data object.
const negatorCache = new WeakMap<PhraseData, ReadonlySet<string>>();
function negatorWords(data: PhraseData): ReadonlySet<string> {
  const known = negatorCache.get(data);
  if (known !== undefined) return known;
  const words = new Set(LANGS.flatMap((l) => data.negation.negators[l].flatMap((n) => foldText(n).split(/\s+/))));
  negatorCache.set(data, words);
  return words;
}


// How far before a production phrase a word of planning may stand: "we want to go live in two weeks".
const PLAN_REACH = 8;

/**
 * "Wachtrij werkt niet" over a body that only asks how to set the queue up ("ik snap niet hoe ik die aan ons nummer
 * koppel"): the subject names the trouble as the writer sees it, the body says what the ticket is. The subject's
 * failure yields where the body asks how, states no failure, no urgency and nothing about a fix.
 */
function subjectYieldsToHowTo(impactHits: Hit[], failed: ReadonlySet<number>, clauses: readonly Clause[], notes: FactNote[]): Hit[] {
  const body = impactHits.filter((h) => h.sentence > 0);
  // "Holiday schedule broken" over a body that only asks for holidays to be added: a request for a feature yields too.
  if (!body.some((h) => h.value === 'how-to' || h.value === 'feature-request') || body.some((h) => INCIDENTS.has(h.value)) || [...failed].some((s) => s > 0)) return impactHits;
  // "How do I know when it is fixed?" asks about the failure, not how to use the product.
  if (clauses.some((c) => c.sentence > 0 && c.words.some((w) => inClass(URGENCY, w) !== null || inClass(FIXED, w) !== null || inClass(ABOUT_THE_TICKET, w) !== null))) return impactHits;
  return impactHits.filter((h) => {
    if (h.sentence > 0 || !INCIDENTS.has(h.value)) return true;
    notes.push({ fact: 'impact', note: `"${h.phrase}" in the subject yields to a body that asks how or asks for a feature: ignored` });
    return false;
  });
}

/**
 * "URGENT everything down" over a body that opens "ok maybe not everything, calls are working": the body takes the
 * subject's words back, so the subject's incident yields to what the body says.
 */
function subjectDenied(impactHits: Hit[], clauses: readonly Clause[], failed: ReadonlySet<number>, notes: FactNote[], lossInBody: () => boolean): Hit[] {
  // "Opnames kapot?" over a body that only asks and states no incident: the subject asks whether it is broken.
  const subjectAsks =
    clauses.some((c) => c.sentence === 0 && c.question) &&
    !impactHits.some((h) => h.sentence > 0 && INCIDENTS.has(h.value)) &&
    ![...failed].some((s) => s > 0) &&
    !lossInBody();
  if (subjectAsks && impactHits.some((h) => h.sentence === 0 && INCIDENTS.has(h.value) && h.question)) {
    return impactHits.filter((h) => {
      if (h.sentence > 0 || !INCIDENTS.has(h.value)) return true;
      notes.push({ fact: 'impact', note: `"${h.phrase}" is asked in the subject, and the body states no incident: ignored` });
      return false;
    });
  }
  const opening = clauses.filter((c) => c.sentence === 1);
  const denial = opening.find((c) => c.words.some((w, i) => inClass(NEGATORS, w) !== null && inClass(EVERYTHING, c.words[i + 1] ?? '') !== null));
  if (denial === undefined) return impactHits;
  return impactHits.filter((h) => {
    if (h.sentence > 0 || !INCIDENTS.has(h.value)) return true;
    notes.push({ fact: 'impact', note: `"${h.phrase}" in the subject is taken back by the body ("${denial.words.join(' ')}"): ignored` });
    return false;
  });
}

/**
 * "Words drop out every few seconds", "het geluid valt steeds weg": what drops out is the sound of a call that goes
 * on, reduced quality, not a call lost.
 */
function soundDrops(impactHits: PhraseHit[], clauses: readonly Clause[], notes: FactNote[]): PhraseHit[] {
  return impactHits.map((h) => {
    if (!INCIDENTS.has(h.value) || !DROPS.has(h.phrase)) return h;
    const ws = clauses[h.clause]?.words ?? [];
    // Before the phrase or in its gap, where Dutch puts the subject: "valt het geluid steeds weg"; or right after a
    // participle: "wegvallende woorden".
    const sound = ws.slice(Math.max(0, h.start - 3), h.end + (/(?:ende|ing)$/.test(ws[h.end - 1] ?? '') ? 1 : 0)).find((w) => inClass(SOUND, w) !== null);
    if (sound === undefined) return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" is said of "${sound}": read as reduced quality` });
    return { ...h, value: 'degraded' };
  });
}

/**
 * "Call recording broken for internal calls ... there's nothing for internal calls at all ... can you switch it on?":
 * a function said to be broken or not to work, in general words only, beside a request for a feature and words that
 * say the product lacks it, is a feature request.
 */
function featureNotFailure(
  decided: { value: string | null; hits: Hit[]; others: string[] },
  hits: readonly Hit[],
  missing: string | null,
  opinion: string | undefined,
  notes: FactNote[],
): { value: string | null; hits: Hit[]; others: string[] } {
  const asked = hits.filter((h) => h.value === 'feature-request');
  // "We asked in March and were told it was on the roadmap ... can you please just add a tile": a feature asked for
  // before and asked for again is what the failure words miss.
  if (decided.value === 'function-down' && askedAgain(asked)) {
    notes.push({ fact: 'impact', note: `"${decided.hits[0]?.phrase ?? ''}" comes with the roadmap and a request for the feature: read as a feature request` });
    return { value: 'feature-request', hits: asked, others: [] };
  }
  if (decided.value !== 'function-down' || !decided.hits.every((h) => GENERIC_FAILURES.has(h.phrase))) return decided;
  // "broken" said as an opinion (`opinionOf`), beside a request for a feature, is a complaint about the design as much as
  // a statement of what it lacks.
  if (missing === null && opinion === undefined) return decided;
  if (asked.length === 0) return decided;
  notes.push({ fact: 'impact', note: `"${decided.hits[0]?.phrase ?? ''}" comes with "${missing ?? opinion ?? ''}" and a request for a feature: read as a feature request` });
  // The statement that the product lacks it settles the conflict: no other reading is left to contest the verdict.
  return { value: 'feature-request', hits: asked, others: [] };
}
/**
 * "Toevoegen lukt niet ... Ik doe vast iets verkeerd. Hoe moet het precies?", "it won't save ... is there a step I'm
 * missing?": beside a how-to, the writer's own fault said means a function that fails for them is their try at it, not a
 * loss of service; those function-down hits are dropped (an outage stays).
 */
function ownFault(impacts: readonly Hit[], clauses: readonly Clause[], notes: FactNote[]): readonly Hit[] {
  if (!impacts.some((h) => h.value === 'how-to' && h.negatedBefore === null)) return impacts;
  const blame = clauses.map((c) => c.words.join(' ')).find((t) => SELF_BLAME.test(t));
  if (blame !== undefined) {
    const kept = impacts.filter((h) => h.value !== 'function-down');
    if (kept.length < impacts.length) notes.push({ fact: 'impact', note: `the writer thinks the fault is their own ("${SELF_BLAME.exec(blame)?.[0] ?? ''}"): what fails is their try at the how-to` });
    return kept;
  }
  // "Hoe voeg ik haar toe? Ik heb het geprobeerd via Belgroepen maar het wordt niet opgeslagen", "Is there a template? Our
  // first attempt gave errors", "kerstsluiting instellen lukt niet ... bij opslaan krijg ik een fout": beside a how-to
  // asked, the failure is said only of a try at setting something up, in its sentence, and of no one else ("... maar
  // niemand kan bellen" stays a loss).
  if (!impacts.some((h) => h.value === 'how-to' && h.question)) return impacts;
  const tried = (s: number) =>
    clauses.some((c) => c.sentence === s && c.words.some((w) => inClass(TRIED, w) !== null || ATTEMPTS.has(w) || inClass(SETTING_UP, w) !== null)) &&
    !clauses.some((c) => c.sentence === s && c.words.some((w) => inClass(NOBODY, w) !== null || inClass(ANYONE, w) !== null || EVERY_PERSON.has(w)));
  const incidents = impacts.filter((h) => INCIDENTS.has(h.value));
  if (incidents.length === 0 || !incidents.every((h) => h.value === 'function-down' && tried(h.sentence))) return impacts;
  notes.push({ fact: 'impact', note: `"${incidents[0]?.phrase ?? ''}" is said of the customer's own try at the how-to: the how-to stands` });
  return impacts.filter((h) => !incidents.includes(h));
}
/**
 * "Some calls show '486 Busy Here' in the call log. What does that mean?": beside a question of what something means,
 * reduced service said only of the entries a report shows is what is asked about; those hits are dropped (unless a
 * loss is stated too).
 */
function reportAsked(impacts: readonly Hit[], clauses: readonly Clause[], notes: FactNote[]): readonly Hit[] {
  if (!meaningAsked(clauses)) return impacts;
  const shown = impacts.filter((h) => REDUCED.has(h.value) && clauses.some((c) => c.sentence === h.sentence && c.words.some((w) => REPORTS.has(w))));
  if (shown.length === 0 || impacts.some((h) => (h.value === 'outage' || h.value === 'function-down') && !h.question)) return impacts;
  notes.push({ fact: 'impact', note: `"${shown[0]?.phrase ?? ''}" is what a report shows, asked about: not reduced service` });
  return impacts.filter((h) => !shown.includes(h));
}

/**
 * A question sentence that asks what something means, read over its clauses (a quoted status splits them: 'What
 * exactly does "partial" mean?'): "what does ... mean", "wat betekent/betekenen".
 */
function meaningAsked(clauses: readonly Clause[]): boolean {
  const sentences = new Map<number, string[]>();
  for (const c of clauses) if (c.question) sentences.set(c.sentence, [...(sentences.get(c.sentence) ?? []), ...c.words]);
  return [...sentences.values()].some((ws) => MEANING_ASKED.test(ws.join(' ')));
}
const MEANING_ASKED = /\bwhat (?:\w+ ){0,2}(?:does|do) (?:\w+ ){1,4}mean\b|\bwat (?:\w+ )?(?:betekent|betekenen)\b/;
// Where a customer reads entries: a log, a report, a list.
const REPORTS = new Set(['log', 'logs', 'report', 'reports', 'export', 'list', 'history', 'overview', 'cdr', 'cdrs', 'overzicht', 'gespreksoverzicht', 'rapport', 'rapportage', 'lijst', 'geschiedenis', 'belgeschiedenis', 'logboek']);
// Words of a try at setting something up: saving, importing, an attempt, a click.
const ATTEMPTS = new Set(['attempt', 'attempts', 'save', 'saving', 'import', 'importing', 'upload', 'uploading', 'click', 'clicking', 'opslaan', 'importeren', 'uploaden', 'klik', 'poging']);
// Everyone, which with `NOBODY` and `ANYONE` makes a failure more than a try: "nobody can", "niemand kan", "for everyone".
const EVERY_PERSON = new Set(['everyone', 'everybody', 'iedereen']);
const SELF_BLAME =
  /\b(?:(?:doing|do|did)\s+(?:something|anything)\s+wrong|what\s+am\s+i\s+(?:doing\s+wrong|missing)|step\s+(?:i\s+am|im)\s+missing|(?:doe|deed)\s+(?:ik\s+)?(?:vast\s+|zeker\s+|waarschijnlijk\s+)?iets\s+(?:verkeerd|fout)|wat\s+doe\s+ik\s+(?:verkeerd|fout)|mis\s+ik\s+(?:iets|een\s+stap))\b/;

/**
 * "The report only shows 212 calls ... everything after about 1pm is missing", "alleen de gesprekken tot 13:00, de hele
 * middag ontbreekt": what is missing is part of something (after a time, beside a count that is there), in the
 * missing phrase's sentence or the one before. The words that say so, or null.
 */
function partMissing(h: Hit, clauses: readonly Clause[]): string | null {
  const words = clauses.filter((c) => c.sentence === h.sentence || c.sentence === h.sentence - 1).flatMap((c) => c.words);
  for (const [i, w] of words.entries()) {
    const next = words.slice(i + 1, i + 4);
    if ((w === 'after' || w === 'na' || w === 'until' || w === 'tot' || w === 'only' || w === 'alleen') && next.some((x) => /^\d/.test(x))) return `${w} ${next.join(' ')}`;
    // "All recordings only contain our side", "de opnames bevatten alleen onze kant": some of it is there.
    // (Dutch may put the verb before its subject: "bevatten alle opnames alleen".)
    if ((w === 'only' || w === 'alleen') && (words.slice(Math.max(0, i - 3), i).some((x) => CONTAINS.has(x)) || CONTAINS.has(words[i + 1] ?? ''))) return `${w} ${words[i + 1] ?? ''}`;
    if (PART_OF_DAY.has(w) && (words[i - 1] === 'whole' || words[i - 1] === 'hele')) return `${words[i - 1] ?? ''} ${w}`;
  }
  return null;
}
const CONTAINS = new Set(['contain', 'contains', 'show', 'shows', 'has', 'have', 'include', 'includes', 'bevat', 'bevatten', 'toont', 'tonen', 'laat', 'heeft', 'hebben']);
const PART_OF_DAY = new Set(['afternoon', 'morning', 'evening', 'night', 'day', 'middag', 'ochtend', 'avond', 'nacht', 'dag', 'week']);

/** Requests for a feature, one of which says it was put on the roadmap and another in a sentence of its own: asked for again. */
function askedAgain(asked: readonly Hit[]): boolean {
  const roadmap = asked.find((h) => h.phrase.includes('roadmap'));
  return roadmap !== undefined && asked.some((h) => h.sentence !== roadmap.sentence);
}

// Phrases (of phrases.json) that say something does not work without saying what is lost.
/** Whether "or" ("of") follows a hit in its sentence: "is recording broken or do you delete them?". */
function orAfter(h: PhraseHit, clauses: readonly Clause[]): boolean {
  return clauses.some((c, k) => c.sentence === h.sentence && k >= h.clause && c.words.some((w, i) => (k > h.clause || i >= h.end) && (w === 'or' || w === 'of')));
}

/**
 * "The wallboard is broken as far as we're concerned", "broken imo", "eigenlijk kapot voor hoe wij werken": the word
 * that makes a failure phrase an opinion, in the clause of one of `hits`, or undefined.
 */
function opinionOf(hits: readonly Hit[], clauses: readonly Clause[]): string | undefined {
  return hits.map((h) => (clauses[h.clause]?.words ?? []).find((w) => OPINION.has(w))).find((w) => w !== undefined);
}

const GENERIC_FAILURES = new Set([
  'broken', 'is broken', 'are broken', 'werkt niet', 'werkt niet goed', 'doesnt work', "doesn't work", 'does not work', 'not working', 'kapot', 'onmogelijk',
  // "It shows calls waiting but doesn't show callbacks", "het wallboard is voor ons onbruikbaar": said of what a feature lacks too.
  'doesnt show', 'onbruikbaar', 'useless', 'unusable',
]);

/** A word of a share at `i` ("some callers", "most calls"), not of a span of time ("after a few seconds"). */
function share(ws: readonly string[], i: number): boolean {
  return inClass(PARTIAL, ws[i] ?? '') !== null && inClass(SPAN_UNITS, ws[i + 1] ?? '') === null;
}

// Phrases (of phrases.json) that say calls are cut off, without saying how many: intermittent unless every call is.
const DROPS = new Set([
  'calls drop', 'dropped calls', 'calls get dropped', 'calls are dropped', 'drops out', 'cuts out', 'cut off', 'get disconnected', 'keeps dropping',
  'keeps disconnecting', 'valt weg', 'vallen weg', 'wegvallen', 'wegvalt', 'onderbroken', 'afgebroken',
  // When in a call it drops, not how often: "na een tijdje valt het weg" said of every call.
  'after a while', 'na een tijdje',
]);
// Units of a call that lasted long enough to be held: minutes and hours, not seconds.
const LASTING = new Set(['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'minuut', 'minuten', 'uur', 'uren']);
// After "every"/"alle", words that count times or name the rest, not the callers: "every morning", "all other lines".
const NOT_EVERYONE = new Set(['time', 'times', 'now', 'so', 'few', 'other', 'others', 'keer', 'paar', 'andere', 'anderen', 'rest', 'once', 'while']);

/**
 * "Anyone ringing our main number hears nothing and the line goes dead. That's every caller.", "Alle gesprekken vallen
 * na 2 seconden weg": calls cut off, said of every caller or call, are a loss of service (outage), not a problem that
 * comes and goes. Only where nothing else says it comes and goes (a rate, "sometimes", "some calls"), the clause of
 * "every" names no share ("not all", "some of all") and no time ("every morning", "every 10 minutes"), and no call
 * lasted minutes first ("cut off after 60 minutes" is a limit on long calls).
 */
function everyCallDrops(impactHits: Hit[], clauses: readonly Clause[], rate: string | null, notes: FactNote[], lossInBody: () => boolean = () => false): Hit[] {
  const drops = impactHits.filter((h) => h.value === 'intermittent' && DROPS.has(h.phrase));
  if (drops.length === 0 || rate !== null || impactHits.some((h) => h.value === 'intermittent' && !DROPS.has(h.phrase))) return impactHits;
  const every = clauses.find((c) => !c.question && c.words.some((w, i) => inClass(EVERYONE, w) !== null && everyoneAt(c.words, i)) && !c.words.some((w, i) => share(c.words, i) || NOT_EVERYONE.has(w)));
  // "Callers are cut off instead of reaching voicemail ... last night nothing came in at all": cut off, and nothing got through.
  // Not of long calls ("cut off after 60 minutes") nor of a share ("some callers are cut off").
  const limited = (ws: readonly string[]) => ws.some((w, k) => (LASTING.has(w) && /^\d+$/.test(ws[k - 1] ?? '')) || share(ws, k));
  // "The menu is hanging up on everyone ... it just cuts off": a loss said in a phrase too.
  const lossPhrase = impactHits.some((h) => (h.value === 'outage' || h.value === 'function-down') && EVERYONE_LOSS.test(h.phrase));
  if (every === undefined && !drops.some((h) => limited(clauses[h.clause]?.words ?? [])) && (lossPhrase || lossInBody())) {
    return impactHits.map((h) => {
      if (!drops.includes(h)) return h;
      notes.push({ fact: 'impact', note: `"${h.phrase}" comes with a loss the ticket states: read as an outage` });
      return { ...h, value: 'outage' };
    });
  }
  // "Long calls are cut off after 60 minutes, on every call": a call that lasts minutes was usable, a limit on long calls.
  // "4 dropped calls this morning, all outbound": "all" of the calls counted, not every call.
  const counted = (h: Hit) => {
    const before = clauses[h.clause]?.words[h.start - 1] ?? '';
    return /^\d+$/.test(before) || inClass(COUNTS, before) !== null;
  };
  if (every === undefined || drops.some(counted) || [every, ...drops.map((h) => clauses[h.clause])].some((c) => c?.words.some((w) => LASTING.has(w)))) return impactHits;
  const word = every.words.find((w, i) => inClass(EVERYONE, w) !== null && everyoneAt(every.words, i)) ?? '';
  return impactHits.map((h) => {
    if (!drops.includes(h)) return h;
    notes.push({ fact: 'impact', note: `"${h.phrase}" is said of "${word}": read as an outage` });
    return { ...h, value: 'outage' };
  });
}

// Words that mark a problem as new, after one said to be over: "now", "since then", "though".
const NEW_NOW = new Set(['now', 'though', 'nu', 'sindsdien', 'inmiddels']);
// Figures about calls: "call percentage", "call volume".
const FIGURES = new Set(['percentage', 'rate', 'count', 'report', 'reports', 'statistics', 'stats', 'data', 'volume', 'volumes', 'figures', 'kpi', 'details']);
// Words of an earlier time: "yesterday", "gisteren".
const ARTICLES = new Set(['the', 'a', 'an', 'de', 'het', 'een']);
// Phrases of a call being ended that say nothing of how often: "get cut off", "wordt afgebroken".
const SYMPTOM_DROPS = new Set(['cut off', 'get disconnected', 'is disconnected', 'afgebroken', 'verbroken']);
// Verbs that open a yes/no question: "is it broken or ...", "werkt het niet of ...".
const YES_NO_OPENERS = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'has', 'have', 'zijn', 'werkt', 'doet', 'ligt', 'heeft', 'hebben']);
// Words that make "broken" an opinion: "as far as we're concerned", "imo", "basically", "eigenlijk".
const OPINION = new Set(['concerned', 'imo', 'imho', 'opinion', 'basically', 'essentially', 'eigenlijk', 'feitelijk', 'mening']);
// Development phrases that name the customer's own code, and a server error's status.
const OWN_CODE = /\b(?:script|code)\b/;
const SERVER_ERROR = /^50[0-4]$/;
// How far before a failure word "without" may stand: "zonder dat ik de normale openingstijden kwijtraak".
const WITHOUT_REACH = 6;
// Words of a part of the time or of the messages, beside a loss: "deels", "partly" (as "not always", "niet altijd").
const NOT_ALWAYS_PARTS = new Set(['deels', 'gedeeltelijk', 'partly', 'partially']);
const EARLIER_TIMES = new Set(['yesterday', 'gisteren', 'earlier', 'eerder']);

// How far the end of a span may stand from its start: "between about 09:10 and 09:35".
const SPAN_REACH = 4;
const SPAN_OPENERS = new Map([['between', 'and'], ['tussen', 'en'], ['from', 'to'], ['van', 'tot']]);
/**
 * Whether a span between two times of day starts at word `i`: "between 9 and 10", "from 09:10 to 09:35", "tussen 9 en
 * half 10", "van 9 tot 10". (Times are read as their digits: "09:10" folds to "09 10".)
 */
function closedSpanAt(words: readonly string[], i: number): boolean {
  const closer = SPAN_OPENERS.get(words[i] ?? '');
  if (closer === undefined) return false;
  const start = words.slice(i + 1, i + 1 + SPAN_REACH).findIndex((w) => DIGIT_START.test(w));
  if (start < 0) return false;
  const rest = words.slice(i + 2 + start, i + 2 + start + SPAN_REACH + 1);
  const end = rest.indexOf(closer);
  return end >= 0 && rest.slice(end + 1, end + 3).some((w) => DIGIT_START.test(w));
}
const DIGIT_START = /^\d/;
// Switching something: "switch it on and off", "aan en uit zetten".
const SWITCHES = new Set(['switch', 'switched', 'switching', 'turn', 'turned', 'turning', 'zetten', 'zet', 'schakelen', 'schakel', 'gezet']);
// Loss phrases (of phrases.json) said of everyone.
const EVERYONE_LOSS = /\b(?:everyone|iedereen|all callers|alle bellers|nobody|niemand)\b/;
// Phrases (of phrases.json) that only say how often, with nothing of a failure in them: in a suggestion, "we have to
// work it out ourselves every time" (`telkens`) speaks of a chore; "sometimes calls drop" of a failure.
const HOW_OFTEN = new Set([
  'sometimes', 'occasionally', 'from time to time', 'now and then', 'now and again', 'once in a while', 'at times', 'every so often',
  'every now and then', 'soms=', 'af en toe', 'zo nu en dan', 'nu en dan', 'telkens', 'regelmatig',
  // "Ik moet nu elke keer in die app gaan zitten klikken": a chore, in a sentence that states no failure.
  'elke keer', 'iedere keer', 'every time', 'each time',
]);

/**
 * "We check the voicemail first thing every morning": a time that recurs ("every morning", "elke avond") says the
 * failure comes and goes only in a sentence that states a failure, as the recurrence recogniser reads it; so does a
 * word of how often in a ticket that asks for something ("nu moeten we dat telkens zelf uitrekenen").
 */
function recurringOutsideFailure(impactHits: Hit[], failed: ReadonlySet<number>, notes: FactNote[]): Hit[] {
  // A word of how often alone ("telkens", "sometimes") yields only to a ticket that asks for something: a suggestion whose chore recurs.
  const asking = impactHits.some((h) => h.value === 'feature-request' || h.value === 'question' || h.value === 'how-to');
  const recurring = (h: Hit) => {
    const [first = '', second = ''] = h.phrase.split(' ');
    // "Elke keer" alone is how often too: "ik moet nu elke keer in die app klikken" in a ticket that asks for a feature.
    return (h.value === 'intermittent' || ALWAYS.has(h.phrase)) && ((inClass(EVERY, first) !== null && inClass(TIMES_OF, second) !== null) || (asking && HOW_OFTEN.has(h.phrase)));
  };
  if (!impactHits.some(recurring)) return impactHits;
  const failing = new Set([...failed, ...impactHits.filter((h) => INCIDENTS.has(h.value) && !recurring(h)).map((h) => h.sentence)]);
  return impactHits.filter((h) => {
    if (!recurring(h) || failing.has(h.sentence)) return true;
    notes.push({ fact: 'impact', note: `"${h.phrase}" is in a sentence that states no failure: ignored` });
    return false;
  });
}

/**
 * "every"/"alle" at `i` speaks of all callers or calls ("every caller", "anyone ringing", "everyone who calls"): not of
 * the staff ("all our agents"), not negated ("not every call") and not before a time ("every morning").
 */
function everyoneAt(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  const before = words[i - 1] ?? '';
  // "every caller", "all inbound calls": of the calls or callers within two words; "everyone who calls", "iedereen die belt": three.
  const reach = next === 'who' || next === 'die' ? 3 : 2;
  const ofCalls = words.slice(i + 1, i + 1 + reach).some((w) => inClass(CALLS, w) !== null);
  return ofCalls && inClass(TIMES_OF, next) === null && !NOT_EVERYONE.has(next) && !/^\d/.test(next) && before !== 'not' && before !== 'niet' && before !== 'nearly' && before !== 'bijna' && before !== 'almost';
}

/** A change a workaround phrase names, in a clause that names the vendor as the one who made it: "door jullie accountmanager omgezet". */
function byTheVendor(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const ws = clauses[h.clause]?.words ?? [];
  // Only a change ("omgezet", "switched"): "the forwarding suggested by you works" is a workaround all the same.
  const change = ws.slice(h.start, h.end).some((w) => inClass(SUBSTITUTE, w) !== null);
  return change && ws.some((w, i) => inClass(BY, w) !== null && inClass(VENDOR, ws[i + 1] ?? '') !== null);
}

/**
 * "Handmatig nummers intoetsen is met 4000 leads per dag geen doen", "dialling by hand is not an option": a
 * workaround judged unworkable after it, in its clause, is none. The negator and the judgement, or null.
 */
function unworkableAfter(h: PhraseHit, clauses: readonly Clause[], negators: ReadonlySet<string>): string | null {
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
  return null;
}
const GOES = new Set(['gaat', 'lukt', 'ging', 'lukte']);
// How far "niet" may close the clause after the verb: "gaat met deze aantallen echt niet".
const UNWORKABLE_REACH = 7;

/**
 * "Met hun privételefoon bellen mogen onze medewerkers niet", "we don't have the staff to phone everyone instead", "the
 * voice fallback returns 'channel not enabled'": a way round that is not allowed, that the customer lacks the people
 * for, or that fails itself. The words that say so, or null.
 */
function notAllowed(h: PhraseHit, clauses: readonly Clause[], negators: ReadonlySet<string>): string | null {
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
 */
function forADuration(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const ws = clauses[h.clause]?.words ?? [];
  const at = ws.findIndex((w, i) => i >= h.start && i < h.end + 2 && inClass(FOR_NOW, w) !== null);
  if (at < 0) return false;
  const span = ws.slice(at + 1, at + 5);
  const unit = span.findIndex((w) => inClass(DURATIONS, w) !== null);
  return unit > 0 && span.slice(0, unit).every((w) => /^\d+$/.test(w) || inClass(SPAN_COUNTS, w) !== null);
}

/** A workaround phrase in a clause about testing: "we've been testing from our mobiles since 8" tested the failure. */
function testingIn(h: PhraseHit, clauses: readonly Clause[]): boolean {
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

const ASKS = new Set(['question', 'how-to', 'feature-request']);
const REDUCED = new Set(['degraded', 'intermittent']);
// Usable phrases (of phrases.json) that judge how bad something is, rather than say what still works.
const JUDGEMENTS = new Set(['annoying but', 'not a big deal', 'workable', 'vervelend maar', 'geen ramp', 'werkbaar']);
/** After a number (a "%" is no word of a clause): "(procent) van ons ...", "(percent) of our ...". */
function shareOfOurs(after: readonly string[]): boolean {
  const [a = '', b = '', c = ''] = after;
  return a === 'procent' || a === 'percent' ? shareOfOurs([b, c]) : (a === 'van' || a === 'of') && OURS.has(b);
}
const OURS = new Set(['ons', 'onze', 'our', 'all', 'alle']);
// Phrases (of phrases.json) about restarting, which negated say a troubleshooting step failed.
const RESTARTS = /\b(?:herstart\w*|restart\w*|reboot\w*|opnieuw opstarten)\b/;
// Words that say a way round cannot be had, before it in its clause.
const NO_WAY = /\b(?:no way|geen manier|geen mogelijkheid|not possible|niet mogelijk|impossible|onmogelijk)\b/;
// Words of `MUST` that say a need only before "to": "we need to switch" (not "we have switched to").
const TO_BEFORE_VERB = new Set(['need', 'needs', 'has', 'have']);
// Verbs of putting something up: "we've put a notice on our website", "een bericht op de website geplaatst".
const PLACED = new Set(['put', 'posted', 'placed', 'added', 'updated', 'changed', 'gezet', 'geplaatst', 'gepost', 'toegevoegd', 'aangepast', 'zetten', 'plaatsen']);
/**
 * A way round planned for a case: after "if"/"indien" in its sentence ("if the calls fail we must prepare a redirect"),
 * or in a clause opened by a condition and a subject whose next clause states the failure it leads to ("als we de
 * lijn doorschakelen, wordt het gesprek afgebroken"; not "als ik inlog staan ze er wel", which is a way that works).
 */
function forACase(h: PhraseHit, clauses: readonly Clause[], impactHits: readonly Hit[]): boolean {
  return conditional(h, clauses) || (ifOpened(h, clauses) && impactHits.some((i) => INCIDENTS.has(i.value) && i.sentence === h.sentence && i.clause === h.clause + 1));
}

const FEELINGS = new Set(['thrilled', 'happy', 'pleased', 'keen', 'fond', 'blij', 'gelukkig', 'enthousiast', 'tevreden']);
// "Our field engineers only ever check voicemail via email", "we sturen altijd via de app": a habit, too.
// "Na 18u moeten onze oproepen automatisch doorgeschakeld worden", "is supposed to forward to the engineer on call":
// how it is set up to run.
const AS_SET_UP = new Set(['normally', 'usually', 'normaal', 'normaliter', 'gewoonlijk', 'doorgaans', 'meestal', 'ever', 'always', 'altijd', 'standaard', 'automatically', 'automatisch', 'supposed', 'meant', 'hoort', 'rule', 'regel']);

/**
 * The channel a workaround phrase names ("via whatsapp") when a stated failure's clause names it too ("WhatsApp
 * berichten komen niet binnen", "whatsapp-berichten"): a channel that fails is no way round its own failure. Null otherwise.
 */
function failingChannel(h: PhraseHit, impactHits: readonly Hit[], clauses: readonly Clause[]): string | null {
  const channel = h.phrase.split(' ').find((w) => inClass(CHANNELS, w) !== null);
  if (channel === undefined) return null;
  const fails = impactHits.some((i) => INCIDENTS.has(i.value) && !(i.clause === h.clause && i.start === h.start) && (clauses[i.clause]?.words ?? []).some((w) => w === channel || (w.startsWith(channel) && w.length > channel.length + 3)));
  return fails ? channel : null;
}

/** "De klant moet opnieuw bellen", "callers have to redial": the caller's side, made to redo what failed, in the phrase's clause. */
function callerMustRedo(h: PhraseHit, clauses: readonly Clause[]): boolean {
  const before = (clauses[h.clause]?.words ?? []).slice(Math.max(0, h.start - 4), h.start);
  const who = before.findIndex((w) => inClass(CALLER_SIDE, w) !== null);
  return who >= 0 && before.slice(who + 1).some((w) => inClass(MUST, w) !== null);
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

// Phrases (of phrases.json) saying a problem happens every time.
const ALWAYS = new Set(['every time', 'each time', 'every single time', 'each and every time', 'elke keer', 'iedere keer', 'elke keer weer', 'iedere keer weer', 'telkens weer', 'fails every time', 'always fails', 'mislukt altijd']);

// Dutch words a rate is written with; anything else reads as English.
const DUTCH_RATE = /\b(op|uit|procent|ongeveer|circa|pakweg|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd)\b/;

/** A rate, as an intermittent hit placed where it was found. */
function rateHit(rate: string, clauses: readonly Clause[]): Hit {
  // A rate starts with its number (split always gives at least one item).
  const [head = ''] = rate.split(/\s+/);
  const first = head.replace(/[%]/g, '');
  const c = Math.max(0, clauses.findIndex((cl) => cl.words.includes(first)));
  const lang: Lang = DUTCH_RATE.test(rate) ? 'nl' : 'en';
  return {
    fact: 'impact', value: 'intermittent', phrase: rate, lang, sentence: clauses[c]?.sentence ?? 0, clause: c, start: 0, end: 0,
    question: false, negatedBefore: null, negatedAfter: null, healthy: null,
  };
}

/** A "but"/"maar" (or a "so that"/"zodat") between two positions of a clause: "we use Teams for now but customers can't reach us". */
function contrastBetween(clause: Clause | undefined, from: number, to: number): boolean {
  // "We changed the greeting for now so that callers with a fault choose option 2": a purpose, not the failure.
  return clause !== undefined && clause.words.slice(from, to).some((w, i, ws) => w === 'but' || w === 'maar' || w === 'zodat' || (w === 'so' && ws[i + 1] === 'that'));
}

/** A later clause of the hit's sentence that opens with "but"/"maar" and says a failure happens there too. */
function failsToo(h: PhraseHit, clauses: readonly Clause[]): boolean {
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
 * there": a workaround followed, in its sentence, by "but ... still" did not work.
 */
function failedAfter(h: PhraseHit, clauses: readonly Clause[]): string | null {
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

// Said of a failure after "but": it goes on all the same ("but ... still", "maar de nachtstand blijft actief").
const GOES_ON = new Set(['still', 'steeds', 'blijft', 'bleef', 'remains', 'stays', 'stayed']);
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
const YES = new Set(['yes', 'yep', 'yeah', 'ja', 'jazeker', 'jawel']);
const NO_EXTRA = new Set(['nee', 'nope', 'helaas', 'unfortunately']);

/**
 * The answer the customer gives right after asking about a workaround: the
 * first words of the next sentence. "Workaround? None." and "Any way around
 * this? We found none." answer no; "...? Yes, we ..." answers yes.
 */
function answerTo(h: PhraseHit, clauses: readonly Clause[], data: PhraseData): { value: 'yes' | 'no'; word: string } | null {
  const next = clauses.find((c) => c.sentence === h.sentence + 1);
  if (next === undefined || next.question) return null;
  const first = next.words.slice(0, 4);
  const [head] = first;
  if (head !== undefined && YES.has(head)) return { value: 'yes', word: head };
  const negators = new Set(LANGS.flatMap((l) => data.negation.negators[l].map(foldText)));
  const no = first.find((w) => negators.has(w) || NO_EXTRA.has(w));
  return no === undefined ? null : { value: 'no', word: no };
}

/** The winning value of one fact and the hits that state it. */
function decide<H extends PhraseHit>(fact: Fact, hits: readonly H[], data: PhraseData, notes: FactNote[]): { value: string | null; hits: H[]; others: string[] } {
  // Each value stated, in precedence order, with the first phrase that states it.
  const present = data.precedence[fact].flatMap((value) => {
    const hit = hits.find((h) => h.value === value);
    return hit === undefined ? [] : [{ value, phrase: hit.phrase }];
  });
  const [winner, ...losers] = present;
  if (winner === undefined) return { value: null, hits: [], others: [] };
  if (losers.length > 0) {
    const others = losers.map((l) => `${l.value} ("${l.phrase}")`);
    notes.push({ fact, note: `${fact} ${winner.value} wins over ${others.join(', ')}` });
  }
  return { value: winner.value, hits: hits.filter((h) => h.value === winner.value), others: losers.map((l) => l.value) };
}

// The same phrase stating the same value twice says nothing new.
function dedupe(matched: MatchedPhrase[]): MatchedPhrase[] {
  const seen = new Set<string>();
  return matched.filter((m) => {
    const key = `${m.fact}|${m.value}|${m.phrase}|${m.negatedBy ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
