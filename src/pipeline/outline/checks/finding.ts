/** The one shape of a numbering finding: at the heading's marker, classed by level, a warning. */
import type { Finding } from '../../../types.js';
import type { Heading } from '../types.js';

/** A finding of `ruleId` at `h`'s marker; `kind` is `level-<n>` so that callers can tell the levels apart. */
export function headingFinding(ruleId: string, h: Heading, message: string): Finding {
  return { ruleId, start: h.markerSpan.start, end: h.markerSpan.end, message, kind: `level-${h.level}`, severity: 'warning' };
}
