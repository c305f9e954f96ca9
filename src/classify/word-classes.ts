/**
 * Classes of words that the clause recognisers (`recognise-*.ts`) read
 * sentences by, in folded form (lower case, no accents or apostrophes, see
 * `text.ts`). They are written for kinds of sentence rather than for single
 * tickets: phrases name wordings one by one, a class covers every sentence
 * built the same way ("agents now ...", "colleagues for the time being ...",
 * "medewerkers bellen voorlopig ..."). Add a word to a class only for a miss
 * on the development part (test/classify/corpus/README.md).
 */
import type { Lang } from './types';

/** Words of one class, per language. */
export type WordClass = Readonly<Record<Lang, ReadonlySet<string>>>;

const cls = (en: readonly string[], nl: readonly string[]): WordClass => ({ en: new Set(en), nl: new Set(nl) });

/**
 * The customer's side as the subject of a sentence: the people who work
 * around a failure. Callers and customers are left out: "callers now hear a
 * busy tone" is the failure itself. "were" is "we're" folded.
 */
export const SUBJECTS = cls(
  [
    'we', 'weve', 'wed', 'were', 'ive', 'agents', 'colleagues', 'staff', 'users', 'people', 'reception', 'receptionists', 'employees', 'team',
    'everyone', 'everybody', 'operators', 'assistants', 'i', 'reps', 'nurses', 'secretaries', 'engineers', 'admins', 'doctors', 'drivers', 'receptionist', 'guys',
    'supervisors', 'leads', 'managers',
  ],
  ['we', 'wij', 'medewerkers', 'collegas', 'gebruikers', 'mensen', 'receptie', 'agents', 'iedereen', 'team', 'telefonisten', 'assistentes', 'assistenten', 'leidinggevenden', 'teamleiders', 'teamleads', 'supervisors', 'ik', 'wijzelf'],
);

/**
 * Whether a word names someone of the customer's side (`SUBJECTS`), also as the head of a Dutch compound:
 * "salesmensen", "baliemedewerkers", "teamcollega's".
 *
 * @example
 * isSubject('salesmensen') //=> true
 * isSubject('bellers')     //=> false
 */
export function isSubject(word: string): boolean {
  if (SUBJECTS.en.has(word) || SUBJECTS.nl.has(word)) return true;
  // As for Dutch phrase words: a word of five letters or more heads a compound with at least three more letters.
  for (const head of SUBJECTS.nl) if (head.length >= 5 && word.length >= head.length + 3 && word.endsWith(head)) return true;
  return false;
}

/**
 * One word that puts an action in the time until the failure is over: "agents now ...", "voorlopig ..."; or that
 * welcomes it as a way out: "luckily everyone has the softphone", "gelukkig heeft iedereen ...".
 */
export const FOR_NOW = cls(
  ['now', 'currently', 'temporarily', 'meanwhile', 'meantime', 'interim', 'stopgap', 'temporary', 'provisionally', 'luckily', 'fortunately', 'moment'],
  ['nu', 'momenteel', 'moment', 'voorlopig', 'tijdelijk', 'tijdelijke', 'intussen', 'ondertussen', 'tussentijd', 'zolang', 'voortaan', 'noodoplossing', 'noodgreep', 'tussenoplossing', 'provisorisch', 'gelukkig'],
);

/**
 * Verbs of moving work elsewhere ("we've moved the urgent calls to our ISDN
 * lines", "we zijn uitgeweken naar de softphone"), read with a subject and a
 * word of direction after them.
 */
export const SUBSTITUTE = cls(
  ['switched', 'moved', 'diverted', 'rerouted', 'redirected', 'forwarded', 'forwarding', 'rolled', 'reverted', 'fell', 'falling', 'routed', 'routing', 'transferred', 'overflow', 'overflowing'],
  ['uitgeweken', 'uitwijken', 'overgestapt', 'overstappen', 'omgeleid', 'omleiden', 'doorgeschakeld', 'doorschakelen', 'verplaatst', 'teruggegaan', 'teruggezet', 'omgezet', 'omgeschakeld', 'overgeschakeld', 'uitgeweken', 'gerouteerd', 'overlopen'],
);
/** Where moved work goes: "to", "back", "naar", "via". */
export const DIRECTION = cls(['to', 'back', 'onto', 'over', 'via', 'through'], ['naar', 'terug', 'op', 'over', 'via']);
/** Words of a cause, not a remedy: "since we moved to the new office". */
export const CAUSE = cls(['since', 'after', 'because', 'when'], ['sinds', 'na', 'nadat', 'omdat', 'sindsdien']);
/** "can still", "kunnen nog", "kan wel": something stays possible. */
export const CAN = cls(['can', 'could'], ['kan', 'kunnen', 'kunt', 'konden']);
export const STILL = cls(['still'], ['nog', 'wel']);
/** Who may still manage: the customer's side and the people who call it. */
export const STILL_SUBJECTS = cls(['customers', 'callers', 'clients', 'patients'], ['klanten', 'bellers', 'patienten', 'cliënten']);

/** Time markers that name a stopgap themselves: "als noodoplossing", "a temporary number". */
export const STOPGAP = cls(['stopgap', 'interim', 'temporary', 'provisionally', 'makeshift'], ['noodoplossing', 'noodgreep', 'tussenoplossing', 'provisorisch', 'tijdelijke']);

/**
 * What an action for the time being does instead: another way or means
 * ("via", "instead", "own mobiles", "by hand", "the softphone", "WhatsApp";
 * "zelf", "eigen", "handmatig", "de website"). Without one, "we are currently
 * in our busiest week" or "agents now work from home" is no workaround.
 */
