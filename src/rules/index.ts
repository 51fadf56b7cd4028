/**
 * The built-in rules. Each rule owns its own characters (letters, asterisks, 某, underscores, boxes,
 * bracketed notes, gaps before units), so the findings of different rules never overlap.
 */
import { asteriskMask } from './asterisk-mask.js';
import { blankSlot } from './blank-slot.js';
import { box } from './box.js';
import { editorial } from './editorial.js';
import { letterMask } from './letter-mask.js';
import { mou } from './mou.js';
import type { Rule } from './types.js';
import { underscore } from './underscore.js';

export type { Rule, RuleContext } from './types.js';
export { KIND_LABELS, PLACEHOLDER_KINDS, kindOf, type PlaceholderKind } from './kind.js';

/** Every built-in rule: the placeholder forms, then blank slots. */
export const BUILTIN_RULES: readonly Rule[] = [
  letterMask, asteriskMask, mou, underscore, box, editorial, blankSlot,
];
