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
import { BUILDING, CODE, IN_PROGRESS, inClass, OWNERS, STILL_BEING, UNDER_CONSTRUCTION, WRITING } from './word-classes';

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
      const lang = inClass(BUILDING, w);
      if (lang === null) continue;
      // Words that only say the work is going on ("bezig met het", "midden in de") do not count as distance.
      const between = (k: number) => clause.words.slice(k + 1, i).filter((x) => inClass(IN_PROGRESS, x) === null).length;
      const owner = clause.words.findIndex((x, k) => k < i && between(k) < OWNER_REACH && inClass(OWNERS, x) !== null);
      if (owner >= 0) return recognisedHit(clause, c, owner, i, 'impact', 'development', lang, 'building');
    }
  }
  return null;
}