export const INSTEAD = cls(
  [
    'via', 'through', 'instead', 'own', 'mobile', 'mobiles', 'cell', 'cellphone', 'cellphones', 'personal', 'private', 'manually', 'manual', 'hand',
    'other', 'another', 'alternative', 'old', 'backup', 'spare', 'second', 'direct', 'directly', 'email', 'mail', 'whatsapp', 'teams', 'chat',
    'website', 'site', 'landline', 'landlines', 'softphone', 'softphones', 'desktop', 'laptop', 'laptops', 'paper', 'forward', 'forwarding',
    'redirect', 'redirecting', 'route', 'routing', 'divert', 'diverting', 'themselves', 'fallback', 'failover', 'analogue', 'isdn',
    'emailing', 'texting', 'web', 'browser', 'chrome', 'webapp', 'callback', 'callbacks', 'portal', 'retyped', 'retyping', 'copied', 'copying', 'desk', 'handsets', 'straight',
  ],
  [
    'via', 'zelf', 'eigen', 'mobiel', 'mobiele', 'mobieltjes', 'gsm', 'prive', 'handmatig', 'hand', 'andere', 'ander', 'alternatief', 'oude',
    'reserve', 'backup', 'tweede', 'direct', 'directe', 'mail', 'email', 'whatsapp', 'teams', 'chat', 'website', 'site', 'vaste', 'softphone',
    'desktop', 'laptop', 'laptops', 'papier', 'doorschakelen', 'omleiden', 'noodnummer', 'analoge', 'isdn', 'terug', 'plaats', 'mailen',
    'emailen', 'whatsappen', 'appen', 'webversie', 'webapp', 'browser', 'chrome', 'terugbellen', 'portaal', 'overgetypt', 'overtypen', 'overgetikt', 'overtikken', 'overgeschreven', 'overschrijven', 'bureautoestel', 'bureautoestellen', 'afluisteren',
    // "De voicemails staan wel in de app, daar luisteren we ze nu af": there, the place just named as working.
    'daar', 'daarmee', 'daarvia', 'browserversie',
  ],
);

/** Another way, after a negator: "haven't found any other way", "geen enkele andere route" (`OTHER` before `WAYS`). */
export const OTHER = cls(['other', 'another', 'alternative', 'different'], ['andere', 'ander', 'alternatieve']);
export const WAYS = cls(
  ['way', 'ways', 'route', 'routes', 'option', 'options', 'method', 'means', 'solution', 'channel', 'number', 'alternative'],
  ['manier', 'manieren', 'route', 'routes', 'optie', 'opties', 'methode', 'oplossing', 'kanaal', 'nummer', 'alternatief', 'weg'],
);

/** Dutch verbs of moving work that split around their object: "leiden we die gesprekken om", "schakelen we door". */
export const SPLIT_VERBS = new Set(['leiden', 'leidt', 'schakelen', 'schakelt', 'zetten', 'zet', 'sturen', 'stuurt', 'wijken', 'wijkt']);
export const SPLIT_PARTICLES = new Set(['om', 'door', 'uit']);

/** Words that open "until it is fixed" ("until", "tot"), and the words that close it. */
export const UNTIL = cls(['until', 'till', 'til'], ['tot', 'totdat']);
export const FIXED = cls(
  ['fixed', 'fix', 'resolved', 'resolve', 'solved', 'solve', 'sorted', 'working', 'works', 'back', 'repaired', 'restored', 'up'],
  ['opgelost', 'oplossen', 'verholpen', 'verhelpen', 'gefixt', 'fixen', 'hersteld', 'herstellen', 'werkt', 'draaiend', 'gerepareerd', 'repareren'],
);

/** Words that say, in a clause, that something fails rather than that someone does something else. */
export const FAILING = cls(
  ['fail', 'fails', 'failed', 'failing', 'error', 'errors', 'broken', 'down', 'dead', 'crash', 'crashes', 'crashed', 'stuck', 'hangs', 'drop', 'drops', 'dropped', 'lost', 'lose', 'losing', 'missing', 'wait', 'waiting', 'idle', 'unreachable', 'unavailable', 'silence', 'busy', 'outage', 'disconnected', 'cut', 'hear', 'see', 'get', 'gets', 'receive', 'nothing', 'affects', 'affected', 'affecting', 'hits', 'impacts'],
  ['mislukt', 'mislukken', 'fout', 'foutmelding', 'kapot', 'plat', 'hangt', 'hangen', 'vallen', 'valt', 'weg', 'kwijt', 'ontbreekt', 'ontbreken', 'wachten', 'stil', 'stilte', 'bezet', 'onbereikbaar', 'storing', 'verbroken', 'horen', 'hoort', 'zien', 'ziet', 'krijgen', 'krijgt', 'ontvangen', 'niets', 'niks', 'treft', 'treffen', 'getroffen', 'raakt', 'geraakt'],
);

/** Words that turn a clause into a request or a wish rather than a statement. */
export const ASKING_WORDS = cls(['could', 'would', 'should', 'please', 'if', 'whether'], ['zou', 'zouden', 'graag', 'indien']);

/** Words that say an alternative works: "the mobile app works, so ...". */
export const WORKS = cls(['works', 'work', 'working', 'does', 'do'], ['werkt', 'werken', 'doet', 'doen']);
/** Words that draw the consequence: "..., so people use it". */
export const SO = cls(['so'], ['dus', 'daarom']);

/**
 * Words that name a place to test in, as a word of their own before the
 * place ("test tenant", "QA setup", "demo account") or, in Dutch, as the head
 * of a compound ("testomgeving", "pilotgroep", "acceptatieserver").
 */
export const TEST_WORDS = cls(
  ['test', 'testing', 'qa', 'uat', 'staging', 'sandbox', 'demo', 'training', 'pilot', 'poc', 'trial', 'acceptance', 'preprod', 'evaluation', 'lab'],
  ['test', 'demo', 'training', 'trainings', 'opleidings', 'acceptatie', 'proef', 'pilot', 'oefen', 'staging', 'sandbox', 'qa', 'uat', 'evaluatie', 'lab'],
);

/** Words that name a place to build in: "dev server", "ontwikkelomgeving". */
export const DEV_WORDS = cls(['dev', 'development', 'developer', 'devel'], ['dev', 'ontwikkel', 'ontwikkelaars', 'development', 'developer']);

