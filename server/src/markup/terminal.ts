/**
 * Text for a terminal or a CI log. Values from a description and file names reach these outputs;
 * raw, an ESC sequence clears the screen or sets the window title, a CR overwrites what was
 * printed, and a line break can start a GitHub workflow command (`::stop-commands::`). Each such
 * character is shown as a visible escape instead, so what the reader sees is what the file holds.
 */

/** C0 controls but tab, DEL, C1 controls, line/paragraph separators and bidirectional overrides. */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

/** One value (a message, a file name) made safe for a terminal line. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/**
 * A whole block the tool wrote itself: its own line breaks stay, a carriage return at the very
 * start (the progress line) stays, everything else is neutralised as in `terminalSafe`.
 */
export function terminalSafeLines(text: string): string {
  const lead = text.startsWith('\r') ? '\r' : '';
  return lead + text.slice(lead.length).split('\n').map(terminalSafe).join('\n');
}
