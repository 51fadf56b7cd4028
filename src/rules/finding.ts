/**
 * Building findings: one place for the shape and the message of a placeholder finding.
 */
import type { Finding } from '../types.js';
import { kindOf, placeholderMessage, type PlaceholderKind } from './kind.js';

/** A placeholder finding for `text[start, end)`; its kind is read from the context unless given. */
export function placeholderFinding(
  ruleId: string, text: string, start: number, end: number,
  kind: Exclude<PlaceholderKind, 'blank'> = kindOf(text, start, end),
): Finding {
  return { ruleId, start, end, kind, message: placeholderMessage(text.slice(start, end), kind) };
}

/** Every match of a global regex, with its offsets. */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}