/** The places a test word qualifies: an environment, a tenant, the lines or people in it. */
export const PLACES = cls(
  [
    'environment', 'environments', 'env', 'tenant', 'tenants', 'account', 'accounts', 'server', 'servers', 'instance', 'instances', 'setup',
    'system', 'systems', 'region', 'line', 'lines', 'number', 'numbers', 'agents', 'agent', 'users', 'user', 'group', 'groups', 'database', 'db',
    'app', 'site', 'platform', 'org', 'organisation', 'organization', 'subscription', 'machine', 'machines', 'device', 'devices', 'pbx', 'trunk',
    'queue', 'queues', 'phones', 'box', 'cluster', 'stack', 'workspace', 'project', 'domain', 'portal', 'flow', 'ivr', 'extension', 'extensions',
    'laptop', 'laptops', 'version', 'build', 'deployment', 'installation', 'install', 'licence', 'license', 'key', 'keys', 'slot', 'lab',
  ],
  [
    'omgeving', 'omgevingen', 'tenant', 'tenants', 'account', 'accounts', 'server', 'servers', 'systeem', 'systemen', 'opstelling', 'regio',
    'lijn', 'lijnen', 'nummer', 'nummers', 'medewerker', 'medewerkers', 'agent', 'agents', 'gebruiker', 'gebruikers', 'groep', 'groepen',
    'database', 'app', 'site', 'platform', 'toestel', 'toestellen', 'laptop', 'laptops', 'machine', 'machines', 'centrale', 'wachtrij',
    'installatie', 'versie', 'flow', 'keuzemenu', 'portaal', 'abonnement', 'licentie', 'sleutel', 'inrichting', 'telefoon', 'telefoons',
    'toestelnummer', 'toestelnummers', 'build', 'instantie', 'domein', 'project', 'werkplek', 'werkplekken', 'sleutels', 'lab',
  ],
);

/** Words that put a place after them ("in QA", "op acceptatie", "on staging", "alleen test"), so a test word alone names the place. */
export const IN_PLACE = cls(['in', 'on', 'our', 'the', 'to', 'from', 'only', 'just'], ['in', 'op', 'onze', 'ons', 'de', 'het', 'naar', 'van', 'alleen']);

/** Before a negator at a clause's end, a condition or an alternative: "if not", "or not", "zo niet", "of niet". */
export const IF_OR = cls(['if', 'or', 'whether'], ['zo', 'of', 'zoniet', 'indien']);

/** Words that open a question about what is to come: "Will our phones be down tonight?", "Gaat de telefonie plat?". */
export const FUTURE_ASKS = cls(['will', 'would', 'might', 'shall'], ['zal', 'zullen', 'gaat', 'gaan']);

/**
 * Words that open what the writer wants to happen: "so that an agent in a meeting doesn't get queue calls", "zodat
 * ze niet gestoord worden". "so" counts only before "that" ("so nobody can call" states a failure).
 */
export const PURPOSE = cls(['so'], ['zodat', 'opdat']);

/** The word before a question reported: 'your colleague asked if "some calls drop"', 'vroeg of "..."'. */
export const ASKED_IF = cls(['if', 'whether'], ['of']);

/**
 * What the customer's side may not have done, after "we haven't", "I didn't": a change, not a failure ("we haven't
 * added any users", "I didn't touch anything"). Dutch puts the verb last and is read over the clause.
 */
export const OWN_ACTIONS = cls(
  ['added', 'changed', 'touched', 'modified', 'altered', 'updated', 'installed', 'removed', 'deleted', 'configured', 'done', 'ordered', 'used', 'add', 'change', 'touch', 'modify', 'use', 'order'],
  [],
);

/** Words that ask for something: "could you", "kunnen jullie", "graag". */
export const REQUEST_OPENERS = cls(['could', 'can', 'would', 'will', 'please', 'pls', 'plz', 'kindly', 'like', 'want', 'need'], ['kunnen', 'kunt', 'kun', 'zou', 'zouden', 'wil', 'willen', 'wilt', 'graag', 'aub', 'svp', 'alstublieft', 'alsjeblieft']);

/** Who a request is put to. */
export const ADDRESSEES = cls(['you', 'u', 'someone', 'somebody', 'anyone'], ['jullie', 'je', 'u', 'jij', 'iemand']);

/** Words that make a request or question a how-to: how to do something, or set it up. */
export const HOW = cls(['how', 'walk', 'setting', 'configure', 'configuring', 'steps'], ['hoe', 'instellen', 'inrichten', 'configureren', 'stappen']);

/**
 * Words that say a ticket is about a failure, so that a question in it asks
 * about that failure rather than about the product ("calls fail, can you
 * check?"): read only when no phrase stated an impact.
 */
export const TROUBLE = cls(
  [
    'fail', 'fails', 'failed', 'failing', 'failure', 'error', 'errors', 'broken', 'broke', 'down', 'dead', 'crash', 'crashes', 'crashed',
    'stuck', 'hangs', 'hanging', 'outage', 'incident', 'problem', 'problems', 'issue', 'issues', 'bug', 'wrong', 'lost', 'missing', 'drop',
    'drops', 'dropped', 'disconnected', 'unreachable', 'unavailable', 'offline', 'blocked', 'blank', 'empty', 'stopped', 'loading', 'timeout',
    'slow', 'freezes', 'frozen', 'urgent', 'urgently', 'asap', 'emergency', 'critical', 'immediately', 'p1', 'prio', 'priority', 'escalate',
    'since', 'anymore', 'suddenly', 'weird', 'strange', 'greyed', 'rejected', 'denied', 'refused', 'invalid', 'unexpected', 'unknown', 'impossible',
  ],
  [
    'mislukt', 'mislukken', 'fout', 'fouten', 'foutmelding', 'kapot', 'plat', 'hangt', 'hangen', 'storing', 'storingen', 'probleem',
    'problemen', 'incident', 'bug', 'verkeerd', 'kwijt', 'ontbreekt', 'ontbreken', 'valt', 'vallen', 'verbroken', 'onbereikbaar',
    'offline', 'geblokkeerd', 'leeg', 'lege', 'gestopt', 'laden', 'traag', 'bevroren', 'dringend', 'spoed', 'zsm', 'noodgeval', 'kritiek',
    'meteen', 'p1', 'prio', 'prioriteit', 'escaleren', 'sinds', 'ineens', 'opeens', 'raar', 'vreemd',
    'grijs', 'geweigerd', 'ongeldig', 'onverwacht', 'onbekend', 'onmogelijk', 'mis', 'fails', 'error', 'failed', 'down', 'broken',
  ],
);

/**
 * What a request about the ticket itself or about the failure asks for: an
 * update, a reply, a call, a meeting, a look at an attachment, a fix, to be kept posted or have it followed up. Such a
 * request says nothing about the kind of ticket: the filed priority stands.
 */
