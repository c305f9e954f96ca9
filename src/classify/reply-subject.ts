/**
 * The subject of a reply or a forward ("Re: ...", "Antw: ...") is the earlier
 * message's: what the new words state wins over it.
 */
import type { FactNote } from './types';
import type { Clause } from './text';
import { INCIDENTS, type Hit } from './hit';
import { inClass, SUPPLEMENT } from './word-classes';

// How a reply's or a forward's subject starts: "Re:", "RE:", "Fw:", "Antw:", "Doorst:".
const REPLY_SUBJECT = new Set(['re', 'fw', 'fwd', 'antw', 'aw', 'wg', 'doorst', 'tr']);
// How a reply that thanks opens: "Thanks Priyanka", "thank you", "bedankt", "dank je wel".
const THANKS = new Set(['thanks', 'thank', 'thx', 'cheers', 'bedankt', 'dank', 'dankjewel', 'dankuwel', 'merci']);

/**
 * "Re: Calls drop occasionally" over "It's happening again, and this time every call fails": the
 * subject of a reply is the earlier message's, so where the body states an incident of its own,
 * the impact phrases of the subject yield to it; so they do where the body says nobody can, or nothing
 * gets through (`lossInBody`, read by `recogniseLoss`): "FW: calls slow to connect" over "none of our
 * numbers receive calls any more". The impact hits that stand,
 * with a note for each one dropped.
 *
 * @example
 * olderSubject([occasionallyInSubject, everyCallFailsInBody], clausesOfReply, []) //=> [everyCallFailsInBody]
 */
export function olderSubject(impactHits: Hit[], clauses: readonly Clause[], notes: FactNote[], lossInBody: () => boolean = () => false): Hit[] {
  const subject = clauses.find((c) => c.sentence === 0);
  if (subject === undefined || !REPLY_SUBJECT.has(subject.words[0] ?? '')) return impactHits;
  const fromSubject = impactHits.filter((h) => h.sentence === 0);
  if (fromSubject.length === 0) return impactHits;
  const bodyIncident = impactHits.some((h) => h.sentence > 0 && INCIDENTS.has(h.value)) || lossInBody();
  // "Re: calls cutting out" over "attached the log export you asked for", "RE: Storing doorschakeling" over "ter
  // aanvulling op onze melding: het gaat om de nummers ...": a reply that only adds what was asked for states nothing
  // new, and the subject is the earlier message's.
  // So does one that opens with thanks ("Thanks Priyanka, that's very helpful. I'll pass the article on"): it answers a reply.
  const firstBody = clauses.find((c) => c.sentence > 0);
  const supplement = bodyIncident
    ? undefined
    : (clauses.find((c) => c.sentence > 0 && c.words.some((w) => inClass(SUPPLEMENT, w) !== null)) ?? (THANKS.has(firstBody?.words[0] ?? '') ? firstBody : undefined));
  if (supplement !== undefined) {
    for (const h of fromSubject.filter((f) => INCIDENTS.has(f.value))) {
      notes.push({ fact: 'impact', note: `"${h.phrase}" is in the subject of a reply that only adds what was asked ("${supplement.words.join(' ')}"): ignored` });
    }
    return impactHits.filter((h) => h.sentence > 0 || !INCIDENTS.has(h.value));
  }
  if (!bodyIncident) return impactHits;
  for (const h of fromSubject) notes.push({ fact: 'impact', note: `"${h.phrase}" is in the subject of a reply, which the new words replace: ignored` });
  return impactHits.filter((h) => h.sentence > 0);
}
