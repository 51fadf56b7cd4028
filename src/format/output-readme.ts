/**
 * The README.md written into every output folder, so that a folder of tables explains itself: one line per file,
 * from the registry of outputs.
 */
import { OUTPUTS } from '../schemas/outputs.js';

/** The output folder's README (markdown). */
export function outputReadme(): string {
  const files = OUTPUTS.map((o) => `- ${o.name} — ${o.purpose}`);
  return `# Output of workreport analyze

Written by \`workreport analyze\` (in the workreport project, \`npm start\` analyses corpus/ into output/). The
whole folder is replaced by each run; the columns of every table are described in workreport's codebook
(docs/codebook.md), and as JSON Schemas in schema/.

${files.join('\n')}
- schema/ — the JSON Schema of each table and JSON file above, and of the inputs (themes.json, quantities.json,
  workreport.config.json); \`workreport schema <name>\` prints the same
`;
}
