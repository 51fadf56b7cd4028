/**
 * Traditional → Simplified folding for the topic rules. Some 政协 pages are in Traditional characters (中評社,
 * Hong Kong and Taiwan sites, garbled conversions): `圍繞…開展專項民主監督` must be read like `围绕…开展专项民主监督`.
 * The rules run on the folded copy; topics are cut from the original text, so they stay as written.
 *
 * The folded copy has the same length as the text (a conversion that would change the length, which OpenCC's
 * phrase tables can do, is redone character by character), so every offset holds in both.
 * OpenCC's tables (opencc-js, pure JavaScript) are used rather than a hand-made character list.
 */
import { Converter } from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | undefined;

/** `text` with Traditional characters replaced by Simplified ones, same length (offsets unchanged). */
export function foldToSimplified(text: string): string {
  const convert = (toSimplified ??= Converter({ from: 't', to: 'cn' }));
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = convert(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}
