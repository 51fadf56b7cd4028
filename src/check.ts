/**
 * The `check` orchestrator: paths → documents → rules → allow-list → suppression → diagnostics.
 * Reads only through `io/`; never imports nodejieba (not even transitively), so a check starts at once.
 *
 * A file that cannot be read or decoded becomes a `FileError` and the batch goes on; a missing path or an
 * invalid config is a `UsageError` before anything is checked.
 */
import { dirname, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { t } from './messages/index.js';
import { formatOf } from './document/create.js';
import { locatorOf } from './document/span.js';
import { expandPaths, InputError, type Listing } from './io/list.js';
import { failureOf, fileError, withPassedOver } from './io/messages.js';
import { DEFAULT_MAX_FILE_MB, megabytes } from './io/limits.js';
import { documentFromBytes, fileDocument, readLimitedSync, relativeFile, type ReadOptions } from './io/read.js';
import { readStdin } from './io/stdin.js';
import { dormantChecks, outlineChecks, previousChecks } from './check-outline.js';
import { checkDocument, type SectionOf } from './pipeline/per-document/check-document.js';
import { rulesetResolver, unionMeta } from './check-rulesets.js';
import type { DocumentRules, RuleMeta, RuleSet } from './rules/ruleset.js';
import type { Rule } from './rules/types.js';
import type { Diagnostic, FileError, Notice, ReportDoc, SourceFormat } from './types.js';

export { checkDocument, type SectionOf } from './pipeline/per-document/check-document.js';
export type { DocumentRules, RuleMeta, RuleSet } from './rules/ruleset.js';

const FORMATS: readonly SourceFormat[] = ['txt', 'md', 'docx'];

/** The diagnostics of one file, with the source lines they point at (for the caret display). */
export interface FileResult {
  /** The path as given or found (`-`, or the `--stdin-filename`, for standard input). */
  file: string;
  diagnostics: Diagnostic[];
  /** Source text of each line that has a diagnostic, by 1-based line number. */
  lines: ReadonlyMap<number, string>;
}

export interface CheckRun {
  /** One entry per file checked, in the order the paths were given (folders sorted), each file once. */
  results: FileResult[];
  /** Files that could not be read or decoded, and files named on the command line that cannot be checked (.doc). */
  failures: FileError[];
  /** Files found in the folders given that were not checked (.doc, .pdf, links, FIFOs, unreadable folders), with why. */
  skipped: FileError[];
  /** Every rule known to the run (built-in, custom, document, suppression), sorted by id. */
  rules: RuleMeta[];
}

export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
}

export interface CheckOptions {
  /** One config for every file (`--config`); otherwise the nearest workreport.config.json per file. */
  config?: string;
  /** Text rules (default: the built-in placeholder and blank-slot rules). */
  rules?: readonly Rule[];
  /** Whole-document checks (default: the section numbering rules, as `workreport check` runs them). */
  documentRules?: readonly DocumentRules[];
  /** Heading paths for the `section` field (default: from each document's outline). */
  sectionOf?: SectionOf;
  /** Last year's report (`--previous`): sentences of a draft left as they were in it are reported. */
  previous?: string;
  /** Whether 一、 after a heading number is fine (`--allow-dun-hao`); wins over the config's `numbering.allowDunHao`. */
  allowDunHao?: boolean;
  /** Name (and so format and config folder) reported for standard input; default `-` read as .txt. */
  stdinName?: string;
  /** Limits on reading each file: the largest file (`--max-file-mb`) and the largest inflated .docx part. */
  read?: ReadOptions;
  /** Where `-` reads from (tests pass bytes). */
  readStdin?: () => Promise<Uint8Array>;
}

