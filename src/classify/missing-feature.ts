/**
 * A product that lacks something, said the way customers say it: "there is no option for holidays", "only one
 * from/to per day", "MMS is supported for US numbers only", "every other system can do this", "bij onze vorige
 * leverancier kon dat", "nog geen Teams-integratie", "kan ik maar één wachtmuziek uploaden". Beside a request for a
 * feature, such a statement makes "broken" or "werkt niet" a complaint about what was never there: a feature request
 * (priority 3), not a function down.
 */

const MISSING = new RegExp(
  [
    // English
    'no (?:option|setting|settings|field|toggle|button) (?:for|to)',
    'no way to set',
    'there(?:s| is) nothing for',
    'there are only (?:one|two|three|\\d+) options',
    'only (?:one|a single) (?:[a-z/]+ ){1,2}(?:per|for each)',
    'supported for [a-z ,]+ only',
    'only supported',
    '(?:is|are) not (?:currently |yet )?supported',
    'only available (?:to|for|in|on)',
    'the only [a-z]+ in the list',
    'you can only',
    'cant find (?:any|a) (?:setting|option)',
    'no setting for',
    'not (?:yet )?available (?:for|in|on)',
    '(?:doesnt|does not|wont|will not) work with (?!(?:us|me|it)\\b)[a-z]',
    'not compatible',
    '(?:every|any) other (?:[a-z]+ )?(?:system|platform|provider|supplier|vendor)s? (?:we(?:ve)? [a-z]+ )?(?:can|does|do|has|have|offers?|lets)',
    '(?:every|each|any) competitor',
    '(?:arent|are not|isnt|is not) included',
    '(?:our )?(?:old|previous|last) (?:provider|supplier|system|platform|vendor)',
    '(?:doesnt|does not|dont|do not) (?:seem to )?exist',
    'if it (?:doesnt|does not|isnt|is not) (?:exist|there)',
    'on (?:the|your) roadmap',
    '(?:that|this) (?:is not|isnt) possible (?:now|yet|today|at the moment)',
    '(?:this|it) (?:isnt|is not) there already',
    'there(?:s| is) no [a-z]+ (?:[a-z]+ )?(?:percentage|column|field|tile|option|widget|metric|filter)',
    'other (?:providers|vendors|systems|platforms) (?:have|offer|do|can|let)',
    'only ever (?:shows?|lets?|has|gives?)',
    // Dutch
    'nergens een (?:optie|instelling|knop|veld)',
    'geen (?:optie|instelling|mogelijkheid|knop|veld|blok) (?:voor|om)',
    'maar (?:een|één) [a-z]+ (?:uploaden|instellen|kiezen|per)',
    'maar (?:een|één) (?:veld|optie|instelling|knop)',
    'je kunt alleen',
    'alleen per (?:uur|dag|week|maand|wachtrij|account)',
    'nog geen [a-z-]*(?:integratie|koppeling|ondersteuning|optie)',
    'ondersteun(?:t|en) (?:geen|alleen|nog geen)',
    'werkt niet met',
    '(?:lijkt|schijnt) niet te bestaan',
    'dat kan (?:nu |nog |op dit moment )?niet',
    'bestaat (?:nog )?niet',
    // Said in a clause of its own: "dat terugbellen vanuit de wachtrij nog niet bestaat", "als het er niet in zit".
    'nog niet bestaat',
    'op de roadmap',
    'nooit (?:in)?gebouwd',
    '(?:nooit|niet) ingebouwd',
    '(?:elke|iedere) concurrent',
    'er (?:nooit|nog nooit) in (?:gezeten|gezet)',
    'als het er (?:nog )?niet in zit',
    'nergens iets over',
    'andere (?:leveranciers|providers|aanbieders) (?:hebben|kunnen|bieden)',
    'niet compatibel',
    '(?:elk|ieder) ander (?:systeem|pakket|platform)',
    'andere (?:systemen|leveranciers|aanbieders|pakketten|providers)(?: [a-z]+){0,3} (?:kunnen|hebben|bieden)',
    '(?:bij )?(?:onze|de) vorige (?:leverancier|aanbieder|provider)',
    '(?:hun|onze|de) oude (?:leverancier|aanbieder|provider)',
  ].join('|'),
);

/**
 * The words that say the product lacks something, as written (folded to lower case), or null.
 *
 * @example
 * missingFeature('In the settings there is no option for holidays.') //=> 'no option for'
 * missingFeature('Bij onze vorige leverancier kon dat gewoon.')      //=> 'bij onze vorige leverancier'
 * missingFeature('Since this morning nobody can call us.')           //=> null
 */
export function missingFeature(text: string): string | null {
  const [found] = text.toLowerCase().replace(/['’]/g, '').match(MISSING) ?? [];
  return found ?? null;
}