export const ABOUT_THE_TICKET = cls(
  [
    'update', 'updates', 'news', 'status', 'progress', 'reply', 'replied', 'response', 'respond', 'answer', 'speak', 'talk',
    'meeting', 'meet', 'appointment', 'plan', 'attached', 'attachment', 'screenshot', 'fix', 'solve', 'repair', 'investigate', 'look', 'escalate',
    'follow', 'ticket', 'case', 'contact', 'callback', 'resolve', 'sort', 'posted', 'informed', 'called',
    // "Please see below from our client and advise": a forwarded message to read, not a question of the writer's.
    'below', 'advise', 'forwarded', 'asked', 'pick', 'raise',
  ],
  [
    'update', 'updates', 'nieuws', 'stand', 'status', 'voortgang', 'antwoord', 'reactie', 'reageren', 'terugbellen', 'spreken',
    'praten', 'afspraak', 'overleg', 'bijlage', 'screenshot', 'oplossen', 'repareren', 'uitzoeken', 'kijken', 'onderzoeken', 'escaleren', 'ticket',
    'melding', 'contact', 'verhelpen', 'fixen', 'zaak', 'opvolgen', 'hoogte', 'gebeld', 'terugbelverzoek', 'belverzoek',
    'hieronder', 'onderstaande', 'onderstaand', 'adviseren', 'advies', 'doorgestuurd', 'gevraagd', 'oppakken', 'oppakt', 'pakken', 'opvolging', 'opvolgen',
  ],
);

/**
 * A request to look at what the ticket described: a verb of checking or
 * mending with no object of its own, or a word pointing back ("can you check
 * this?", "could you please correct it?", "kunnen jullie dit controleren?").
 */
export const MEND = cls(
  ['check', 'look', 'correct', 'fix', 'help', 'change', 'sort', 'investigate', 'review', 'see', 'verify', 'restore', 'reset', 'solve'],
  ['controleren', 'nakijken', 'kijken', 'bekijken', 'corrigeren', 'aanpassen', 'oplossen', 'helpen', 'veranderen', 'terugzetten', 'herstellen', 'verhelpen', 'checken', 'onderzoeken'],
);
export const BACK_REFERENCES = cls(['this', 'it', 'that', 'these', 'them', 'us', 'me'], ['dit', 'dat', 'het', 'deze', 'die', 'er', 'ons', 'mij', 'me', 'hiernaar', 'ernaar']);

/** "Call me", "bel ons terug": a request to be called is about the ticket. */
export const CALL = cls(['call', 'ring', 'phone'], ['bel', 'bellen', 'belt']);
export const BACK = cls(['me', 'us', 'back'], ['me', 'mij', 'ons', 'terug']);

/**
 * Word starts that name a loss of quality rather than of service: sound that
 * stutters or crackles, screens that flicker or lag, things that happen twice
 * ("haperen", "ruis", "blikkerig", "traag").
 */
export const QUALITY = cls(
  ['flicker', 'stutter', 'lag', 'choppy', 'crackl', 'static', 'echo', 'noise', 'noisy', 'hiss', 'robotic', 'garbled', 'muffled', 'distort', 'tinny', 'delay', 'slow', 'sluggish', 'twice', 'duplicat', 'flashing', 'jitter', 'glitch', 'metallic', 'laggy', 'blurry', 'scratchy', 'buzz', 'worse', 'faint', 'inaudibl', 'unintelligibl'],
  ['flikker', 'knipper', 'hapert', 'haper', 'hakkel', 'traag', 'trager', 'vertraag', 'vertraging', 'ruis', 'kraak', 'kraakt', 'kraken', 'galm', 'blikkerig', 'robotachtig', 'vervormd', 'dubbel', 'schokkerig', 'zoem', 'brom', 'sloom', 'stotter', 'krak', 'metalig', 'slechter', 'zacht', 'onverstaanba', 'fluister'],
);

/**
 * Words that say nobody can, or something can no longer, be done: "nobody
 * reaches us", "niemand kan inloggen", "agents can no longer see the call
 * history", "we kunnen niet meer bellen". `LONGER` follows its negator.
 */
export const NOBODY = cls(['nobody', 'noone'], ['niemand']);
export const NO_ONE = cls(['no', 'not'], ['geen']);
export const ONE = cls(['one', 'single'], ['enkele', 'enkel']);
export const LONGER = cls(['longer'], ['meer']);
/** "can't ... anything", "kunnen niets": a can that can do nothing. */
export const CANT = cls(['cant', 'cannot', 'unable'], ['kan', 'kunnen', 'kunt', 'konden']);
export const NOTHING = cls(['anything', 'any', 'anywhere'], ['niets', 'niks', 'geen', 'nergens']);
export const NEGATED_CAN = cls(['no', 'not', 'cant', 'cannot'], ['niet', 'geen']);
/**
 * Words of building software ("building" is left out: it is mostly a house), read as a development problem when the
 * customer's side owns them ("our build fails", "op mijn localhost",
 * "while developing", "we zijn een koppeling aan het bouwen"). A vendor's
 * "your new build" is no development problem of the customer's.
 */
export const BUILDING = cls(
  ['build', 'builds', 'compile', 'compiles', 'compiling', 'compiler', 'typings', 'typescript', 'localhost', 'developing', 'debugging'],
  ['build', 'builds', 'compileren', 'compileert', 'typings', 'typescript', 'localhost', 'ontwikkelen', 'debuggen', 'bouwen', 'ontwikkelbuild', 'buildfout', 'ontwikkeling'],
);
/** Before "in" and a building word: "still in development", "nog in ontwikkeling", "currently in development". */
export const STILL_BEING = cls(['still', 'currently', 'yet'], ['nog', 'momenteel', 'nu']);
/** What is still being done to it: "development", "ontwikkeling", "aanbouw". */
export const UNDER_CONSTRUCTION = cls(['development', 'progress', 'construction'], ['ontwikkeling', 'aanbouw', 'opbouw']);
/** Whose it is: "our", "my", "we". */
export const OWNERS = cls(['our', 'my', 'we', 'were', 'weve', 'i', 'im', 'ive', 'while'], ['onze', 'ons', 'mijn', 'we', 'wij', 'ik', 'tijdens', 'bij']);

/**
 * A failure that recurs: "every" before a time of day or week ("it goes down
 * every evening", "elke ochtend"), or a count of times ("three times today",
 * "drie keer", "twice").
 */
