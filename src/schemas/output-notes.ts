/**
 * The codebook's notes on the output files: what a reader needs beyond the columns' own descriptions (which rows
 * there are, how a value is computed, how to split a joined column). Markdown, by output file name; the registry
 * (outputs.ts) attaches each to its file. How each stage finds what it counts is told in the method notes.
 */
export const OUTPUT_NOTES: Readonly<Record<string, string>> = {
  'documents.csv': `
The metadata columns (title to doc_type) come from the manifest, the path pattern or the text, in that order
of precedence; the counts (chars to paragraphs) are of the normalised text.`,

  'terms.csv': `
Single characters are left out (mostly function characters or pieces of names the dictionary does not know).`,

  'placeholders.csv': `
One row per finding of the placeholder and blank-slot rules — the same rules as \`workreport check\`, inline
suppression included.`,

  'topics.csv': `
Rows are in document order; the same topic at the same place with the same activity appears once.`,

  'quantities.csv': `
Rows are in document order. A report that states a total and its parts (\`收到提案141件，其中委员提案129件 …
经济建设方面提案16件\`) or repeats a figure gives a row for each.`,

  'quantity_trends.csv': `
One row per year (with documents; unknown years left out) × subject of the vocabulary; zero rows included, so
that years compare on the same subjects. Each document gives one **value** per subject: the largest it states,
because reports state a total and then its parts, or repeat it, and summing rows would count proposals twice.
Approximate values count as written (3500余 → 3500). Masked counts have no value. Documents that copy an earlier
one are left out (see documents.csv \`duplicate_of\`).`,

  'quantity_groups.csv': `
As quantity_trends.csv, per metadata field (the fields of groups.csv: region, region_level, doc_type, year and
\`--group-by\`) × group (\`(unknown)\` last) × subject.`,

  'trends.csv': `
Every theme of the lexicon for every year that has documents (zeros included), sorted by year then theme.
Documents whose year is unknown are left out of trends.csv and counted in summary.json (\`totals.unknown_year\`);
documents that copy an earlier one are left out unless \`--keep-duplicates\`.`,

  'groups.csv': `
One row per field × group × theme, for \`by\` in \`region\`, \`region_level\`, \`doc_type\`, \`year\` and every extra
manifest column named with \`--group-by\`. Groups are in code-unit order; documents with an empty value form the
group \`(unknown)\`, listed last.

**Crossed groupings.** \`--group-by region+year\` adds one grouping whose groups are every region × year pair
that has documents: \`by\` is \`region+year\` and \`group\` the two values joined by \`+\` in the same order
(\`四川省+2019\`, \`四川省+(unknown)\`), so region × year × theme rows come directly. Groups are ordered field by
field (code-unit order, \`(unknown)\` last in each). In pandas \`g[["region", "year"]] =
g.group.str.split("+", n=1, expand=True)\`; in R \`tidyr::separate(g, group, c("region", "year"), sep = "\\\\+")\`.
Any number of fields can be crossed (\`region_level+doc_type+year\`); \`--group-by region,year\` names two
separate groupings (both already in the table). A value that itself contains \`+\` cannot be split back: cross
such a field only when its values have none.`,

  'keyness.csv': `
For each group of \`--keyness-by\` (default \`year\` when any year is known, else \`region\`; documents without a
value form the group \`(unknown)\`, compared like any other), the 50 terms (terms.csv words, stop words excluded)
most over-represented and the 50 most under-represented against the rest of the corpus, as quanteda's
\`textstat_keyness(measure = "lr")\` computes them. Rows per group by \`g2\` descending (over-represented first,
the most under-represented last), ties by term.

Formulas, for a term with \`a\` = count in the group, \`b\` = count in the rest, \`c\` and \`d\` = all other tokens in
the group and in the rest, \`N = a + b + c + d\`:

- expected counts \`E(a) = (a+b)(a+c)/N\`, \`E(b) = (a+b)(b+d)/N\`, \`E(c) = (a+c)(c+d)/N\`, \`E(d) = (b+d)(c+d)/N\`;
- \`G² = 2 Σ O·ln(O/E)\` over the four cells (\`0·ln 0 = 0\`), \`+\` when \`a > E(a)\`, \`−\` otherwise;
- like quanteda's default, Yates' correction (each cell moved 0.5 toward its expectation) applies when
  \`|ad − bc| ≥ N/2\` and some expected count is below 5 (the library also offers Williams' correction and none);
- \`p = erfc(√(|G²|/2))\`, the chi-square survival function with 1 degree of freedom, computed to full precision
  far into the tail (checked against reference values, e.g. 3.841459 → 0.05, 100 → 1.52397e-23);
- \`log_ratio = log2((a / (a+c)) / (b / (b+d)))\`, a zero count taken as 0.5 (Hardie 2014): +1 = twice as frequent.`,

  'shared_passages.csv': `
A passage is a sentence or, inside a sentence with several clauses, a clause of at least 12 Han characters,
compared on a normalised key (list marker dropped, NFKC, every run of digits and placeholder masks as one \`#\`,
punctuation and spaces removed); keys whose character-bigram sets have a Jaccard index ≥ 0.8 are the same
passage. A clause found in exactly the same documents as its sentence is not listed (the sentence is). The
first occurrence is the earliest year (unknown years last), then doc_id, then position.`,

  'doc_similarity.csv': `
Only pairs that share at least one passage; the 100 most similar. A document's passage set is the passages it
contains, including those found in no other document.`,

  'topic_families.csv': `
A *wording* is a distinct pair (topic text, theme). Wordings are visited most frequent first; each joins the
family whose label is most similar to it — the Dice coefficient of the two keys' sets of character bigrams at
least 0.7, and the same theme — or starts a family of its own, labelled with it. The comparison key drops
punctuation, spaces and the intensifiers that open a topic (持续, 进一步, 深入, 全面 …). Documents that copy an
earlier one are left out unless \`--keep-duplicates\`.`,

  'topic_trends.csv': `
One row per year × key that has topics that year, where \`kind\` is \`family\` (key: the family id), \`theme\` (key:
the theme id; topics without a theme have no theme row) or \`all\` (key empty: every topic of the year — one such
row for *every* year that has documents, even none with a topic, so the year's denominator is always there).
Rows are sparse: a family with no topic in a year has no row that year (read it as 0). Documents of unknown year
are left out (their topics still count in topic_families.csv).`,

  'collocations.csv': `
Each document counts its phrase candidates where it is analysed: two or three adjacent Han words with nothing
between them, none a stop word, at most 8 characters together; short quoted phrases (2–8 Han characters in “ ”
or 「 」); and the A+ pattern (a word before + or ＋). Over all counted pairs (N), the 2×2 table of a pair *a b* is
n11 = pairs *a b*, n12 = *a* followed by another word, n21 = *b* after another word, n22 = the rest;
\`G² = 2 Σ O·ln(O/E)\` (no continuity correction) and \`λ = ln((n11+½)(n22+½)/((n12+½)(n21+½)))\`; three words are
scored as the pair (first two, third). A phrase is kept when it occurs at least 10 times in at least 5 documents
and, for an n-gram, G² ≥ 10.83 (p < 0.001) and λ ≥ 3; a quoted phrase or an A+ needs the same counts and 3
documents that quote it. A pair that occurs 90 % of the times or more inside a kept three-word phrase is dropped,
and a phrase found both ways is listed once.`,

  'formulations.csv': `
Every term of terms.csv and every phrase of collocations.csv is followed over the region-year panel: in year
*y*, its share is the number of regions with a document of *y* that uses it, over the regions with any document
of *y*. Only years with at least 10 regions reporting are judged. A term emerges when (1) some judged year has
share ≥ 0.2 with at least 5 judged years before it (the onset); (2) at most 3 % of the documents dated before the
onset use it; (3) some year at or after the onset has share ≥ 0.5, at most 3 years after the last judged year
before the onset whose share was ≤ 0.05; (4) at least 2 judged years have share ≥ 0.2. Without region and year
per document, or with fewer than 10 regions per year, the table is empty.`,

  'summary.json': `
No timestamps: the same input gives the same bytes. \`options\` are the options as given (with the defaults
in force), \`options.manifest\` the manifest actually used (given, or found in the corpus folder).`,

  'report.html': `
One self-contained page to open in a browser: key figures (documents, characters, years, regions,
placeholders, blank slots, shared passages, mean reused share); charts of documents by year and by region,
theme trends, themes by region, consultation topics and topic families by year and region, the diffusion of
formulations, stated counts by year and placeholders by kind; tables of the documents with the most
placeholders, the most shared passages and all documents (up to 500). Documents that copy an earlier one are
left out of every chart. The page loads nothing (no script, no web font, no network) and has no timestamp: the
same input gives the same bytes.`,
};
