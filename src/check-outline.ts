/**
 * The whole-document checks `checkFiles` adds to the text rules, the same for the library and `workreport check`:
 * the section numbering rules and the heading paths (the `section` field) from one outline per document, and
 * `--previous`'s comparison with last year's report. Loaded on demand: outline/ and stale.ts never import nodejieba.
 */
import { UsageError } from './errors.js';
import type { ReadOptions } from './io/read.js';
import { t } from './messages/index.js';
import type { SectionOf } from './pipeline/per-document/check-document.js';
import { STALE_RULES } from './pipeline/per-document/stale-rules.js';
import type { DocumentRules, RuleMeta } from './rules/ruleset.js';
import type { ReportDoc } from './types.js';

/**
 * The numbering rules and the heading paths, from one parse of the sections per document shared by both (not of
 * the enumerations: neither reads them). `allowDunHao`
 * (the CLI's --allow-dun-hao / --no-allow-dun-hao) wins over the config's `numbering.allowDunHao` when given.
 */
export async function outlineChecks(allowDunHao?: boolean): Promise<{ documentRules: DocumentRules[]; sectionOf: SectionOf }> {
  const { parseSections, numberingFindings, NUMBERING_RULES, sectionPathAt } = await import('./pipeline/outline/index.js');
  const { bodyOf } = await import('./document/docx-body.js');
  const outlines = new WeakMap<ReportDoc, ReturnType<typeof parseSections>>();
  const outlineOf = (doc: ReportDoc) => {
    let outline = outlines.get(doc);
    if (!outline) {
      // A .docx's sections are its body's: headers, notes and comments have no place in them.
      outline = parseSections(bodyOf(doc));
      outlines.set(doc, outline);
    }
    return outline;
  };
  return {
    documentRules: [{
      rules: NUMBERING_RULES,
      check: (doc, options) => numberingFindings(doc, outlineOf(doc), allowDunHao === undefined ? options : { ...options, allowDunHao }),
    }],
    sectionOf: (doc) => {
      const outline = outlineOf(doc);
      const end = bodyOf(doc).text.length;
      return (offset) => (offset < end ? sectionPathAt(outline, offset) : undefined);
    },
  };
}

/** `previous`: last year's report read once, and the rule that compares every draft with it (none without one). */
export async function previousChecks(file: string | undefined, read: ReadOptions | undefined): Promise<DocumentRules[]> {
  if (file === undefined) return [];
  const [{ readDocument }, { previousReport, staleSentences }] = await Promise.all([
    import('./io/read.js'), import('./pipeline/per-document/stale.js'),
  ]);
  const doc = await readDocument(file, process.cwd(), undefined, read).catch((e: Error) => {
    throw new UsageError(t('error.previousUnreadable', { file, message: e.message }));
  });
  const previous = previousReport(file, doc);
  return [{ rules: STALE_RULES, check: (draft) => staleSentences(draft, previous) }];
}

/**
 * The rules a config may name that do not run without `previous`: a config that turns `stale/unchanged-sentence`
 * off is valid in every run, with or without last year's report.
 */
export function dormantChecks(file: string | undefined): readonly RuleMeta[] {
  return file === undefined ? STALE_RULES : [];
}
