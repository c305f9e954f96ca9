/**
 * The character codes the hand-written scanners compare with (`text.charCodeAt(i) === QUOTE`),
 * named once: the JSON scanner of a batch line, the ISO date-time reader, the line cutter of a
 * threaded batch, the output writer and the JSON syntax messages.
 *
 * @example
 * '"a"'.charCodeAt(0) === QUOTE //=> true
 */
export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const PLUS = 0x2b;
export const COMMA = 0x2c;
/** `-`: a minus sign, and the dash between a date's parts. */
export const MINUS = 0x2d;
export const DOT = 0x2e;
export const ZERO = 0x30;
export const NINE = 0x39;
export const COLON = 0x3a;
export const UPPER_T = 0x54;
export const UPPER_Z = 0x5a;
export const BACKSLASH = 0x5c;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
/** Below this, a character is ASCII: one byte in UTF-8, the same code in latin1. */
export const ASCII_END = 0x80;

/**
 * Whether a code is JSON's whitespace: space, tab, line feed or carriage return.
 *
 * @example
 * isJsonSpace(' '.charCodeAt(0)) //=> true
 */
export const isJsonSpace = (c: number): boolean => c === SPACE || c === TAB || c === LF || c === CR;

/**
 * Whether a code is a decimal digit.
 *
 * @example
 * isDigitCode('7'.charCodeAt(0)) //=> true
 */
export const isDigitCode = (c: number): boolean => c >= ZERO && c <= NINE;
