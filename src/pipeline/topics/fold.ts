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

/** Per BMP code unit: 0 not yet asked, 1 the converter leaves it as it is, 2 it changes it. */
const unitState = new Uint8Array(0x10000);

/** `text` with Traditional characters replaced by Simplified ones, same length (offsets unchanged). */
export function foldToSimplified(text: string): string {
  const convert = (toSimplified ??= Converter({ from: 't', to: 'cn' }));
  // Most texts are Simplified throughout: when no character would change on its own, the text is returned as it
  // is, without OpenCC's phrase matching over the whole text (5% of analyze's CPU on the provinces).
  if (!anyUnitChanges(text, convert)) return text;
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = convert(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** Whether the converter changes any code unit of `text` taken alone (a surrogate pair counts as changing). */
function anyUnitChanges(text: string, convert: (text: string) => string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x2e80) continue; // below the CJK radicals: nothing the t → cn tables convert
    if (unit >= 0xd800 && unit <= 0xdfff) return true;
    let state = unitState[unit]!;
    if (state === 0) state = unitState[unit] = convert(text[i]!) === text[i] ? 1 : 2;
    if (state === 2) return true;
  }
  return false;
}
