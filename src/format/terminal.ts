/**
 * Text from a report, or a file name, made safe to print on a terminal: control characters (ESC,
 * CR, BEL, C1) and bidirectional overrides and isolates are shown escaped (`\x1b`, `\u202e`), so a
 * report cannot reset the reviewer's screen, set its title or reorder what a line seems to say.
 * Every place that prints report text or a file name to stdout or stderr goes through here.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(ch: string): string {
  const c = ch.charCodeAt(0);
  return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with its unsafe characters escaped. Line breaks and tabs are kept when `lines` is set
 * (a message or a table of several lines); a file name or a one-line field escapes them too.
 */
export function forTerminal(text: string, lines = false): string {
  return text.replace(lines ? UNSAFE : UNSAFE_OR_BREAK, escape);
}
