/** `workreport schema`: the JSON Schemas of the registry's outputs and of the inputs, all, one, or their list. */
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

describe('workreport schema', () => {
  it('--list names every published schema with what it describes, from the registry of outputs', () => {
    const run = runCli(['schema', '--list']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(29); // 26 outputs with a schema (all but report.html) and 3 inputs
    expect(lines).toContain('docvars.csv\tthe metadata beyond documents.csv: extra manifest columns and front-matter keys (tidy: doc_id, field, value)');
    expect(lines[0]).toBe('adoption.csv\tthe year each region first uses each formulation, and its rank');
    expect(lines).toContain('themes.json\tinput: a theme lexicon (--lexicon)');
    expect(lines.map((l) => l.split('\t')[0])).not.toContain('report.html');
  });

  it('prints one schema by name, with the column descriptions', () => {
    const run = runCli(['schema', 'keyness.csv']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as { properties: Record<string, { description?: string }> };
    expect(schema.properties.log_ratio!.description).toMatch(/^Hardie's log ratio \(effect size\), 4 decimals/);
  });
});
