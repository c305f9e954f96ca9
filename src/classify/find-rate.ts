/**
 * A rate in a ticket's text: "about one call in twenty", "1 op de 10
 * gesprekken", "3 out of 10 calls", "5% of calls". A problem that hits a
 * share of the attempts comes and goes, so a rate anywhere in the ticket makes
 * an outage intermittent (priority 2, not 1). A percentage of what the
 * business amounts to ("Support is 80% of our volume", "90% of our customers
 * only have a mobile number") is no rate.
 */

const NUMBER =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)';
const OF =
  '(?:\\d{1,3}(?:[.,]\\d{3})+|\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd)';
// "10 calls a day out of roughly 600", "acht keer op de ca. 300": up to three words between the part and "out of",
// and a word of about before the whole.
const ABOUT = '(?:roughly\\s+|about\\s+|around\\s+|some\\s+|approximately\\s+|ongeveer\\s+|ca\\.?\\s+|circa\\s+|zo\\s?n\\s+|pakweg\\s+|~\\s*)?';
// "één" starts with a letter outside \w, so the start is "no letter or digit before", not \b.
const SHARE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NUMBER})(?:\\s+[a-z]+){0,3}?\\s+(?:in|out of|op|uit|van de)\\s+(?:de\\s+|every\\s+|each\\s+|elke\\s+|iedere\\s+)?${ABOUT}(${OF})(?![\\p{L}\\p{N}])`,
  'gu',
);
const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, een: 1, één: 1, two: 2, twee: 2, three: 3, drie: 3, four: 4, vier: 4, five: 5, vijf: 5, six: 6, zes: 6,
  seven: 7, zeven: 7, eight: 8, acht: 8, nine: 9, negen: 9, ten: 10, tien: 10, twelve: 12, twaalf: 12, fifteen: 15, vijftien: 15,
  twenty: 20, twintig: 20, thirty: 30, dertig: 30, forty: 40, veertig: 40, fifty: 50, vijftig: 50, hundred: 100, honderd: 100,
};
// "1.240" and "1,240" are one thousand two hundred and forty.
const value = (n: string): number => WORDS[n] ?? Number(n.replace(/[.,](?=\d{3}\b)/g, ''));
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
  // "0 delivered out of about 600" is none of them, not a share.
  // "A phone system in 2024": a year is no whole.
  for (const m of folded.matchAll(SHARE)) {
    const [rate, part, whole] = m;
    if (part === undefined || whole === undefined || value(part) <= 0 || value(part) >= value(whole) || /^(19|20)\d\d$/.test(whole)) continue;
    // "Onze eerste lijn moet ongeveer 1 op de 3 gesprekken doorzetten": the share of traffic a function must serve, not a
    // share that fails.
    if (MUST_SERVE.test(sentenceBefore(folded, m.index ?? 0))) continue;
    return rate;
  }
  // "In around 1 of 5 attempts", "1 of 20 WhatsApp messages": a share of attempts said with "of".
  for (const [rate, part, whole] of folded.matchAll(OF_ATTEMPTS)) if (part !== undefined && whole !== undefined && value(part) > 0 && value(part) < value(whole)) return rate;
  // "Roughly every third call", "elke vijfde beller": an ordinal share.
  const [ordinal] = folded.match(ORDINAL) ?? [];
  if (ordinal !== undefined) return ordinal.trim();
  for (const percent of folded.matchAll(PERCENT_ALL)) {
    const after = folded.slice((percent.index ?? 0) + percent[0].length);
    const before = folded.slice(0, percent.index ?? 0);
    // "Support is 80% of our volume", "90% of our customers only have a mobile": a share of the business, not of the attempts that fail.
    if (COMPOSITION.test(before) || SHARE_OF_BUSINESS.test(after)) continue;
    return percent[0].replace(/^[^\d]/, '').replace(/\s*(?:of|van)$/, '').trim();
  }
  // "About a fifth of the messages never arrive", "ongeveer een vijfde komt niet aan": a fraction said in words.
  const [fraction] = folded.match(FRACTION) ?? [];
  if (fraction !== undefined) return fraction.trim();
  // "5-10 calls per day from 300": a part of a period's calls out of the period's whole.
  for (const [rate, part, whole] of folded.matchAll(PER_PERIOD)) if (part !== undefined && whole !== undefined && value(part) < value(whole)) return rate;
  // "Uit onze steekproef: ongeveer 5%, status blijft hangen": an estimated share, standing alone at a clause end.
  // "Ongeveer 10% niet aankomt", "about 5% fail": an estimated share said of what fails.
  const [failing] = folded.match(ESTIMATE_FAILING) ?? [];
  if (failing !== undefined) return failing.replace(/\s+\S+$/, '').trim();
  const [estimate] = folded.match(ESTIMATE) ?? [];
  return estimate === undefined ? null : estimate.replace(/[,.;:()]$/, '').trim();
}

// A word of having to, in the sentence before a share: "moet ... 1 op de 3 gesprekken doorzetten", "we need to transfer 1 in 3".
const MUST_SERVE = /\b(?:moet|moeten|must|need to|needs to|have to|has to)\b/;
/** The text of a sentence before `at`: from the last sentence end before it. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const end = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  return before.slice(end + 1);
}

// A word of estimating, then a percentage below 100 and a clause end: "about 5%.", "ongeveer 5%,", "(roughly 30%)"; not "the disk is
// at about 95% full" (no clause end after it).
const ESTIMATE = /\b(?:about|roughly|around|approximately|some|ongeveer|circa|zo\s?n|pakweg)\s+(?:[1-9]\d?|\d[.,]\d+)\s?(?:%|percent\b|procent\b)\s*(?:[,.;:()]|$)/m;

// A part "of" a whole of attempts, calls or messages ("1 of 5 attempts", "1 of 20 whatsapp messages"); "3 of our 40 agents"
// is some users (find-some-users.ts), not a rate.
const OF_ATTEMPTS = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NUMBER})\\s+(?:of|van)\\s+${ABOUT}(${OF})\\s+(?:[a-z]+\\s+)?(?:attempts|tries|calls|messages|texts|pogingen|gesprekken|oproepen|berichten|sms)\\b`,
  'gu',
);
// A word of estimating and a percentage below 100, then a failure: "ongeveer 10% niet", "about 5% fail".
const ESTIMATE_FAILING = /\b(?:about|roughly|around|approximately|some|ongeveer|circa|zo\s?n|pakweg)\s+(?:[1-9]\d?|\d[.,]\d+)\s?(?:%|percent\b|procent\b)\s+(?:niet|not|never|nooit|fails?|failing|mislukt|mislukken|faalt|falen|doesnt|dont|gets?|krijgt|krijgen)\b/;

