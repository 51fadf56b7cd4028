/**
 * Web and e-mail addresses in the text: the placeholder rules report nothing inside one, as an x, a *, an
 * underscore or a TODO in an address is part of it (http://x, www.xx.gov.cn/a_b, xx@163.com).
 *
 * An address is written in ASCII: it starts at http://, https://, ftp:// or www. (or is name@domain.tld) and ends
 * at the first character an address does not hold — a space, a Han character, a bracket, a quote, punctuation
 * other than . - _ ~ : / ? # @ $ & * + = % — and before a trailing . : ? (the sentence's, not the address's).
 * So a placeholder right after an address is still reported: `http://www.gov.cn，XX县`, `www.x.cn XX次`.
 *
 * ok:     http://x、https://www.xx.gov.cn/XX/index.html、xx@163.com
 * not ok: 详见http://www.gov.cn，XX县政协 (the XX after the address)
 */
import { overlapsAny } from '../document/span.js';
import type { Span } from '../types.js';

/** The start of an address, and the ASCII characters it may hold (no brackets, quotes or spaces). */
const ADDRESS = /(?:(?:https?|ftp):\/\/|(?<![A-Za-z0-9.-])www\.)[A-Za-z0-9\-._~:/?#@$&*+=%]*|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gi;
/** Punctuation that ends the sentence rather than the address. */
const TRAILING = /[.:?]+$/;
/** Texts without one of these have no address (nearly every text): the search is skipped. */
const HINT = /:\/\/|www\.|@/i;

/** The addresses of `text` as half-open spans, in text order. */
export function addressSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!HINT.test(text)) return spans;
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
    const end = m.index + m[0].replace(TRAILING, '').length;
    if (end > m.index) spans.push({ start: m.index, end });
  }
  return spans;
}

/**
 * A test of whether `text[start, end)` overlaps a web or e-mail address; the addresses are looked for once, at
 * the first question (a rule asks only about its candidates, and most texts give none).
 */
export function addressTest(text: string): (start: number, end: number) => boolean {
  let spans: Span[] | undefined;
  return (start, end) => overlapsAny((spans ??= addressSpans(text)), start, end);
}
