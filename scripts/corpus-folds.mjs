// The 5-fold estimate of unseen wording, shared by `eval-classify.mjs --folds` and
// `train-classify-model.mjs`: tickets split in 5 folds by number (an English ticket and its
// Dutch counterpart share a fold), each fold read without the fact phrases only its own tickets
// contain, and the verdict worked out from the facts the way `classify` does for text alone.

/** The fold of a ticket, by the number its id ends with. */
export const foldOf = (ticket) => Number(ticket.id.match(/(\d+)$/)[1]) % 5;

const ASKING = new Set(['question', 'how-to', 'feature-request']);

/**
 * The verdict `classify` gives a text with a filed priority, read with phrase data `data`.
 * `sources` holds `extractFacts` and `applyRules`.
 */
export function textVerdict({ extractFacts, applyRules }, text, filed, data) {
  const read = extractFacts(text, data);
  let facts = { env: read.env ?? 'production', impact: read.impact, workaround: read.workaround ?? 'unknown' };
  // As `classify`: a question that would lower a ticket which also says something does not work decides nothing.
  if (ASKING.has(facts.impact ?? '') && typeof read.failure === 'string' && applyRules(facts, filed).priority > filed) facts = { ...facts, impact: null };
  // As `classify`: a request read from the ticket's structure does not lower priority 1 (where it is what would lower it).
  else if (filed === 1 && read.matched.some((m) => m.fact === 'impact' && m.rule === 'request') && applyRules({ ...facts, impact: null }, filed).priority === filed) facts = { ...facts, impact: null };
  return { priority: applyRules(facts, filed).priority, facts, read };
}

/**
 * For each fold, the phrase data without the fact phrases that only that fold's tickets contain.
 * Sets each ticket's `text` (subject and body, the thread stripped). `sources` holds
 * `stripThread`, `findPhrases` and `PHRASES`.
 */
export function foldPhraseData({ stripThread, findPhrases, PHRASES }, tickets) {
  const foldsOf = new Map();
  for (const t of tickets) {
    t.text = stripThread(`${t.subject}\n${t.body}`);
    for (const h of findPhrases(t.text, PHRASES)) {
      const key = `${h.fact}|${h.value}|${h.lang}|${h.phrase}`;
      foldsOf.set(key, (foldsOf.get(key) ?? new Set()).add(foldOf(t)));
    }
  }
  return (k) => {
    const facts = {};
    for (const [fact, values] of Object.entries(PHRASES.facts)) {
      facts[fact] = {};
      for (const [value, byLang] of Object.entries(values)) {
        facts[fact][value] = {};
        for (const [lang, phrases] of Object.entries(byLang)) {
          facts[fact][value][lang] = phrases.filter((p) => [...(foldsOf.get(`${fact}|${value}|${lang}|${p}`) ?? [])].some((f) => f !== k));
        }
      }
    }
    return { ...PHRASES, facts };
  };
}
