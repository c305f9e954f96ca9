import { daysInMonth } from '../../core/civil';

/** Reads a value's wall time (as if UTC) by a compiled pattern; undefined when the value needs date-fns to decide. */
export type CompiledDatePattern = (text: string) => number | undefined;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A word in any case, as date-fns matches month names and day periods, while literal text keeps its case. */
const anyCase = (words: readonly string[]): string => words.map((w) => [...w].map((c) => `[${c}${c.toUpperCase()}]`).join('')).join('|');

/**
 * What each token the compiled reader knows matches: the very expressions
 * date-fns `parse` uses for it (en-US), so that both read the same characters.
 * `a` is narrowed to AM/PM; any other day period falls to date-fns.
 */
const TOKENS: Readonly<Record<string, string>> = {
  yyyy: '\\d{1,4}',
  yy: '\\d{1,2}',
  MMM: anyCase(MONTHS),
  MM: '\\d{1,2}',
  M: '1[0-2]|0?\\d',
  dd: '\\d{1,2}',
  d: '3[0-1]|[0-2]?\\d',
  HH: '\\d{1,2}',
  H: '2[0-3]|[0-1]?\\d',
  hh: '\\d{1,2}',
  h: '1[0-2]|0?\\d',
  mm: '\\d{1,2}',
  m: '[0-5]?\\d',
  ss: '\\d{1,2}',
  s: '[0-5]?\\d',
  S: '\\d',
  SS: '\\d{1,2}',
  SSS: '\\d{1,3}',
  a: anyCase(['am', 'pm']),
  aa: anyCase(['am', 'pm']),
  aaa: anyCase(['am', 'pm']),
};

/** date-fns's split of a pattern into tokens: runs of one letter, quoted text, `''`, and single characters. */
const TOKENIZER = /(\w)\1*|''|'(''|[^'])+('|$)|./g;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A fast reader for the common patterns of exports (`dd/MMM/yy h:mm a`,
 * `yyyy-MM-dd HH:mm:ss`, `dd.MM.yyyy HH:mm`): one regular expression instead
 * of date-fns `parse`'s work per value, which costs about half a batch's time.
 * Each token matches exactly what date-fns matches, atomically as date-fns
 * reads left to right, and the fields are checked as date-fns checks them;
 * a value that does not match, or fails a check, is left to date-fns (undefined),
 * so that the two never disagree on an answer or a message. Undefined for a
 * pattern with a token it does not know, or without a year, month and day.
 *
 * @example
 * compileDatePattern('dd/MMM/yy h:mm a')!('02/Jun/25 3:45 PM') //=> Date.UTC(2025, 5, 2, 15, 45)
 */
export function compileDatePattern(pattern: string): CompiledDatePattern | undefined {
  const kinds: string[] = [];
  let source = '^';
  for (const token of pattern.match(TOKENIZER) ?? []) {
    if (/^[A-Za-z]/.test(token)) {
      const expression = TOKENS[token];
      if (expression === undefined) return undefined;
      kinds.push(token);
      // (?=(x))\N takes what x matches first and never gives any of it back, as date-fns does.
      source += `(?=(${expression}))\\${kinds.length}`;
    } else if (token === "''") {
      source += "'";
    } else if (token.startsWith("'")) {
      source += escape(token.slice(1, token.endsWith("'") && token.length > 1 ? -1 : undefined).replace(/''/g, "'"));
    } else {
      source += escape(token);
    }
  }
  const has = (letter: string): boolean => kinds.some((k) => k[0] === letter);
  if (!has('y') || !has('M') || !has('d')) return undefined;
  const expression = new RegExp(`${source}$`);
  return (text) => {
    const m = expression.exec(text);
    if (m === null) return undefined;
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let hour12: number | undefined;
    let pm: boolean | undefined;
    let minute = 0;
    let second = 0;
    let ms = 0;
    let group = 0;
    for (const kind of kinds) {
      const value = m[++group];
      if (value === undefined) return undefined; // every group takes part in a match; a gap would be date-fns's to read
      switch (kind[0]) {
        case 'y':
          year = Number(value);
          if (kind === 'yy') year += year >= 50 ? 1900 : 2000; // two-digit years as date-fns reads them from the year 2000
          break;
        case 'M':
          month = kind === 'MMM' ? MONTHS.indexOf(value.toLowerCase()) + 1 : Number(value);
          break;
        case 'd':
          day = Number(value);
          break;
        case 'H':
          hour = Number(value);
          break;
        case 'h':
          hour12 = Number(value);
          break;
        case 'a':
          pm = value.toLowerCase() === 'pm';
          break;
        case 'm':
          minute = Number(value);
          break;
        case 's':
          second = Number(value);
          break;
        case 'S':
          ms = Math.trunc(Number(value) * 10 ** (3 - kind.length));
          break;
      }
    }
    if (hour12 !== undefined) {
      if (hour12 < 1 || hour12 > 12) return undefined;
      hour = pm === true ? (hour12 % 12) + 12 : hour12 % 12;
    } else if (pm !== undefined) {
      hour = pm ? 12 : 0;
    }
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
    const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    // Date.UTC reads years 0-99 as 1900-1999: such a year is left to date-fns, and then refused as out of range.
    return year < 100 ? undefined : wall;
  };
}
