/**
 * Some of the customer's users (or numbers, lines, sites), not all of them: "3 of our 40 agents", "3 of our 20 DDIs",
 * "vijf van onze dertig medewerkers", "the other 37
 * agents work normally", "bij de andere 25 gaat alles normaal". A loss that hits some users while the others work is
 * reduced service (priority 2), not a complete loss of service: the policy's priority 1 is a service or an important
 * function completely unavailable.
 */

const COUNT =
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig)';
const USERS =
  '(?:agents?|users?|staff|employees|people|colleagues|extensions|phones|handsets|seats|members|medewerkers|collegas|gebruikers|mensen|agenten|toestellen|werkplekken|plekken|accounts|numbers|ddis|lines|sites|nummers|lijnen|vestigingen|locaties)';
// Any other people a business counts ("field assessors", "advisers", "monteurs"): a plural ending in -ors, -ers, -ists or
// -ants, or the Dutch -ers, -eurs, -isten, -anten.
const PEOPLE = '(?:[a-z]+(?:ors|ers|eurs|ists|ants|isten|anten))';
const WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, twintig: 20, dertig: 30, veertig: 40, vijftig: 50,
};
const value = (n: string): number => WORDS[n] ?? Number(n);
// "3 of our 40 agents", "vijf van onze dertig agents": a part smaller than the whole, of the users.
const PART_OF = new RegExp(`\\b(${COUNT})\\s+(?:of|van)\\s+(?:our|the|onze|de|ons|al\\s+onze|all)?\\s*(?:about\\s+|around\\s+|roughly\\s+|ongeveer\\s+|zo\\s?n\\s+|circa\\s+)?(${COUNT})\\s+(?:[a-z]+\\s+){0,2}?(?:${USERS}|${PEOPLE})\\b`, 'g');
// "The other 37 agents work normally", "the rest of the agents are fine", "bij de andere 25 gaat alles normaal", "de andere
// 34 wel", "bij alle andere medewerkers is het in orde": the other people work (other lines or numbers that work leave
// the one that fails an important function lost).
const OTHERS_WORK = new RegExp(
  `\\b(?:the other|our other|all our other|all other|the remaining|the rest of (?:the|our)|de andere|onze andere|alle andere|de overige|onze overige|alle overige|de rest van (?:de|het|onze))\\s+(?:${COUNT}\\s+)?(?:agents?|users?|staff|colleagues|people|medewerkers|collegas|gebruikers|mensen|agenten|\\d+)\\s+(?:\\w+\\s+){0,6}?(?:work|works|are fine|is fine|are working|is working|work normally|as normal|as usual|werken|werkt|gaat alles|doen het|zijn in orde|is het in orde|in orde|gaat het|wel|do|did|zoals normaal|zoals gewoonlijk|krijgen gewoon|krijgt gewoon|hebben nergens last|have no problems)\\b(?!\\s+(?:not|niet))`,
);

const WHOLE_THEN_PART = new RegExp(`\\bvan\\s+(?:onze|de)\\s+(${COUNT})\\s+${USERS}\\s+(?:\\w+\\s+){1,2}?er\\s+(${COUNT})\\b`, 'g');
// A site of the business, and words that say the other sites are fine: "die hebben nergens last van", "the other
// offices are not affected".
const SITE = /\b(?:vestiging|filiaal|locatie|site|branch|office|store|location|verdieping|floor|afdeling|department)\b/;
const SITES_FINE = new RegExp(
  `\\b(?:hebben|heeft) nergens last van\\b|\\b(?:the other|our other|all other|de andere|onze andere|alle andere)\\s+(?:${COUNT}\\s+)?(?:vestigingen|filialen|locaties|kantoren|winkels|sites|branches|offices|stores|locations)\\s+(?:\\w+\\s+){0,2}?(?:work|works|are fine|are not affected|are unaffected|werken|werkt|zijn in orde)\\b`,
);

/**
 * The words that say only some users are hit, as written (folded to lower case), or null.
 *
 * @example
 * findSomeUsers('3 of our 40 agents can not log in')                  //=> '3 of our 40 agents'
 * findSomeUsers('Bij de andere 25 gaat alles normaal')                 //=> 'de andere 25 gaat alles'
 * findSomeUsers('None of our 40 agents can log in')                    //=> null
 */
export function findSomeUsers(text: string): string | null {
  const folded = text.toLowerCase().replace(/['’]/g, '');
  for (const m of folded.matchAll(PART_OF)) {
    const [words, part, whole] = m;
    if (part !== undefined && whole !== undefined && value(part) > 0 && value(part) < value(whole)) return words;
  }
  // "Van onze 40 agents krijgen er 3 geen gesprekken": the whole first, the part after "er".
  for (const m of folded.matchAll(WHOLE_THEN_PART)) {
    const [words, whole, part] = m;
    if (part !== undefined && whole !== undefined && value(part) > 0 && value(part) < value(whole)) return words;
  }
  const [others] = folded.match(OTHERS_WORK) ?? [];
  if (others !== undefined) return others;
  // "Onze vestiging in Eindhoven kan niet bellen ... Utrecht en Amersfoort hebben nergens last van": one site of several.
  const [fine] = SITE.test(folded) ? folded.match(SITES_FINE) ?? [] : [];
  return fine ?? null;
}
