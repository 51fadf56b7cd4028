/**
 * The README.md written into every output folder, so that a folder of tables explains itself.
 */
export const OUTPUT_README = `# Output of workreport analyze

Written by \`workreport analyze\` (in the workreport project, \`npm start\` analyses corpus/ into output/). The
whole folder is replaced by each run; the columns of every table are described in the codebook of
workreport's README, and as JSON Schemas in schema/.

- documents.csv — one row per document (metadata, counts, keywords, placeholders, headings, reused share)
- terms.csv — term counts per document (tidy: doc_id, term, count, per_10k_chars)
- corpus_terms.csv — term totals and document frequencies over the corpus
- placeholders.csv, sections.csv, themes.csv, topics.csv, trends.csv, groups.csv, keyness.csv,
  shared_passages.csv, doc_similarity.csv — see the codebook
- topic_families.csv — wordings of one consultation topic grouped into families (label, wordings, years, regions)
- topic_trends.csv — documents and topics per year × family and year × theme (topic_trends.json: the same, nested)
- quantities.csv — counts of CPPCC work each report states (收到提案312件, 办复率99.5%, 立案*件 masked);
  quantity_trends.csv and quantity_groups.csv — the same by year and by metadata group (see the codebook)
- collocations.csv — multiword expressions found in the corpus (adjacent words far above chance, quoted
  phrases, A+); formulations.csv — terms and phrases that emerge (absent, then taken up by most regions
  within a few years); formulation_trends.csv — their share of regions per year; adoption.csv — the year each
  region first uses each formulation, and its rank
- errors.csv — files that could not be analysed (file, stage, message)
- summary.json — totals, options, tool version, lexicon hashes and per-document records
- report.html — a one-page visual summary (open it in a browser)
`;
