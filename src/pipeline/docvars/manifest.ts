/**
 * manifest.csv text → one validated row per described file. Pure: the caller reads the manifest and lists
 * the corpus. Every problem is collected, then thrown as one `UsageError` with one line per problem, each
 * `<manifest>:<line>: field "<name>": <what was expected>, got "<what was found>"` (the header is line 1).
 *
 * ok:     `file,year\n003_b45dcb9941570f9a.txt,2020`
 * not ok: `file,year\n../x.txt,2020` → `manifest.csv:2: field "file": refused "../x.txt": the path leaves the corpus folder`
 */
import Papa from 'papaparse';
import { UsageError } from '../../errors.js';
import { t } from '../../messages/index.js';
import { MANIFEST_COLUMNS, ManifestRowSchema, type ManifestRow } from '../../schemas/manifest.js';

/** One CSV record and the file line it starts on (1-based; quoted cells may span lines). */
interface CsvRecord {
  line: number;
  cells: string[];
}

/** The manifest's own columns (its others are extra metadata), lower case as written in a header. */
const BUILT_IN_COLUMNS = ['file', 'title', 'region', 'region_level', 'year', 'doc_type'] as const;

/**
 * Parse and validate a manifest. `corpusFiles` are the relative paths (with `/`) of the files found in the
 * corpus folder; a row whose `file` is not among them, leaves the folder, or repeats an earlier row is an error.
 * Rows are keyed by their normalised `file` (`./a\b.txt` → `a/b.txt`), in manifest order.
 */
export function parseManifest(text: string, manifestFile: string, corpusFiles: readonly string[]): Map<string, ManifestRow> {
  const problems: { line: number; message: string }[] = [];
  const report = (line: number, message: string) => problems.push({ line, message });
  const { records, errors } = readRecords(text);
  errors.forEach((e) => report(e.line, e.message));

  const [head, ...body] = records;
  const columns = head?.cells.map((c) => c.trim()) ?? [];
  if (!columns.includes('file')) {
    const found = columns.length > 0 ? t('manifest.foundColumns', { columns: columns.map(quote).join(', ') }) : t('manifest.empty');
    throw new UsageError(t('manifest.noFileColumn', { file: manifestFile, line: head?.line ?? 1, found }));
  }
  columns.forEach((c, i) => {
    if (c !== '' && columns.indexOf(c) !== i) report(head!.line, t('manifest.columnTwice', { column: quote(c) }));
    // `Year` would be an extra column of its own, and the year the manifest meant to give silently ignored.
    const builtIn = BUILT_IN_COLUMNS.find((b) => b !== c && b === c.toLowerCase());
    if (builtIn !== undefined) report(head!.line, t('manifest.columnCase', { column: quote(c), expected: quote(builtIn) }));
  });

  const inCorpus = new Set(corpusFiles);
  const firstLine = new Map<string, number>();
  const rows = new Map<string, ManifestRow>();
  for (const record of body) {
    const cells = cellsByColumn(record, columns, report);
    if (!cells) continue;
    const written = (cells['file'] ?? '').trim();
    const file = normalizeFile(written);
    const problem = written === '' ? undefined : fileProblem(written, file, inCorpus, firstLine.get(file));
    if (problem) report(record.line, t('manifest.field', { field: 'file', problem }));
    if (written !== '' && !firstLine.has(file)) firstLine.set(file, record.line);
    const { known, extra } = splitColumns(cells);
    const parsed = ManifestRowSchema.safeParse(known);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(record.line, t('manifest.field', { field: String(issue.path[0] ?? 'file'), problem: issue.message }));
    }
    if (problem || !parsed.success) continue;
    rows.set(file, { ...parsed.data, file, extra });
  }
  if (problems.length > 0) {
    const sorted = problems.sort((a, b) => a.line - b.line); // stable: a row's problems keep their column order
    throw new UsageError(sorted.map((p) => `${manifestFile}:${p.line}: ${p.message}`).join('\n'));
  }
  return rows;
}

/** The cells of a record keyed by column name; `undefined` (and a report) when it has too many cells. */
function cellsByColumn(
  record: CsvRecord,
  columns: readonly string[],
  report: (line: number, message: string) => void,
): Record<string, string> | undefined {
  const stray = record.cells.findIndex((c, i) => c.trim() !== '' && (i >= columns.length || columns[i] === ''));
  if (stray >= 0) {
    const where = stray >= columns.length
      ? t('manifest.tooManyCells', { cells: record.cells.length, columns: columns.length })
      : t('manifest.unnamedColumn', { index: stray + 1 });
    report(record.line, t('manifest.strayCell', { where, cell: quote(record.cells[stray]!) }));
    return undefined;
  }
  // No prototype: a column named constructor, toString or __proto__ is a column like any other.
  const cells: Record<string, string> = Object.create(null) as Record<string, string>;
  columns.forEach((name, i) => {
    if (name !== '' && !Object.hasOwn(cells, name)) cells[name] = record.cells[i] ?? '';
  });
  return cells;
}

/**
 * The documented columns (validated by the schema) and the others, kept as trimmed text. The others are not
 * passed through zod, which drops a key named `__proto__`; `Object.fromEntries` defines every name as an own
 * property, so `constructor` or `__proto__` is a column like any other.
 */
function splitColumns(cells: Record<string, string>): { known: Record<string, string>; extra: Record<string, string> } {
  const isKnown = (name: string) => (MANIFEST_COLUMNS as readonly string[]).includes(name);
  const entries = Object.entries(cells);
  return {
    known: Object.fromEntries(entries.filter(([name]) => isKnown(name))),
    extra: Object.fromEntries(entries.filter(([name]) => !isKnown(name)).map(([name, value]) => [name, value.trim()])),
  };
}

/** Why `file` cannot be used, or `undefined` when it is fine. */
function fileProblem(written: string, file: string, inCorpus: ReadonlySet<string>, earlierLine: number | undefined): string | undefined {
  if (/^([A-Za-z]:|[/\\])/.test(written) || file.split('/').includes('..')) {
    return t('manifest.leavesCorpus', { path: quote(written) });
  }
  if (earlierLine !== undefined) return t('manifest.described', { path: quote(file), line: earlierLine });
  if (!inCorpus.has(file)) return t('manifest.noSuchFile', { path: quote(file) });
  return undefined;
}

/** `./a\b.txt` → `a/b.txt`: `/` separators, no `.` or empty segments. */
function normalizeFile(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

/** CSV text → non-blank records with the line each starts on; papaparse's errors with their lines. */
function readRecords(text: string): { records: CsvRecord[]; errors: { line: number; message: string }[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, delimiter: ',', skipEmptyLines: false });
  const lines: number[] = [];
  const records: CsvRecord[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    lines.push(line);
    if (cells.some((c) => c.trim() !== '')) records.push({ line, cells });
    line += 1 + cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  const errors = parsed.errors.map((e) => ({ line: lines[e.row ?? 0] ?? line, message: `CSV: ${e.message}` }));
  // A record the CSV reader could not split (an unterminated quote runs on to the end) is reported once, as that
  // error: its cells are not checked as well (they would give a second, misleading message).
  const broken = new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => lines[e.row ?? 0]));
  return { records: records.filter((r) => !broken.has(r.line) || r.line === 1), errors };
}

/** A cell shown as the user wrote it (backslashes kept, unlike JSON.stringify). */
function quote(s: string): string {
  return `"${s}"`;
}
