import { SlaError } from '../../errors/sla-error';
import { quoteValue } from '../../core/quote-value';
import { findPriority } from '../../policy/lookup';
import { normalizeWord } from '../../policy/normalize-word';
import type { Policy, Priority } from '../../policy/types';

/** Helpdesk priority words, normalized (see `normalizeWord`), and the policy priority each stands for, as written. */
export type PriorityWords = ReadonlyMap<string, string>;

/**
 * Reads `--priority-map urgent=1,high=1,normal=2,low=3`: a helpdesk's priority
 * words and the policy priority (id, name or alias) each stands for. Words are
 * compared as the policy compares its own (case, spaces, underscores and
 * hyphens do not matter). An item that is not word=priority, or a word given
 * twice, is refused (`USAGE`).
 *
 * @example
 * parsePriorityMap('Urgent=1, Very High=critical') //=> Map { 'urgent' => '1', 'very-high' => 'critical' }
 */
export function parsePriorityMap(text: string, flag = '--priority-map'): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of text.split(',')) {
    const eq = item.indexOf('=');
    const word = eq === -1 ? '' : normalizeWord(item.slice(0, eq));
    const priority = eq === -1 ? '' : item.slice(eq + 1).trim();
    if (word === '' || priority === '') {
      throw new SlaError('USAGE', `invalid ${flag} ${quoteValue(text)}: ${quoteValue(item.trim())} is not word=priority; give pairs such as urgent=1,high=2,normal=3 separated by commas`);
    }
    if (out.has(word)) throw new SlaError('USAGE', `invalid ${flag} ${quoteValue(text)}: the word ${quoteValue(word)} is given twice; give each word once`);
    out.set(word, priority);
  }
  return out;
}

/**
 * A preset's priority words with `--priority-map`'s over them, word by word.
 *
 * @example
 * mergePriorityWords(new Map([['high', '2']]), new Map([['high', '1']])).get('high') //=> '1'
 */
export function mergePriorityWords(preset: PriorityWords, flag: PriorityWords): Map<string, string> {
  return new Map([...preset, ...flag]);
}

/**
 * The words resolved against the policy, once before any record is read: a
 * word standing for a priority the policy does not have is refused
 * (`UNKNOWN_PRIORITY`), naming the word and where it came from.
 *
 * @example
 * resolvePriorityWords(new Map([['urgent', '1']]), policy, '--priority-map').get('urgent')!.id //=> 1
 */
export function resolvePriorityWords(words: PriorityWords, policy: Policy, from: string): Map<string, Priority> {
  const out = new Map<string, Priority>();
  for (const [word, written] of words) {
    try {
      out.set(word, findPriority(policy, written));
    } catch (err) {
      if (!(err instanceof SlaError)) throw err;
      throw new SlaError(err.code, `${from} maps ${quoteValue(word)} to a priority the policy does not have: ${err.message}; give --priority-map ${word}=PRIORITY`);
    }
  }
  return out;
}