/** Check files, folders (recursively: .txt, .md, .docx) and `-` (standard input). */
export async function checkFiles(paths: readonly string[], options: CheckOptions = {}): Promise<CheckRun> {
  if (paths.length === 0) throw new UsageError(t('error.noPaths'));
  const cwd = process.cwd();
  // Last year's report is read first: a draft cannot be compared with a report that cannot be read.
  const outline = await outlineChecks(options.allowDunHao);
  const documentRules = [...(options.documentRules ?? outline.documentRules), ...(await previousChecks(options.previous, options.read))];
  const sectionOf = options.sectionOf ?? outline.sectionOf;
  const { files, skipped: passedOver } = await expandAll(paths);
  const failures: FileError[] = passedOver.filter((k) => k.given).map((k) => fileError(k.path, 'skipped', k.reason));
  const skipped: FileError[] = passedOver.filter((k) => !k.given).map((k) => fileError(k.path, 'skipped', k.reason, 'info'));
  // ESLint's "no files matching": nothing was checked, so nothing may look clean; what was passed over is named.
  if (files.length === 0) throw new UsageError(withPassedOver(t('error.nothingToCheck', { paths: paths.join(' ') }), 'notChecked', [...failures, ...skipped]));
  // Without --previous its rule does not run, but a config that turns it off is still valid.
  const rulesetFor = rulesetResolver(options.rules, documentRules, options.config, dormantChecks(options.previous));
  const results: FileResult[] = [];
  const used = new Set<RuleSet>();
  const maxFileBytes = options.read?.maxFileBytes ?? megabytes(DEFAULT_MAX_FILE_MB);
  // Files are read one at a time in this thread, as each one's turn comes, and decoded at once: on files the system
  // has cached, the round trips of asynchronous reads ahead cost more than the reads (provinces: 0.25 of 1.5 CPU s).
  const documentAt = async (file: string): Promise<ReportDoc> =>
    file === '-'
      ? stdinDocument(await (options.readStdin ?? readStdin)(), options, cwd)
      : fileDocument(readLimitedSync(file, maxFileBytes), file, cwd, undefined, options.read);
  for (const file of files) {
    const stdin = file === '-';
    const shown = stdin ? (options.stdinName ?? '-') : file;
    const ruleset = await rulesetFor(dirname(resolve(cwd, stdin ? (options.stdinName ?? 'stdin') : file)));
    used.add(ruleset);
    const doc = await documentAt(file).catch(asError);
    if (doc instanceof Error) {
      failures.push(failureOf(shown, 'read', doc));
      continue;
    }
    if (doc.text.trim() === '') {
      // As analyze and kwic: an empty file (an export that failed, a draft saved before it was written) is not
      // reported clean, which would say it had been checked and found ready.
      failures.push(fileError(shown, 'decode', { key: 'reason.emptyDraft' }));
      continue;
    }
    results.push({ ...checkResult(doc, ruleset, sectionOf), file: shown });
  }
  if (used.size === 0) used.add(await rulesetFor(cwd));
  return { results, failures, skipped, rules: unionMeta(used) };
}

/** One document's result: its diagnostics and the source lines they start on. Pure. */
export function checkResult(doc: ReportDoc, ruleset: RuleSet, sectionOf?: SectionOf): FileResult {
  const diagnostics = checkDocument(doc, ruleset, sectionOf);
  return { file: doc.path, diagnostics, lines: sourceLines(doc, diagnostics) };
}

/** Counts over all results: files checked, diagnostics at error and at warning level. */
export function summarize(results: readonly FileResult[]): CheckSummary {
  let errors = 0, warnings = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { files: results.length, errors, warnings };
}

/** Everything a run reports, as messages (the one model): findings, files that failed, files passed over in folders. */
export function noticesOf(run: Pick<CheckRun, 'results' | 'failures' | 'skipped'>): Notice[] {
  return [...run.results.flatMap((r) => r.diagnostics), ...run.failures, ...run.skipped];
}

/**
 * The files of `paths`, each once: a file named twice, or named beside a folder that holds it, is checked (and
 * counted) once, under the name it had first, in the order first given. Standard input is read once too.
 */
async function expandAll(paths: readonly string[]): Promise<Listing> {
  const out: Listing = { files: [], skipped: [] };
  const seen = new Set<string>();
  const isNew = (p: string) => {
    const key = p === '-' ? p : resolve(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const p of paths) {
    if (p === '-') {
      if (isNew(p)) out.files.push(p);
      continue;
    }
    try {
      const listing = await expandPaths([p], FORMATS);
      out.files.push(...listing.files.filter(isNew));
      out.skipped.push(...listing.skipped.filter((k) => isNew(k.path)));
    } catch (e) {
      if (e instanceof InputError) throw new UsageError(e.message);
      throw new UsageError(t('error.cannotReadPath', { path: p, reason: (e as Error).message }));
    }
  }
  return out;
}

/** The document of standard input's bytes, named and formatted by `stdinName`. */
function stdinDocument(bytes: Uint8Array, options: CheckOptions, cwd: string): Promise<ReportDoc> {
  const name = options.stdinName;
  const format = (name && formatOf(name)) || 'txt';
  return documentFromBytes(bytes, { path: name ?? '-', file: name ? relativeFile(cwd, resolve(cwd, name)) : '-', format }, options.read);
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/** The source lines that diagnostics start on. */
function sourceLines(doc: ReportDoc, diagnostics: readonly Diagnostic[]): Map<number, string> {
  const lines = new Map<number, string>();
  const loc = locatorOf(doc);
  for (const d of diagnostics) {
    if (lines.has(d.line)) continue;
    const start = loc.lineStart(d.line);
    const end = d.line < loc.lineCount ? loc.lineStart(d.line + 1) : doc.source.length;
    lines.set(d.line, doc.source.slice(start, end).replace(/\r?\n$|\r$/, ''));
  }
  return lines;
}
