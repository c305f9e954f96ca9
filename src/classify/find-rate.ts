/**
 * A rate in a ticket's text: "about one call in twenty", "1 op de 10
 * gesprekken", "3 out of 10 calls", "5% of calls". A problem that hits a
 * share of the attempts comes and goes, so a rate anywhere in the ticket makes
 * an outage intermittent (priority 2, not 1).
 */

const NUMBER =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)';
const OF =
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd)';
const SHARE = new RegExp(`\\b(${NUMBER})(?:\\s+[a-z]+)?\\s+(?:in|out of|op|uit)\\s+(?:de\\s+|every\\s+|each\\s+|elke\\s+|iedere\\s+)?(${OF})\\b`, 'g');
const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, een: 1, één: 1, two: 2, twee: 2, three: 3, drie: 3, four: 4, vier: 4, five: 5, vijf: 5, six: 6, zes: 6,
  seven: 7, zeven: 7, eight: 8, acht: 8, nine: 9, negen: 9, ten: 10, tien: 10, twelve: 12, twaalf: 12, fifteen: 15, vijftien: 15,
  twenty: 20, twintig: 20, thirty: 30, dertig: 30, forty: 40, veertig: 40, fifty: 50, vijftig: 50, hundred: 100, honderd: 100,
};
const value = (n: string): number => WORDS[n] ?? Number(n);
// A percentage below 100 of something: "5% of calls", "20 procent van de gesprekken". "100% of calls
// fail" is everything, not a share, and "the storage is 95% full" is no rate.
const PERCENT = /(?:^|[^\d.,])([1-9]\d?|0[.,]\d+|\d[.,]\d+)\s?(?:%|percent\b|procent\b)\s*(?:of|van)\b/;

/**
 * The first rate stated in `text`, as written (folded), or null.
 *
 * @example
 * findRate('About one call in twenty gets cut off') //=> 'one call in twenty'
 * findRate('Alle gesprekken vallen weg')            //=> null
 */
export function findRate(text: string): string | null {
  // Lower case is enough: rates are digits and plain words ("één" is matched as written).
  const folded = text.toLowerCase();
  // "1 in 20" is a share only when the part is smaller than the whole: "20 agents in 2 teams" is not.
  for (const [rate, part, whole] of folded.matchAll(SHARE)) if (part !== undefined && whole !== undefined && value(part) < value(whole)) return rate;
  const percent = PERCENT.exec(folded);
  return percent ? percent[0].replace(/^[^\d]/, '').replace(/\s*(?:of|van)$/, '').trim() : null;
}
