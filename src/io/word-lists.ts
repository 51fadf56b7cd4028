/**
 * The researcher's own word lists: `--userdict` (words for the segmenter, in jieba's format) and `--stopwords`
 * (one word per line). Read and validated here, before any worker starts, so that a bad line is one usage
 * error naming `file:line` and what was expected; the workers then load the checked file by its path.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { systemReason, t } from '../messages/index.js';

/**
 * Problems of a jieba user dictionary, as `line: message`. jieba reads each non-empty line as `word`,
 * `word tag` or `word frequency tag`, fields separated by one space, and knows no comments: so a frequency
 * without a tag (`新质生产力 20000`) would be taken for a tag, and `# note` for a word.
 */
export function userDictProblems(text: string): Array<{ line: number; message: string }> {
  const problems: Array<{ line: number; message: string }> = [];
  text.split('\n').forEach((raw, i) => {
    const message = userDictLineProblem(raw.replace(/\r$/, ''));
    if (message) problems.push({ line: i + 1, message });
  });
  return problems;
}

function userDictLineProblem(line: string): string | undefined {
  if (line === '') return undefined;
  const expected = t('userdict.expected');
  if (line.startsWith('#')) return t('userdict.comment', { line, expected });
  if (/\t|\s{2,}|^\s|\s$/.test(line)) return t('userdict.spaces', { line, expected });
  const fields = line.split(' ');
  if (fields.length > 3) return t('userdict.fields', { count: fields.length, line, expected });
  const [, second, third] = fields;
  if (fields.length === 2 && /^\d+$/.test(second!)) return t('userdict.frequencyWithoutTag', { line, expected });
  if (fields.length === 3 && !/^[1-9]\d*$/.test(second!)) return t('userdict.frequency', { value: second!, expected });
  const tag = fields.length === 3 ? third! : second;
  if (tag !== undefined && !/^[A-Za-z]+$/.test(tag)) return t('userdict.tag', { value: tag, expected });
  return undefined;
}

/** Check a user dictionary file; a bad line or an unreadable file throws `UsageError` (`file:line: …`). */
export function checkUserDict(file: string): void {
  if (/[|;]/.test(file)) throw new UsageError(t('userdict.path', { file }));
  const text = readList(file, '--userdict');
  if (text.startsWith('\uFEFF')) throw new UsageError(t('userdict.bom', { file }));
  const problems = userDictProblems(text);
  if (problems.length) throw new UsageError(problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n'));
}

/**
 * The words of a stop-word file: one per line, blank lines and `#` comments skipped. A line with two words
 * throws `UsageError` (`file:line: …`): a stop word is removed as one token, a phrase would never match.
 */
export function readStopwords(file: string): string[] {
  const words: string[] = [];
  const problems: string[] = [];
  readList(file, '--stopwords').replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    const word = raw.trim();
    if (word === '' || word.startsWith('#')) return;
    if (/\s/.test(word)) problems.push(t('stopwords.oneWord', { file, line: i + 1, word }));
    else words.push(word);
  });
  if (problems.length) throw new UsageError(problems.join('\n'));
  return words;
}

function readList(file: string, option: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(t('wordList.unreadable', { option, file, reason: systemReason(e) }));
  }
}
