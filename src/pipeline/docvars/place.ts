/**
 * Places a local text names in passing, for a text whose body is named only by a bare cue (县政协, 市政协). Pure.
 *
 * A county or district named by its bare stem in running text, as local news names its own place (建设大美两当,
 * 来到通江…), when the text also names the prefecture it lies in (陇南, 巴中). Pure. A stem alone is an ordinary
 * word too often (永清, 青龙, 和平) to be read by itself; with its prefecture (or, for a municipality's
 * district or a county under no prefecture, its province) written in the same head it names the place.
 *
 *
 * A city's page that writes 我市 before a county or district (我市清新区山塘镇…) speaks for that place's
 * prefecture.
 *
 * ok: regionOfStem('…陇南民事直说…建设大美两当', isCounty) → 两当县; not ok: regionOfStem('建设绿色永清', isCounty) → ''.
 * ok: prefectureOfOwnPlace('我市清新区山塘镇…') → 清远市.
 */
import { allDivisions, divisionByCode, divisionsNamed, MAX_NAME_LENGTH, stemOf, type Division } from './region-code.js';

/** The name of the one division `fits` accepts whose stem and whose parent's stem `head` both write; '' else. */
export function regionOfStem(head: string, fits: (d: Division) => boolean): string {
  const found = new Map<string, Division>();
  for (const d of allDivisions()) {
    if (!fits(d) || d.within.length < 2) continue;
    const stem = stemOf(d.name);
    if (stem.length < 2 || !head.includes(stem)) continue;
    const parent = divisionByCode(d.within[d.within.length - 2]!);
    if (parent && head.includes(stemOf(parent.name))) found.set(d.code, d);
  }
  return found.size === 1 ? [...found.values()][0]!.name : '';
}

/** The prefecture of the county or district written right after 我市 ('' when none, or when the name is several places'). */
export function prefectureOfOwnPlace(head: string): string {
  for (const m of head.matchAll(/我市/gu)) {
    const after = m.index + m[0].length;
    for (let len = Math.min(MAX_NAME_LENGTH, head.length - after); len >= 2; len--) {
      const places = divisionsNamed(head.slice(after, after + len)).filter((d) => d.level === 'county' || d.level === 'district');
      const prefectures = new Set(places.map((d) => d.prefecture));
      if (places.length > 0) return prefectures.size === 1 ? [...prefectures][0]! : '';
    }
  }
  return '';
}