// "every third call", "elke vijfde beller", "every other attempt": one of every few, said with an ordinal and what it counts.
const ORDINAL =
  /\b(?:every|each|elke|iedere)\s+(?:other|second|third|fourth|fifth|sixth|tenth|2nd|3rd|4th|5th|tweede|derde|vierde|vijfde|zesde|tiende)(?:\s+(?:or|of|to|tot)\s+(?:second|third|fourth|fifth|tweede|derde|vierde|vijfde))?\s+(?:call|caller|message|attempt|try|time|sms|text|gesprek|beller|oproep|bericht|poging|keer)\w*/;

// A fraction below one half in words: "a fifth", "een vijfde", "a tenth". A half is left to the phrases (it is also
// a time of day: "half eight").
const FRACTION = /\b(?:a|one|een|één)\s+(?:third|quarter|fifth|sixth|tenth|derde|kwart|vijfde|zesde|tiende)\b/;
// "5-10 calls per day from 300", "4 gesprekken per dag van 250": the part, a period, then "from"/"of"/"van" and the whole.
const PER_PERIOD = new RegExp(`\\b(${NUMBER})(?:\\s+[a-z]+)?\\s+(?:per|a|an|each|every)\\s+(?:day|hour|week|dag|uur)\\s+(?:from|of|van)\\s+${ABOUT}(${OF})\\b`, 'g');

const PERCENT_ALL = new RegExp(PERCENT.source, 'g');
// A percentage right after "is"/"are"/"makes up" says what something amounts to.
// "Support is about 80% of our calls", "we doen ongeveer 70% van ...", "daar komt normaal 90% ... binnen": also after a word
// of doing or carrying, and after a word of about or of what is usual.
const COMPOSITION =
  /\b(?:is|are|was|were|where|waar|makes up|make up|accounts for|account for|good for|goed voor|handles?|carries|carry|does|do|zijn|vormt|vormen|maakt|beslaat|doet|doen|draagt|normally|usually|typically|normaal|normaal gesproken|meestal|gewoonlijk)\s*(?:(?:about|roughly|around|approximately|almost|nearly|over|more than|easily|well over|at least|ongeveer|circa|ca\.?|bijna|ruim|meer dan|zeker|minstens|zo\s?n|pakweg)\s*)?$/;
// A percentage of the customer's customers, volume or revenue is how much something matters; so is one of all calls
// with nothing after it ("our biggest line, about 70% of all calls.") or one kind of them ("80% of our calls are support
// calls").
// "All our traffic" ("al ons belverkeer") is the whole of the business, so a share of it says how much a part carries,
// and a Dutch compound ending in traffic or contacts ("belverkeer", "klantcontacten") is traffic too.
const SHARE_OF_BUSINESS =
  /^\s*(?:all|al|alle)?\s*(?:of\s+)?(?:our|onze|ons|the|de|het|their|hun)?\s*(?:customers|contact|customer contact|call volume|clients|volume|revenue|business|turnover|traffic|sales|patients|contacts|customer contacts|klanten|omzet|verkeer|volume|patienten|patiënten|cliënten|clienten|bedrijf|[a-z]*verkeer|[a-z]*contact(?:en)?|(?:our|onze|the|de)?\s*(?:calls|oproepen|gesprekken)\s+(?:is|are|zijn|gaat|gaan)\s+(?:for|about|voor|over)|customer service|customer care|support|klantenservice|klantendienst|orders|bestellingen|werk|work|users|gebruikers|afspraken|appointments|bookings|boekingen|reserveringen|reservations|vragen|questions|enquiries|klantvragen)\b|^\s*(?:all|alle)\s+(?:of\s+)?(?:our\s+|onze\s+)?(?:calls|gesprekken|telefoontjes|oproepen)\s*(?:[.!)]|$)|^\s*(?:our|onze|the|de)?\s*(?:calls|gesprekken|oproepen)\s+(?:are|zijn)\s+(?:[a-z]+\s+)?(?:calls|gesprekken|oproepen)\b|^\s*(?:our|onze|the|de)\s+(?:[a-z]+\s+)?(?:calls|gesprekken|oproepen)\s+(?:are|zijn)\s+(?!(?:[a-z]+ed|mislukt|verbroken|weggevallen|gemist|afgebroken|kwijt|lost|cut|not|niet)\b)[a-z]+\b/;
