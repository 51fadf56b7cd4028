/**
 * Traditional characters of the words quantities are matched on, mapped one to one to Simplified, so that a
 * report in Traditional characters (委員提案 620件, 辦結率達100%) matches the vocabulary. One character for one,
 * so offsets do not move. Only characters that occur in count subjects, measure words and approximation words
 * are listed; a full converter is not needed to find them.
 */
const PAIRS =
  '員员議议見见視视調调報报協协會会談谈複复辦办條条項项場场個个餘余約约兩两萬万億亿點点監监專专題题門门' +
  '動动參参與与發发計计劃划務务關关屆届體体來来總总滿满達达處处結结畢毕經经審审層层區区縣县黨党團团' +
  '課课聯联組组織织佔占實实際际並并進进況况應应單单類类論论續续範范規规議议幹干際际圍围繞绕資资況况' +
  '時时後后間间別别職职訓训書书員员歷历屬属問问則则議议訪访務务說说選选館馆詢询傳传彙汇匯汇併并數数質质';

const MAP: ReadonlyMap<string, string> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i]!, PAIRS[2 * i + 1]!] as [string, string]),
);

/** `text` with the listed Traditional characters replaced by their Simplified forms; same length. */
export function simplifyChars(text: string): string {
  let out = '';
  for (const c of text) out += MAP.get(c) ?? c;
  return out;
}
