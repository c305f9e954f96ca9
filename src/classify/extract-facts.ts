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
 *
 * Each step's readers are in files of their own: `impact-stated.ts` (rule 3,
 * phrase by phrase), `intermittency.ts`, `limited-loss.ts`, `subject-line.ts`
 * and `request-beside-failure.ts` (rule 3, over the whole ticket),
 * `place-of-failure.ts` (rules 2 and 6), `workaround-stated.ts` with
 * `workaround-qualifiers.ts` (rule 4) and `decide-fact.ts` (rule 5).
 */
import { decide, dedupe } from './decide-fact';
import { failureSentences, failureStatement } from './failure-statement';
import { readPhrases, type PhraseHit } from './find-phrases';
import { findRate } from './find-rate';
import { findSomeUsers } from './find-some-users';
import { INCIDENTS, type Hit } from './hit';
import { earlierTime, triedTimes } from './hit-context';
import { impactsStated } from './impact-stated';
import { everyCallDrops, everyTimeNotIntermittent, rateHit, readAsIntermittent, recurringOutsideFailure, soundDrops } from './intermittency';
import { limitedLoss, usableSaid } from './limited-loss';
import { missingFeature } from './missing-feature';
import { negatorWords, PHRASES, type PhraseData } from './phrase-data';
import { alongWithAll, liveForOthers, placeOfFailure, productionNamedOnly, productionStated, testPlaceAside, testPlaceWorks } from './place-of-failure';
import { recogniseBuilding } from './recognise-building';
import { recogniseLoss } from './recognise-loss';
import { unread, type RecognisedHit } from './recognised-hit';
import { recogniseQuality } from './recognise-quality';
import { recogniseRecurrence } from './recognise-recurrence';
import { recogniseRequest } from './recognise-request';
import { recogniseTestPlace } from './recognise-test-place';
import { olderSubject } from './reply-subject';
import { askedAgain, featureNotFailure, opinionOf, ownFault, reportAsked } from './request-beside-failure';
import { hasSubjectLine, subjectDenied, subjectYieldsToHowTo } from './subject-line';
import type { ExtractedFacts, Fact, FactNote, MatchedPhrase } from './types';
import { isEnv, isImpact, isStatedWorkaround } from './vocabulary';
import { inClass, TRIED } from './word-classes';
import { statedWorkarounds } from './workaround-stated';

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
  const reading = readPhrases(text, data);
  const { hits, clauses, resolved, resolvedIn, usable: usableAll, usableIn, ignored } = reading;
  // A judgement ("geen ramp") qualifies the reduced service said in its own sentence, not a failure elsewhere.
  const usable = usableSaid(usableAll, usableIn, hits);
  // Sentences with a negation that states a failure no phrase read; several readers below need them.
  const failed = failureSentences(clauses, hits, ignored);
  const notes: FactNote[] = [];
  const of = (fact: Fact) => hits.filter((h) => h.fact === fact);
  const negators = negatorWords(data);

  // Negated impact phrases say the opposite of their value; they state nothing.
  const statedImpacts = impactsStated(soundDrops(of('impact'), clauses, notes), text, reading, negators, notes);
  // "Callers get disconnected every time": a problem that always happens does not come and go.
  const sometimes = everyTimeNotIntermittent(statedImpacts, notes);
  const rate = findRate(text);
  // "None of our numbers receive calls any more", "last night nothing came in at all", said in the body.
  // Read only where a reply's subject or a cut-off call needs it: the recogniser reads every clause.
  let bodyLossRead: boolean | undefined;
  const bodyLoss = () => (bodyLossRead ??= recogniseLoss(clauses.filter((c) => c.sentence > 0)) !== null);
  const recurring = recurringOutsideFailure(
    everyCallDrops(olderSubject(sometimes, clauses, notes, bodyLoss), clauses, rate, notes, bodyLoss),
    failed,
    notes,
  );
  // The first line is a subject, over a body that may say what the ticket is instead.
  const impactHits = hasSubjectLine(text) ? subjectDenied(subjectYieldsToHowTo(recurring, failed, clauses, notes), clauses, failed, notes, bodyLoss) : recurring;
  const failingSentences = new Set([...failed, ...impactHits.filter((h) => INCIDENTS.has(h.value)).map((h) => h.sentence)]);
  // (A recurrence of a problem the text says is over, "we noticed nothing ourselves", qualifies nothing.)
  const intermittent =
    impactHits.find((h) => h.value === 'intermittent') ?? (rate === null ? undefined : rateHit(rate, clauses)) ?? (resolved.length > 0 ? undefined : unread([recogniseRecurrence(clauses, failingSentences)], hits).find((h) => !triedTimes(h, clauses)));
  if (intermittent !== undefined && !impactHits.includes(intermittent)) impactHits.push(intermittent);
  // "Callers get cut off" beside a loss is how the failure ends a call; an outage beside what comes and goes comes and goes.
  const qualified = readAsIntermittent(impactHits, intermittent, rate, clauses, notes);
  // "3 of our 40 agents can't log in", "bij de andere 25 gaat alles normaal": a loss for some users is reduced service.
  const someUsers = findSomeUsers(text);
  // A loss the text limits (the service still usable, some users, a part, not always) is less than a loss.
  const notAlways = limitedLoss(qualified, usable, someUsers, clauses, notes);
  // Production said to be fine, planned, not there yet or denied is not where the problem is.
  const phraseEnvHits = productionStated(of('env'), clauses, negators, impactHits, notes);
  const productionCleared = of('env').some((h) => h.value === 'production' && !phraseEnvHits.includes(h));
  // "On pre-prod calls fail": a test place read over more words than a production phrase in it ("prod") claims them, as a longer phrase would.
  const places = recogniseTestPlace(clauses);
  const claimed = (h: PhraseHit) => places.some((p) => p.clause === h.clause && p.start <= h.start && h.end <= p.end && p.end - p.start > h.end - h.start);
  const envPhrases = phraseEnvHits.filter((h) => h.value !== 'production' || !claimed(h));
  const read = [...envPhrases, ...unread(places, hits.filter((h) => !claimed(h)))];
  const placed = new Set(read.filter((h) => h.value !== 'production').map((h) => h.sentence));
  let testCleared = false;
  const stated = read.filter((h) => {
    if (testPlaceWorks(h, clauses, negators, notes)) {
      testCleared = true;
      return false;
    }
    return !alongWithAll(h, clauses, notes) && !testPlaceAside(h, clauses, failingSentences, placed, notes) && !liveForOthers(h, clauses, notes) && !productionNamedOnly(h, clauses, notes);
  });
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
  const earlier = (h: RecognisedHit) => resolvedIn.length > 0 && earlierTime(clauses[h.clause]?.words ?? []);
  const over = (h: RecognisedHit | null) =>
    h !== null && (resolvedIn.includes(h.sentence) || earlier(h) || ignored.some((s) => s.clause === h.clause && s.start <= h.start && h.start < s.end)) ? null : h;
  const loss = decided.value === null && request === null ? over(recogniseLoss(clauses)) : null;
  const symptom = decided.value === null && request === null && loss === null ? over(recogniseQuality(clauses, negators)) : null;
  // As for a function-down phrase: with the service still usable ("annoying, but they can work"), reduced service.
  const found = request ?? (loss !== null && (usable.length > 0 || someUsers !== null) ? { ...loss, value: 'degraded' } : loss) ?? symptom;
  const impact: { value: string | null; hits: Hit[]; others: string[] } = found === null ? decided : { value: found.value, hits: [found], others: [] };
  // A workaround phrase that asks, names the failure or something else states nothing; one that failed is `no`.
  const workaround = decide('workaround', statedWorkarounds(reading, impactHits, data, negators, notes), data, notes);

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
    clearedPlaces: { production: productionCleared, test: testCleared },
  };
}
