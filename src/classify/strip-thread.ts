/**
 * The customer's newest words of an e-mail or web-form ticket: quoted replies,
 * forwarded or Outlook-style headers with the earlier message under them, and
 * signatures are dropped before the text is read, because what a support
 * engineer wrote earlier ("you could restart the app as a workaround") or what
 * a signature says ("Production Manager") is not what the customer states now.
 *
 * Markers recognised (English and Dutch mail clients):
 * - quoted lines: `> ...`;
 * - reply headers: `On Mon, 3 Mar 2025 at 10:12, Anna <a@b.nl> wrote:` and
 *   `Op ma 3 mrt 2025 om 10:12 schreef Anna <a@b.nl>:`, also wrapped over two lines;
 * - `-----Original Message-----`, `-----Oorspronkelijk bericht-----`, forwarded-message
 *   lines (`---------- Forwarded message ---------`, `Begin forwarded message:`,
 *   `Doorgestuurd bericht`) and Outlook's `________________` rule;
 * - Outlook header blocks: `From:`/`Van:` followed within three lines by
 *   `Sent:`/`Date:`/`Verzonden:`/`Datum:`/`To:`/`Aan:`;
 * - signatures: the `-- ` delimiter, a closing on a line of its own ("Kind regards,",
 *   "Met vriendelijke groet,", "Mvg", ..., or two joined: "With kind regards / Met vriendelijke groet,"),
 *   "Sent from my iPhone" lines and legal disclaimers ("DISCLAIMER: ...", "This e-mail is intended solely
 *   for ...", "Dit e-mailbericht is uitsluitend bestemd voor ...").
 * - a signature without a closing: a line of a name alone over a line with a job title ("Leanne Fourie" over
 *   "Staging & Operations Manager").
 * Everything from the first cut marker on is dropped; `>` lines are dropped wherever they are, and so is machine
 * output: log lines that open with a time stamp and blocks between ``` fences.
 * The first line is the subject and always kept: a subject "Thanks" is not a closing.
 */

// A reply header ends with "wrote:" / "schreef ...:" and starts with "On"/"Op" (possibly the line before).
const REPLY_HEADER = /^\s*(on\b.*\bwrote\s*:|op\b.*\bschreef\b.*:)\s*$/i;
const REPLY_HEADER_END = /^\s*(.*\bwrote\s*:|.*\bschreef\b.*:)\s*$/i;
const REPLY_HEADER_START = /^\s*(on|op)\s+\S+.*\d/i;
const SEPARATOR =
  /^\s*(-{2,}\s*(original message|oorspronkelijk bericht|origineel bericht|forwarded message|doorgestuurd bericht)\s*-{2,}|begin (forwarded message|doorgestuurd bericht)\s*:?|_{8,})\s*$/i;
const HEADER_FROM = /^\s*\**(from|van)\s*:\**\s*\S/i;
const HEADER_NEXT = /^\s*\**(sent|date|to|subject|verzonden|datum|aan|onderwerp|cc)\s*:/i;
const SIG_DELIMITER = /^--\s?$/;
const MOBILE = /^\s*(sent from my|verzonden (vanaf|met) mijn|get outlook for)\b/i;
const CLOSINGS =
  '(kind regards|best regards|warm regards|regards|best wishes|best|cheers|thanks( a lot| again| in advance)?|thank you( in advance)?|many thanks|sincerely|yours sincerely|with kind regards|met vriendelijke groet(en)?|vriendelijke groet(en)?|hartelijke groet(en)?|groet(en|jes)?|mvg|m\\.v\\.g\\.|gr|bvd|alvast bedankt|bij voorbaat dank|dank je wel|dank u wel|bedankt)';
// A closing, or two joined as bilingual signatures write them: "With kind regards / Met vriendelijke groet,".
const CLOSING = new RegExp(`^\\s*${CLOSINGS}(\\s*[/|&]\\s*${CLOSINGS})*\\s*[,.!]?\\s*$`, 'i');
// A legal disclaimer under a signature: "DISCLAIMER: ...", "This e-mail is intended solely for ...",
// "Dit e-mailbericht is uitsluitend bestemd voor ...", "De informatie verzonden met dit e-mailbericht ...".
const DISCLAIMER =
  /^\s*(disclaimer\b|confidentiality notice|this (e-?mail|message)\b.*\b(intended|confidential)|dit (e-?mail(bericht)?|bericht)\b.*\b(uitsluitend|bestemd|vertrouwelijk)|de informatie (verzonden )?(in|met) dit (e-?mail)?bericht)/i;

/**
 * The text without quoted replies, forwarded or earlier messages and signature;
 * lines before the first marker are kept as they are.
 *
 * @example
 * stripThread('Calls are down.\nKind regards,\nAnna\n\nOn Mon, 3 Mar 2025 at 10:12, Bob wrote:\n> Restart as a workaround')
 * //=> 'Calls are down.'
 */
export function stripThread(text: string): string {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  let code = false;
  for (const [i, line] of lines.entries()) {
    if (i > 0 && isCut(line, lines.slice(i + 1, i + 4))) break;
    // Machine output is no one's words: a block between ``` fences, or a log line that opens with a time stamp.
    if (i > 0 && FENCE.test(line)) {
      code = !code;
      continue;
    }
    if (/^\s*>/.test(line) || (i > 0 && (code || LOG_LINE.test(line)))) continue;
    kept.push(line);
  }
  return kept.join('\n').trimEnd();
}

// "06:42:41.390 Proxy set 1 all members down, switching to proxy set 2", "2024-03-14T09:12:03Z ERROR ...".
const LOG_LINE = /^\s*\[?(\d{1,2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})/;
const FENCE = /^\s*```/;
// A name on a line of its own, then a job title: "Leanne Fourie" over "Staging & Operations Manager", a signature
// without a closing above it.
const NAME_LINE = /^\s*\p{Lu}[\p{L}'.-]*(\s+(van|de|der|den|van der|van den|ten|ter|\p{Lu}[\p{L}'.-]*)){1,3}\s*$/u;
const TITLE_LINE =
  /^[^.!?]*\b(manager|director|coordinator|lead|officer|administrator|admin|engineer|assistant|receptionist|owner|founder|ceo|cto|cio|supervisor|head of|team ?leader|consultant|specialist|beheerder|beheer|medewerker|directeur|eigenaar|teamleider|coördinator|coordinator|office manager|praktijkmanager|planner|receptie)\b[^.!?]*$/i;

/** Whether `line`, followed by the (up to three) lines `after` it, starts what is not the customer's newest words. */
function isCut(line: string, after: readonly string[]): boolean {
  if (SEPARATOR.test(line) || SIG_DELIMITER.test(line) || MOBILE.test(line) || CLOSING.test(line) || DISCLAIMER.test(line)) return true;
  if (REPLY_HEADER.test(line)) return true;
  if (NAME_LINE.test(line) && after[0] !== undefined && TITLE_LINE.test(after[0]) && after[0].length < 80) return true;
  // "On Mon, 3 Mar 2025 at 10:12, Anna Jansen <anna@example.com>\nwrote:" as some clients wrap it.
  const [next] = after;
  if (next !== undefined && REPLY_HEADER_START.test(line) && !/[.!?]\s*$/.test(line) && REPLY_HEADER_END.test(next) && next.length < 80) return true;
  return HEADER_FROM.test(line) && after.some((l) => HEADER_NEXT.test(l));
}
