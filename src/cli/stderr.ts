/**
 * Messages to the user on stderr: one prefix, and file names and text from documents made safe for the
 * terminal (format/terminal.ts). Every command writes its notes, skipped files and errors through `say`.
 */
import { terminalSafe } from '../format/terminal.js';

/** Write `workreport: <message>` and a line break to stderr; control characters in `message` are escaped. */
export function say(message: string): void {
  process.stderr.write(`workreport: ${terminalSafe(message)}\n`);
}
