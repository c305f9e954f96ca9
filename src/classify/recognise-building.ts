/**
 * A development problem read from words of building software that the
 * customer's side owns (`BUILDING` after `OWNERS` within three words): "our
 * app build fails", "I'm testing on localhost", "while developing the
 * connector", "we zijn de koppeling aan het bouwen"; or something still being built ("still in development", "nog in
 * ontwikkeling"). A problem while building
 * or integrating is priority 3 however broken it is. Not in a question: "does
 * our build need the new SDK?" states nothing.
 */
import { recognisedHit, type RecognisedHit } from './recognised-hit';
import type { Clause } from './text';
import { BUILDING, CHANGED_CODE, CODE, IN_PROGRESS, inClass, NEGATORS, NOTHING_AT_ALL, OWN_CODE, OWNERS, STILL_BEING, UNDER_CONSTRUCTION, WRITING } from './word-classes';

// Words that make software the customer's own: "our", "onze", "in-house", "eigen".
const OWN = new Set(['our', 'onze', 'ons', 'inhouse', 'house', 'eigen', 'own']);
// What a word of building may name rather than software: "build documentation", "build sheet".
const PAPERS = new Set(['documentation', 'docs', 'document', 'documents', 'sheet', 'plan', 'notes', 'documentatie']);
// What is built that is no software: a report, an overview, a spreadsheet.
const REPORTS = new Set(['report', 'reports', 'rapport', 'rapportage', 'overview', 'overzicht', 'dashboard', 'spreadsheet', 'forecast', 'excel']);
// How far after the building word the report may be named: "build an hourly SLA report".
const REPORT_REACH = 4;
// A release of software, in either language ("release" is Dutch too).
const RELEASES = new Set(['release', 'deployment', 'deploy', 'rollout', 'uitrol']);
// A fault said to be somewhere: "a bug in", "een fout in".
const FAULTS = new Set(['bug', 'fault', 'error', 'fout', 'bugje', 'foutje']);
// How far before the building word its owner may stand: "our new app build", "onze koppeling aan het bouwen".
const OWNER_REACH = 4;

/**
 * The first clause that states building software of the customer's own, or null.
 *
 * @example
 * recogniseBuilding(toClauses('Our app build fails since SDK 4.0.'))?.phrase //=> 'our app build'
 * recogniseBuilding(toClauses('We zijn bezig met het bouwen van een koppeling.'))?.phrase //=> 'we … bouwen'
 */
export function recogniseBuilding(clauses: readonly Clause[]): RecognisedHit | null {
  for (const [c, clause] of clauses.entries()) {
    if (clause.question) continue;
    for (const [i, w] of clause.words.entries()) {
      // "Still in development", "nog in ontwikkeling": the thing itself is being built.
      const under = inClass(UNDER_CONSTRUCTION, w);
      const at = clause.words[i - 1] === 'in' ? i - 1 : clause.words[i - 1] === 'de' && clause.words[i - 2] === 'in' ? i - 2 : -1;
      if (under !== null && at > 0 && inClass(STILL_BEING, clause.words[at - 1] ?? '') !== null) return recognisedHit(clause, c, at - 1, i, 'impact', 'development', under, 'building');
      // "Ik ben een scriptje aan het schrijven", "I'm writing a script to pull our call history": code of the customer's own.
      const code = inClass(CODE, w);
      if (code !== null) {
        const writing = clause.words.findIndex((x, k) => Math.abs(k - i) <= OWNER_REACH && inClass(WRITING, x) !== null);
        const by = clause.words.findIndex((x, k) => k < Math.min(i, writing) && inClass(OWNERS, x) !== null);
        if (writing >= 0 && by >= 0) return recognisedHit(clause, c, by, Math.max(i, writing), 'impact', 'development', code, 'building');
      }
      // "After we upgraded Express and changed our body parser", "since we deployed version 2.3 of our in-house connector":
      // a change to software of the customer's own.
      const changed = inClass(CHANGED_CODE, w);
      // (Dutch puts the verb at the end: "sinds we gisteren onze koppeling hebben aangepast".)
      if (changed !== null && clause.words.slice(changed === 'nl' ? 0 : Math.max(0, i - 3), i).some((x) => x === 'we' || x === 'wij' || x === 'weve') && !clause.words.slice(0, i).some((x) => inClass(NEGATORS, x) !== null || inClass(NOTHING_AT_ALL, x) !== null)) {
        const own = clause.words.findIndex((x, k) => inClass(OWN_CODE, x) !== null && clause.words.slice(Math.max(0, k - 3), k).some((y) => OWN.has(y)));
        if (own >= 0) return recognisedHit(clause, c, Math.min(i, own), Math.max(i, own), 'impact', 'development', changed, 'building');
      }
      // "Sinds onze eigen release van gisteravond", "since our deployment last night": a release of the customer's own.
      // ("Nothing changed in our deployment" says the opposite.)
      if (RELEASES.has(w) && clause.words.slice(Math.max(0, i - 2), i).some((x) => OWN.has(x)) && !clause.words.slice(0, i).some((x) => inClass(NEGATORS, x) !== null || inClass(NOTHING_AT_ALL, x) !== null)) {
        return recognisedHit(clause, c, Math.max(0, i - 2), i, 'impact', 'development', w === 'uitrol' ? 'nl' : 'en', 'building');
      }
      // "Dat is een fout in onze eigen parser", "a bug in our code": the fault is in software of the customer's own.
      if (FAULTS.has(w) && clause.words[i + 1] === 'in') {
        const own = clause.words.findIndex((x, k) => k > i + 1 && k <= i + 5 && inClass(OWN_CODE, x) !== null && clause.words.slice(i + 2, k).some((y) => OWN.has(y)));
        if (own >= 0) return recognisedHit(clause, c, i, own, 'impact', 'development', inClass(OWN_CODE, clause.words[own] ?? '') ?? 'en', 'building');
      }
      const lang = inClass(BUILDING, w);
      // "Our build documentation", "onze build-documentatie": papers about a set-up, not software being built. Nor is a
      // report built from the product's data: "we build an hourly SLA report for a client from this".
      if (lang === null || PAPERS.has(clause.words[i + 1] ?? '') || clause.words.slice(i + 1, i + 1 + REPORT_REACH).some((x) => REPORTS.has(x))) continue;
      // Words that only say the work is going on ("bezig met het", "midden in de") do not count as distance.
      const between = (k: number) => clause.words.slice(k + 1, i).filter((x) => inClass(IN_PROGRESS, x) === null).length;
      // The nearest owner ("while I build": "I", so that the span stays clear of a phrase that claimed "while").
      let owner = -1;
      for (let k = i - 1; k >= 0 && owner < 0; k--) if (between(k) < OWNER_REACH && inClass(OWNERS, clause.words[k] ?? '') !== null) owner = k;
      if (owner >= 0) return recognisedHit(clause, c, owner, i, 'impact', 'development', lang, 'building');
    }
  }
  return null;
}