export const EVERY = cls(['every', 'each'], ['elke', 'iedere', 'elk', 'ieder']);
export const TIMES_OF = cls(
  ['morning', 'mornings', 'evening', 'evenings', 'night', 'nights', 'afternoon', 'afternoons', 'day', 'hour', 'week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'weekend', 'lunch', 'shift'],
  ['ochtend', 'avond', 'nacht', 'middag', 'dag', 'uur', 'week', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'weekend', 'lunch', 'dienst', 'morgen'],
);
export const TIMES = cls(['times', 'twice'], ['keer', 'keren', 'maal']);
export const COUNTS = cls(
  ['two', 'three', 'four', 'five', 'six', 'several', 'multiple', 'few', 'many'],
  ['twee', 'drie', 'vier', 'vijf', 'zes', 'meerdere', 'paar', 'vaak', 'verschillende'],
);
/** Words of trying, whose counts are attempts, not recurrences: "we tried three times". */
export const TRYING = cls(['tried', 'try', 'trying', 'attempt', 'attempts', 'retried'], ['geprobeerd', 'proberen', 'probeer', 'poging', 'pogingen']);

/** Words of a share, not of all: "most of them don't answer anymore", "de meesten nemen niet meer op". */
export const PARTIAL = cls(
  ['most', 'some', 'many', 'few', 'several', 'half', 'part', 'certain', 'occasionally', 'sometimes'],
  ['meeste', 'meesten', 'sommige', 'sommigen', 'veel', 'enkelen', 'paar', 'aantal', 'helft', 'deel', 'bepaalde', 'soms'],
);
/** What nobody doing it leaves unsaid: "nobody noticed", "niemand weet het". */
export const NOT_A_LOSS = cls(
  [
    'know', 'knows', 'noticed', 'notices', 'heard', 'complained', 'cares', 'seems', 'told', 'answered', 'replied', 'asked', 'understands', 'wants', 'needs',
    // "None of the other features are affected", "we haven't talked to anyone": nobody hit, or nobody told.
    'affected', 'impacted', 'bothered', 'other', 'others', 'talked', 'spoken', 'spoke', 'mentioned',
    // "The SLA % is permanently red and nobody trusts it": a judgement, not a loss.
    'trusts', 'trust', 'believes', 'likes', 'reads', 'looks',
    // "We can't find any setting for it", "nobody here can work out how to transfer": one who looks for something asks how.
    'find', 'locate', 'how', 'figure',
  ],
  [
    'weet', 'weten', 'merkt', 'merkte', 'klaagt', 'klaagde', 'lijkt', 'zei', 'antwoordt', 'vroeg', 'snapt', 'begrijpt', 'wil', 'hoeft', 'gehoord', 'vernomen',
    'geraakt', 'andere', 'anderen', 'gesproken', 'verteld', 'vinden', 'vind', 'terugvinden', 'terugvind', 'vindt',
    // "Ik heb twee keer gebeld maar kreeg niemand te spreken": nobody to talk to, of the vendor.
    'spreken', 'woord', 'vertrouwt', 'gelooft', 'hoe',
  ],
);

/** The writer alone: "I", "I'm", "ik". */
export const WRITER = cls(['i', 'im', 'ive', 'id'], ['ik']);
/**
 * Words of urgency and of a failure setting in ("since 9:00", "suddenly"), which no writer's own
 * trouble excuses: "since 9 I get error 503 on every page" reports an incident, not a how-to.
 */
export const URGENCY = cls(
  ['urgent', 'urgently', 'asap', 'emergency', 'critical', 'immediately', 'p1', 'prio', 'priority', 'escalate', 'since', 'suddenly', 'anymore'],
  ['dringend', 'spoed', 'zsm', 'noodgeval', 'kritiek', 'meteen', 'p1', 'prio', 'prioriteit', 'escaleren', 'sinds', 'ineens', 'opeens'],
);

/**
 * Whether a word is in a class, in either language: the language it was found in, or null.
 *
 * @example
 * inClass(SUBJECTS, 'collegas') //=> 'nl'
 * inClass(SUBJECTS, 'callers')  //=> null
 */
export function inClass(c: WordClass, word: string): Lang | null {
  if (c.en.has(word)) return 'en';
  if (c.nl.has(word)) return 'nl';
  return null;
}

/**
 * Words that say every caller or call is hit ("every caller", "all calls", "niemand", "alle gesprekken"): a dropped call
 * said of all of them is a loss of service, not a problem that comes and goes. "every"/"alle" before a time ("every
 * morning", "all day") counts times, not callers, and is left to `TIMES_OF`.
 */
export const EVERYONE = cls(
  ['every', 'all', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody', 'noone'],
  ['alle', 'elke', 'iedere', 'elk', 'ieder', 'iedereen', 'niemand', 'allemaal'],
);
/**
 * The calls or callers `EVERYONE` must quantify ("every caller", "all inbound calls", "anyone ringing", "everyone who
 * calls", "alle gesprekken", "iedereen die belt"): "all our agents say calls get cut off" speaks of the staff.
 */
export const CALLS = cls(
  ['call', 'calls', 'caller', 'callers', 'ringing', 'calling', 'inbound', 'outbound', 'incoming', 'outgoing', 'conversation', 'conversations'],
  ['gesprek', 'gesprekken', 'beller', 'bellers', 'oproep', 'oproepen', 'belt', 'bellen', 'inkomende', 'uitgaande', 'telefoontje', 'telefoontjes'],
);

/**
 * Nouns of an incident that a question may ask about rather than state: "is there an outage?", "hebben jullie een
 * storing?", "what is the response time when we report a storing?".
 */
export const INCIDENT_NOUNS = cls(['outage', 'outages', 'incident', 'incidents', 'disruption', 'disruptions'], ['storing', 'storingen', 'verstoring', 'verstoringen', 'incident', 'incidenten']);

/** Words of testing whether something fails, not of working around it: "we've been testing from our mobiles". */
export const TESTING = cls(['testing', 'tested', 'test', 'tests'], ['testen', 'getest', 'test', 'testte', 'testten']);
/** The sound of a call: "words drop out", "het geluid valt weg" say its quality, not that the call is lost. */
export const SOUND = cls(['words', 'audio', 'sound', 'voice', 'voices', 'speech', 'syllables', 'bits'], ['geluid', 'stem', 'woorden', 'spraak', 'audio', 'klank', 'stukjes', 'stukken']);

/** The customer's side as the object: "people call us back", "mensen bellen ons". */
export const US = cls(['us', 'me'], ['ons', 'mij', 'me']);

/** Conjunctions that start a statement of their own inside a clause: "we know that ...", "want ...", "omdat ...". */
export const JOINS_CLAUSES = cls(['because', 'that', 'since', 'cause'], ['want', 'omdat', 'dat', 'sinds', 'doordat']);

/** Calls out: "we can still call out", "uitbellen", "naar buiten bellen". */
export const OUTBOUND = cls(['out', 'outbound', 'outgoing'], ['uitbellen', 'uitgaand', 'uitgaande', 'buiten']);

/**
 * Words of a try: "I tried from my own mobile and got the same busy tone" is how the failure was checked, unless what
 * was tried works ("we tried the mobile app and that works").
 */
export const TRIED = cls(['tried', 'try', 'trying', 'attempted'], ['geprobeerd', 'geprobeert', 'probeerde', 'probeerden', 'proberen', 'probeer']);

/** Hours said as words, after which "half" is a time of day ("about half eight", "rond half negen"), not a share. */
export const HOURS = cls(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'past'],
  ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
);

/**
 * Loss said of everyone or everything: "none of our phones have rung", "geen van de toestellen gaat over" (`NONE`
 * before "of"/"van"); a negated clause that reaches nobody ("calls are no longer offered to anyone", `ANYONE`); nothing
 * that connects ("nothing connects", "niets komt binnen", `NOTHING_AT_ALL` before a verb of getting through,
 * `GETTING_THROUGH`); all of something that stopped ("all three of our numbers stopped accepting calls", `STOPPED`).
 */
export const NONE = cls(['none'], ['geen']);
export const OF_THEM = cls(['of'], ['van']);
export const ANYONE = cls(['anyone', 'anybody'], []);
export const NEGATORS = cls(
  ['no', 'not', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'cannot', 'couldnt', 'never', 'wont', 'havent', 'hasnt'],
  ['niet', 'geen', 'nooit'],
);
export const NOTHING_AT_ALL = cls(['nothing'], ['niets', 'niks']);
export const GETTING_THROUGH = cls(
  ['connects', 'works', 'rings', 'arrives', 'comes', 'goes', 'gets', 'come', 'go', 'arrive', 'connect', 'ring', 'show', 'shows', 'appear', 'appears', 'reaching', 'reach', 'reaches', 'get', 'loads', 'happens', 'came', 'went', 'got', 'arrived', 'connected', 'rang', 'worked', 'loaded'],
  ['werkt', 'komt', 'gaat', 'verbindt', 'laadt', 'belt', 'kwam', 'ging', 'werkte', 'laadde', 'binnen', 'door', 'komen', 'doorgekomen', 'binnengekomen', 'aangekomen'],
);
export const ALL = cls(['all'], ['alle']);
export const STOPPED = cls(['stopped'], ['gestopt', 'stopten']);

/**
 * Everyone who calls meets a failure: "everyone who calls it gets a fast busy", "iedereen die belt krijgt een
 * bezettoon". `EVERY_CALLER` names all callers; `DEAD_LINE` starts the words of what they meet.
 */
export const EVERY_CALLER = cls(['everyone', 'everybody'], ['iedereen']);
export const DEAD_LINE = cls(['busy', 'engaged', 'dead', 'silence', 'unreachable', 'unavailable'], ['bezet', 'stilte', 'onbereikbaar', 'dood', 'ingesprektoon', 'ingesprek', 'gesprektoon']);

/**
 * Words that only say the work is going on, between an owner and a building word: "we zijn bezig met het bouwen",
 * "we zitten midden in de ontwikkeling", "we are in the middle of building". They do not count as distance.
 */
export const IN_PROGRESS = cls(
  ['are', 'am', 'is', 'were', 'busy', 'in', 'the', 'middle', 'of', 'currently', 'still', 'now'],
  ['zijn', 'ben', 'is', 'zitten', 'zit', 'bezig', 'met', 'het', 'aan', 'midden', 'in', 'de', 'nog', 'momenteel', 'nu'],
);

/** Words after a negator that limit a scope rather than deny: "not just per queue", "niet alleen". */
export const SCOPE = cls(['just', 'only', 'merely', 'simply'], ['alleen', 'enkel', 'slechts', 'zomaar']);
/**
 * Words before "not"/"niet" and an article that contrast a choice rather than deny: "and not the main number", "en niet
 * het algemene nummer" (`COORDINATORS`, then `CONTRASTED`). "and nobody can answer" and "and not a single agent" deny.
 */
export const COORDINATORS = cls(['and', 'or', 'rather', 'instead'], ['en', 'of', 'dus', 'liever']);
export const CONTRASTED = cls(['the', 'our', 'their', 'your'], ['het', 'de', 'onze', 'ons', 'hun', 'jullie']);

/**
 * Words that open the time a failure lasts ("zolang dit stuk is", "while it is down", "until it is fixed"): a failure
 * named after one is when the workaround runs, not a failure of the workaround's clause.
 */
export const AS_LONG_AS = cls(['while', 'until', 'till', 'whilst'], ['zolang', 'totdat']);

/** Words of carrying on with something that still works: "we can carry on with those", "kunnen we daarmee verder". */
export const CARRY_ON = cls(['manage', 'cope', 'carry', 'continue', 'get by'], ['verder', 'redden', 'behelpen', 'vooruit']);

/**
 * Words of a workaround judged unworkable, after a negator: "handmatig intoetsen is geen doen", "not an option",
 * "niet vol te houden", "not feasible".
 */
export const WORKABLE = cls(['option', 'feasible', 'doable', 'workable', 'practical', 'realistic', 'sustainable', 'possible'], ['doen', 'optie', 'haalbaar', 'werkbaar', 'vol', 'praktisch', 'realistisch', 'mogelijk']);

/** "door jullie", "by your": the vendor as the one who did something, which is a cause, not a workaround. */
export const BY = cls(['by'], ['door']);
export const VENDOR = cls(['you', 'your'], ['jullie', 'u']);

/** Words of a plan or wish before production, which is then not there yet: "we want to go live", "we willen ... live". */
export const PLANNED = cls(
  ['want', 'wants', 'plan', 'plans', 'planning', 'planned', 'hope', 'hoping', 'intend', 'aim', 'scheduled', 'before', 'next', 'go', 'goes', 'going'],
  ['willen', 'wil', 'wilt', 'plannen', 'gepland', 'hopen', 'hoop', 'gaan', 'gaat', 'streven', 'voornemens', 'voordat', 'volgende'],
);

/** Words saying a failure happens as well: "but calls there fail too", "maar daar mislukt het ook". */
export const TOO = cls(['too', 'also', 'either'], ['ook', 'evenmin', 'eveneens']);

/** Spans a thing has been in use for, after a time word: "nu een maand", "now for two years". */
export const DURATIONS = cls(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'], ['dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren']);
/** The counts before such a span: "a", "for two", "een", "al drie", "ruim een". */
export const SPAN_COUNTS = cls(
  ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'few', 'for', 'over', 'about', 'almost'],
  ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'al', 'ruim', 'bijna', 'paar', 'enkele', 'sinds', 'ongeveer'],
);

