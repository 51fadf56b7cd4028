import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/schemas/config.js';
import { jsonSchemas } from '../../src/schemas/index.js';

describe('ConfigSchema', () => {
  it('accepts the documented example and fills defaults', () => {
    expect(ConfigSchema.parse({ allow: ['X光', '/AB[CX]/'], patterns: [{ id: 'tbd', pattern: '/待[定补]/' }] })).toEqual({
      rules: {}, allow: ['X光', '/AB[CX]/'], patterns: [{ id: 'tbd', pattern: '/待[定补]/', kind: 'other' }],
    });
  });

  it('takes numbering.allowDunHao as a boolean and nothing else under numbering', () => {
    expect(ConfigSchema.parse({ numbering: { allowDunHao: false } }).numbering).toEqual({ allowDunHao: false });
    const res = ConfigSchema.safeParse({ numbering: { allowDunhao: false } });
    expect(res.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['numbering', 'unrecognized_keys']]);
  });

  it('rejects duplicate pattern ids at the second one', () => {
    const res = ConfigSchema.safeParse({ patterns: [{ id: 'a', pattern: 'x' }, { id: 'a', pattern: 'y' }] });
    expect(res.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['patterns.1.id', 'duplicate pattern id "a"']]);
  });

  it('is published as a JSON Schema describing the file as written (fields with defaults optional)', () => {
    const schema = jsonSchemas()['workreport.config.json'] as { required?: string[]; additionalProperties: boolean; properties: Record<string, unknown> };
    expect(schema.required).toBeUndefined();
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'rules', 'allow', 'numbering', 'patterns', 'analyze']);
    expect(schema.properties.numbering).toMatchObject({
      type: 'object', additionalProperties: false, properties: { allowDunHao: { type: 'boolean' } },
    });
    expect(schema.properties.rules).toMatchObject({ additionalProperties: { enum: ['off', 'warn', 'error'] } });
    expect(jsonSchemas()['placeholders.csv']).toMatchObject({ required: ['doc_id', 'file', 'line', 'column', 'end_column', 'text', 'kind', 'rule_id', 'context', 'location'] });
  });
});
