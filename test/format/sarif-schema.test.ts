/**
 * SARIF output validated against the official SARIF 2.1.0 JSON Schema (draft 2020-12), as shipped in the
 * MIT-licensed npm package @microsoft/sarif-multitool-linux (a devDependency used only for this file), with ajv.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json'), 'utf8'));
// Formats (uri, date-time) are annotations here; the structure, types, enums and additionalProperties are checked.
const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(schema);

describe('workreport check --format sarif', () => {
  it('writes a log that is valid against the official SARIF 2.1.0 schema, for the sample corpus', () => {
    const run = runCli(['check', 'corpus', '--format', 'sarif']);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.runs[0].columnKind).toBe('unicodeCodePoints');
    expect(log.runs[0].results.filter((r: { ruleId: string }) => !r.ruleId.startsWith('numbering/')).length).toBe(152);
  });

  it('is valid with files that were not checked, as notifications of a failed invocation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-sarif-'));
    writeFileSync(join(dir, 'a.txt'), 'X县政协。\n');
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    writeFileSync(join(dir, 'c.pdf'), '%PDF');
    const run = runCli(['check', dir, '--format', 'sarif']);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(validate(log)).toBe(true);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications.map((n: { level: string }) => n.level)).toEqual(['error', 'note']);
  });

  it('the schema rejects a log with a bad level and an unknown property (the validator is live)', () => {
    const log = JSON.parse(runCli(['check', 'corpus', '--format', 'sarif']).stdout);
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[0].severity = 'error';
    expect(validate(log)).toBe(false);
    expect((validate.errors ?? []).map((e) => e.instancePath).sort()).toContain('/runs/0/results/0/level');
  });
});