/** A delay by a span of time: "30 mins after", "two hours late", "pas na 3 uur". Units of minutes and hours. */
export const SPAN_UNITS = cls(
  ['sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hrs', 'days'],
  ['seconden', 'seconde', 'sec', 'minuten', 'minuut', 'min', 'uur', 'uren', 'dagen'],
);
/** After the span: "after", "late", "later", "behind"; "na", "later", "te laat". */
export const LATE_BY = cls(['after', 'late', 'later', 'behind'], ['na', 'nadat', 'later', 'laat']);
/** A wait before something happens: "takes 10 seconds before", "duurt 10 seconden voordat" (`TAKES`, then `BEFORE_IT`). */
export const TAKES = cls(['takes', 'take', 'took', 'taking', 'wait', 'waits', 'waiting'], ['duurt', 'duren', 'duurde', 'wachten', 'wacht']);
export const BEFORE_IT = cls(['before', 'until', 'till'], ['voordat', 'voor', 'tot', 'totdat']);
/** A pause said by its span: "a 6-8 second gap", "10 seconden stilte". */
export const PAUSES = cls(['gap', 'pause', 'silence', 'wait', 'lag'], ['stilte', 'pauze', 'wachttijd']);
/** Before a span of time that has passed while the writer waits: "het is nu 3 uur later", "it's now two hours later". */
export const PASSED = cls(['now', 'its', 'been'], ['nu', 'al', 'alweer']);
/** Before "na" and the span: "pas na 3 uur", "(komt) eerst na" (Dutch). */
export const ONLY_THEN = cls([], ['pas', 'eerst']);

