/**
 * The SARIF log is validated against the parts of the SARIF 2.1.0 JSON Schema it uses, transcribed as zod
 * strict objects (the official schema sets additionalProperties: false on each of these objects, so a
 * misspelt property fails here as it would there). The same output is validated against the official schema
 * itself in sarif-schema.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatSarif, toUri } from '../../src/format/sarif.js';
import { fileError } from '../../src/io/messages.js';
import { sampleRun } from './fixture.js';

const Message = z.strictObject({ text: z.string() });
const Level = z.enum(['none', 'note', 'warning', 'error']);
const UriReference = z.string().refine((u) => !/[\s\u0080-\uffff]/.test(u) && URL.canParse(u, 'file:///base/'), 'uri-reference');
const Region = z.strictObject({
  startLine: z.number().int().min(1), startColumn: z.number().int().min(1),
  endLine: z.number().int().min(1), endColumn: z.number().int().min(1),
  snippet: z.strictObject({ text: z.string() }),
});
const Result = z.strictObject({
  ruleId: z.string(), ruleIndex: z.number().int().min(-1), level: Level, message: Message,
  locations: z.array(z.strictObject({
    physicalLocation: z.strictObject({ artifactLocation: z.strictObject({ uri: UriReference }), region: Region }),
  })).min(1),
  properties: z.record(z.string(), z.unknown()),
});
const ReportingDescriptor = z.strictObject({
  id: z.string(), shortDescription: Message, fullDescription: Message, help: Message,
  defaultConfiguration: z.strictObject({ level: Level }),
});
const Notification = z.strictObject({
  level: Level, message: Message,
  locations: z.array(z.strictObject({ physicalLocation: z.strictObject({ artifactLocation: z.strictObject({ uri: UriReference }) }) })).min(1),
  properties: z.record(z.string(), z.unknown()),
});
const Invocation = z.strictObject({ executionSuccessful: z.boolean(), toolExecutionNotifications: z.array(Notification) });
const SarifLog = z.strictObject({
  $schema: z.url(),
  version: z.literal('2.1.0'),
  runs: z.array(z.strictObject({
    tool: z.strictObject({ driver: z.strictObject({ name: z.string(), version: z.string(), rules: z.array(ReportingDescriptor) }) }),
    columnKind: z.enum(['utf16CodeUnits', 'unicodeCodePoints']),
    invocations: z.array(Invocation).length(1),
    results: z.array(Result),
  })).min(1),
});

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(sampleRun(), { toolVersion: '0.1.0' }));

  it('is a valid SARIF 2.1.0 log counting columns in code points', () => {
    expect(() => SarifLog.parse(log)).not.toThrow();
    expect(log.runs[0].columnKind).toBe('unicodeCodePoints');
  });

  it('names the files not checked as notifications of the invocation, which then did not succeed', () => {
    const failed = fileError('drafts/县/c.txt', 'read', { key: 'decode.binary' });
    const passed = fileError('notes.pdf', 'skipped', { key: 'reason.format.pdf' }, 'info');
    const withFailures = JSON.parse(formatSarif({ ...sampleRun(), failures: [failed], skipped: [passed] }, { toolVersion: '0.1.0' }));
    expect(() => SarifLog.parse(withFailures)).not.toThrow();
    const notify = (level: string, uri: string, text: string, stage: string) =>
      ({ level, message: { text }, locations: [{ physicalLocation: { artifactLocation: { uri } } }], properties: { stage } });
    expect(withFailures.runs[0].invocations).toEqual([{
      executionSuccessful: false,
      toolExecutionNotifications: [
        notify('error', 'drafts/%E5%8E%BF/c.txt', failed.message, 'read'), notify('note', 'notes.pdf', passed.message, 'skipped'),
      ],
    }]);
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('(the validator rejects what the official schema rejects)', () => {
    const bad = structuredClone(log);
    bad.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    bad.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'drafts/县/a.txt';
    bad.runs[0].results[0].severity = 'error';
    const issues = SarifLog.safeParse(bad).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(issues.sort()).toEqual([
      'runs.0.results.0',
      'runs.0.results.0.locations.0.physicalLocation.artifactLocation.uri',
      'runs.0.results.0.locations.0.physicalLocation.region.startColumn',
    ]);
  });

  it('describes every rule with its help text and points results at them', () => {
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['numbering/test', 'placeholder/test-letter', 'suppression/unknown', 'suppression/unused']);
    expect(run.tool.driver.rules[1].help.text).toBe('测试规则：连续的 X。Test rule: fill in the X.');
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('reports each diagnostic with its region, level and property bag', () => {
    expect(log.runs[0].results[1]).toEqual({
      ruleId: 'placeholder/test-letter', ruleIndex: 1, level: 'error',
      message: { text: '未填写的占位符“XX”（地区）：此处应填写具体地名' },
      locations: [{ physicalLocation: {
        artifactLocation: { uri: 'drafts/%E5%8E%BF/a.txt' },
        region: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 9, snippet: { text: 'XX' } },
      } }],
      properties: { context: '体情况 X县政协召开XX次会议。 二、主要工', kind: 'region' },
    });
    expect(log.runs[0].results[2].properties).toEqual({ context: '协召开XX次会议。 二、主要工作', section: '二、主要工作' });
    expect(log.runs[0].results[2].level).toBe('warning');
  });
});

describe('toUri', () => {
  it('percent-encodes relative paths and turns absolute ones into file: URLs', () => {
    expect(toUri('provinces/北京/2020.md')).toBe('provinces/%E5%8C%97%E4%BA%AC/2020.md');
    expect(toUri('../a #1.txt')).toBe('../a%20%231.txt');
    expect(toUri('/tmp/报告.txt')).toBe('file:///tmp/%E6%8A%A5%E5%91%8A.txt');
  });
});
