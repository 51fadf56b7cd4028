/** HTML text escaping for the report: every string from the data goes through `escapeHtml`. Pure. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape `&<>"'` so that text is shown as written, in element content and in quoted attributes. */
export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