/** Words that make what follows a time ("after the call ends", "nadat het gesprek eindigt"), not a failure. */
export const AFTER_WHICH = cls(['after'], ['na', 'nadat']);

/**
 * Channels a workaround can name ("via WhatsApp", "by e-mail", "the softphone"): when the failure is said of the same
 * channel ("WhatsApp berichten komen niet binnen"), the words describe what fails, not a way round it.
 */
export const CHANNELS = cls(
  ['whatsapp', 'sms', 'email', 'mail', 'chat', 'webchat', 'teams', 'softphone', 'webphone', 'app'],
  ['whatsapp', 'sms', 'email', 'mail', 'chat', 'webchat', 'teams', 'softphone', 'webphone', 'app'],
);
/** "Same on the app on my own phone", "hetzelfde op mijn mobiel": the failure again, where it was tried. */
export const SAME = cls(['same'], ['hetzelfde', 'zelfde', 'dezelfde']);
/** The caller's side, who must redo what failed: "de klant moet opnieuw bellen", "callers have to redial". */
export const CALLER_SIDE = cls(
  ['customer', 'customers', 'caller', 'callers', 'client', 'clients', 'patient', 'patients'],
  ['klant', 'klanten', 'beller', 'bellers', 'client', 'clienten', 'patient', 'patienten', 'cliënt', 'cliënten'],
);
/** A duty: "must", "have to", "moet". */
export const MUST = cls(['must', 'has', 'have', 'need', 'needs'], ['moet', 'moeten', 'hoeft', 'hoeven', 'dient']);

/** What is sent to a service and can fail each time: "every API request", "elke aanroep". */
export const REQUESTS = cls(
  ['request', 'requests', 'call', 'calls', 'attempt', 'attempts', 'login', 'logins', 'message', 'messages', 'webhook', 'webhooks', 'sync', 'upload', 'lookup',
    'email', 'emails', 'voicemail', 'voicemails', 'notification', 'notifications', 'texts', 'recording', 'recordings', 'page', 'pages', 'sms'],
  ['verzoek', 'verzoeken', 'aanroep', 'aanroepen', 'request', 'requests', 'poging', 'pogingen', 'bericht', 'berichten', 'gesprek', 'oproep', 'webhook', 'login',
    'mail', 'mails', 'email', 'emails', 'voicemail', 'voicemails', 'smsjes', 'melding', 'meldingen', 'opname', 'opnames', 'pagina', 'paginas', 'sms'],
);
/** Words of an error that an attempt meets: "gets 401 Unauthorized", "geeft een foutmelding". */
export const ERRORS = cls(
  ['error', 'errors', 'fails', 'failed', 'unauthorized', 'forbidden', 'timeout', 'timeouts', 'rejected', 'refused', 'denied'],
  ['fout', 'foutmelding', 'error', 'mislukt', 'faalt', 'geweigerd', 'timeout', 'timeouts', 'unauthorized'],
);

/** A wish for a thing: "I want a ...", "we'd like a ...", "ik wil een ...", "we zoeken een ...". */
export const WANT = cls(['want', 'need', 'like', 'looking'], ['wil', 'willen', 'wilt', 'zoek', 'zoeken', 'zou']);
/** The start of a relative clause that says what a thing does: "a webhook that fires", "een webhook die afgaat". */
export const RELATIVE = cls(['that', 'which', 'who'], ['die', 'dat', 'welke']);

