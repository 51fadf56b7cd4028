/**
 * The researcher's own word lists: `--userdict` (words for the segmenter, in jieba's format) and `--stopwords`
 * (one word per line). Read and validated here, before any worker starts, so that a bad line is one usage
 * error naming `file:line` and what was expected; the workers then load the checked file by its path.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../cli/errors.js';

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

const EXPECTED = 'expected "word", "word tag" or "word frequency tag" separated by single spaces (e.g. "新质生产力 20000 nz")';

function userDictLineProblem(line: string): string | undefined {
  if (line === '') return undefined;
  if (line.startsWith('#')) return `jieba reads no comments: "${line}" would be taken for a word (${EXPECTED})`;
  if (/\t|\s{2,}|^\s|\s$/.test(line)) return `tabs, double or edge spaces in "${line}" (${EXPECTED})`;
  const fields = line.split(' ');
  if (fields.length > 3) return `${fields.length} fields in "${line}" (${EXPECTED})`;
  const [, second, third] = fields;
  if (fields.length === 2 && /^\d+$/.test(second!)) return `a frequency needs a tag after it: "${line}" (${EXPECTED})`;
  if (fields.length === 3 && !/^[1-9]\d*$/.test(second!)) return `frequency "${second}" is not a whole number above 0 (${EXPECTED})`;
  const tag = fields.length === 3 ? third! : second;
  if (tag !== undefined && !/^[A-Za-z]+$/.test(tag)) return `tag "${tag}" is not a part-of-speech tag of Latin letters, e.g. nz (${EXPECTED})`;
  return undefined;
}

/** Check a user dictionary file; a bad line or an unreadable file throws `UsageError` (`file:line: …`). */
export function checkUserDict(file: string): void {
  if (/[|;]/.test(file)) throw new UsageError(`--userdict ${file}: nodejieba cannot load a dictionary whose path contains | or ;`);
  const text = readList(file, '--userdict');
  if (text.startsWith('\uFEFF')) throw new UsageError(`${file}:1: starts with a byte-order mark, which jieba would read as part of the first word (save it as UTF-8 without BOM)`);
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
    if (/\s/.test(word)) problems.push(`${file}:${i + 1}: expected one word per line, got "${word}"`);
    else words.push(word);
  });
  if (problems.length) throw new UsageError(problems.join('\n'));
  return words;
}

function readList(file: string, option: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${option} ${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
