/**
 * Text from documents and file names on its way to a terminal. A draft can hold ESC and OSC sequences that
 * clear the screen, move the cursor or set the window's title, a carriage return that overwrites a line, or
 * BiDi overrides that show a line in another order than it reads: printed as they are, the reader sees what the
 * file wants, not what it says. Every human-readable output (stylish, unix, kwic and outline text, messages on
 * stderr) goes through `terminalSafe`, which writes such characters as visible escapes. Machine formats (JSON,
 * CSV, SARIF) keep the text as it is: their own quoting already makes it inert.
 *
 * ok:     terminalSafe('政协\t委员')           → '政协\t委员'
 * not ok: terminalSafe('\x1b]0;pwned\x07')     → '\\x1B]0;pwned\\x07'
 */

// C0 controls but tab and line feed, DEL, C1 controls; the BiDi embeddings, overrides and isolates and the marks.
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_LINE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `s` with every control character a terminal would act on written as `\xHH` (C0, DEL, C1) or `\uHHHH` (BiDi).
 * Tab is kept; a line feed is kept unless `oneLine` (a message of several lines stays so; a source excerpt or
 * a table cell must stay on its line).
 */
export function terminalSafe(s: string, options: { oneLine?: boolean } = {}): string {
  return s.replace(options.oneLine ? UNSAFE_IN_LINE : UNSAFE, escapeOf);
}

function escapeOf(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