/** Words of fine that say something works: "is prima te beluisteren", "gaat gewoon", "works fine". */
export const FINE = cls(['fine', 'normally', 'ok', 'okay', 'fast', 'quick'], ['prima', 'gewoon', 'goed', 'normaal', 'snel']);
/** Words of how things used to be: "it was always fine", "vroeger ging het goed". */
export const BEFORE_NOW = cls(['was', 'were', 'always', 'used', 'before', 'previously'], ['was', 'waren', 'altijd', 'vroeger', 'eerst', 'voorheen', 'ging']);

/** Code a customer writes: "a script", "een scriptje", "the code"; with `WRITING` and an owner, a development problem. */
export const CODE = cls(['script', 'scripts', 'code', 'program', 'plugin'], ['script', 'scripts', 'scriptje', 'code', 'programmaatje', 'plugin']);
/**
 * Writing code, while it goes on: "writing", "schrijven", "schrijf". Not done ("our developer has written a script to
 * pull the data for now" is a workaround), and "schrijven" alone is mostly writing to the vendor (hence `CODE` too).
 */
export const WRITING = cls(['writing', 'write', 'coding'], ['schrijven', 'schrijf', 'programmeren']);
/** Setting something up in the product: "add", "set up", "instellen", "toevoegen" (what a how-to asks to do). */
export const SETTING_UP = cls(
  ['add', 'adding', 'configure', 'configuring', 'setting', 'create', 'creating', 'created', 'added'],
  ['instellen', 'toevoegen', 'aanmaken', 'inrichten', 'configureren', 'aanpassen', 'wijzigen', 'aangemaakt', 'toegevoegd'],
);
/** Changing software: "we upgraded Express", "since we deployed version 2.3", "sinds we onze koppeling hebben aangepast". */
export const CHANGED_CODE = cls(
  ['upgraded', 'deployed', 'changed', 'updated', 'released', 'refactored', 'migrated', 'rewrote', 'rewritten', 'modified'],
  ['geupgraded', 'geupgrade', 'geupdatet', 'geupdated', 'uitgerold', 'aangepast', 'gewijzigd', 'gedeployed', 'gedeployd', 'omgebouwd', 'herschreven'],
);
/** Software a customer writes and runs, after "our": "our body parser", "our in-house connector", "onze koppeling". */
export const OWN_CODE = cls(
  ['code', 'parser', 'connector', 'integration', 'middleware', 'backend', 'endpoint', 'handler', 'script', 'plugin', 'codebase', 'implementation'],
  ['code', 'parser', 'connector', 'koppeling', 'integratie', 'middleware', 'backend', 'endpoint', 'handler', 'script', 'plugin', 'implementatie'],
);

/** All of it, after a negator that takes back a claim: "not everything", "niet alles". */
export const EVERYTHING = cls(['everything', 'all'], ['alles', 'allemaal']);

/** Chasing the vendor: "the third time I've asked today", "al drie keer nagevraagd", "emailed twice". */
export const CHASED = cls(['asked', 'chased', 'emailed', 'mailed', 'reminded'], ['gevraagd', 'nagevraagd', 'gemaild', 'gemailed', 'aangedrongen', 'herinnerd']);

/** Calls lost, counted: "4 dropped calls", "drie gesprekken weggevallen". */
export const LOST = cls(['dropped', 'failed', 'lost', 'cut', 'disconnected'], ['weggevallen', 'mislukte', 'mislukt', 'verbroken', 'verloren']);

/** Words of a condition before what they govern: "if the calls will not be possible ...", "mocht het uitvallen, dan ...". */
export const IF_WORDS: ReadonlySet<string> = new Set(['if', 'unless', 'indien', 'mocht', 'mochten', 'tenzij']);
/** Question words after "know"/"weten": "wants to know how many ...", "wil weten hoeveel ...". */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['how', 'whether', 'if', 'why', 'when', 'what', 'which', 'hoeveel', 'hoe', 'of', 'waarom', 'wanneer', 'wat', 'welke']);
/** Believing, not stating: "they think the line is dead", "ze denken dat de lijn dood is". */
export const THINK = cls(['think', 'thinks', 'thinking', 'thought', 'believe', 'believes', 'assume', 'assumes'], ['denken', 'denkt', 'denk', 'dachten', 'dacht', 'geloven', 'gelooft']);

/** A possibility, in a question before an incident: "the phones might go down?", "kan de telefonie uitvallen?". */
export const POSSIBLY = cls(['might', 'may', 'could', 'will', 'would'], ['kan', 'kunnen', 'zal', 'zullen', 'zou', 'zouden', 'misschien']);

/** Receiving, negated with "any": "we have not received any callbacks", "we hebben geen berichten ontvangen". */
export const RECEIVED = cls(['received', 'receiving', 'receive', 'gotten', 'seen'], ['ontvangen', 'gekregen', 'binnengekregen', 'gezien']);
/** What a workaround needs and the customer lacks: "we don't have the staff to phone everyone instead". */
export const CAPACITY = cls(['staff', 'people', 'time', 'capacity', 'resources', 'manpower'], ['personeel', 'mensen', 'tijd', 'capaciteit', 'menskracht', 'bezetting']);
/** Being allowed: "met hun privételefoon bellen mogen onze medewerkers niet", "we are not allowed to use". */
export const ALLOWED = cls(['allowed', 'permitted', 'may'], ['mogen', 'mag', 'toegestaan', 'mochten']);
/** A span of time that is over: "last week", "vorige week", "afgelopen maand". */
export const LAST = cls(['last'], ['vorige', 'afgelopen', 'vorig']);
export const PERIODS = cls(
  ['week', 'weeks', 'month', 'months', 'year', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ['week', 'maand', 'jaar', 'weekend', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
);
/** The start of what still goes on: "since last week", "sinds vorige week". */
export const SINCE = cls(['since'], ['sinds', 'vanaf', 'sindsdien']);
/** Back again: "the problem from last month is back", "het is weer begonnen". */
export const AGAIN = cls(['again', 'back', 'still', 'returned'], ['weer', 'terug', 'opnieuw', 'nog', 'steeds']);
/** What a reply adds: "attached the log export you asked for", "ter aanvulling", "hierbij de HAR-bestanden". */
export const SUPPLEMENT = cls(
  ['attached', 'attaching', 'enclosed', 'requested', 'further', 'addition', 'additional'],
  ['hierbij', 'bijgevoegd', 'bijlage', 'aanvulling', 'aanvullend', 'gevraagd', 'verzocht'],
);
