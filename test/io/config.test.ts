import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { fieldPath, findConfig, loadConfig } from '../../src/io/config.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workreport-config-'));
  await mkdir(join(dir, 'drafts', '2024'), { recursive: true });
  await writeFile(join(dir, 'workreport.config.json'), '\uFEFF{ "rules": { "placeholder/asterisk": "warn" } }');
  await writeFile(join(dir, 'drafts', 'bad.json'), '{ "rules": { "placeholder/asterisk": "on" }, "allow": ["/AB[/"], "patterns": [{ "id": "Bad Id", "pattern": "x" }], "extra": 1 }');
  await writeFile(join(dir, 'drafts', 'broken.json'), '{ "rules": ');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('findConfig', () => {
  it('finds the nearest workreport.config.json in the folder or above', async () => {
    expect(await findConfig(join(dir, 'drafts', '2024'))).toBe(join(dir, 'workreport.config.json'));
  });

  it('gives each folder its own nearest config when folders of one tree share a cache, in any order', async () => {
    await mkdir(join(dir, 'own', 'deeper'), { recursive: true });
    await writeFile(join(dir, 'own', 'workreport.config.json'), '{}');
    const root = join(dir, 'workreport.config.json'), own = join(dir, 'own', 'workreport.config.json');
    const folders = [join(dir, 'own', 'deeper'), join(dir, 'drafts', '2024'), join(dir, 'own'), join(dir, 'drafts')];
    for (const order of [folders, [...folders].reverse()]) {
      const cache = new Map<string, Promise<string | undefined>>();
      const found = await Promise.all(order.map((f) => findConfig(f, cache)));
      expect(Object.fromEntries(order.map((f, i) => [f, found[i]]))).toEqual({
        [join(dir, 'own', 'deeper')]: own, [join(dir, 'drafts', '2024')]: root, [join(dir, 'own')]: own, [join(dir, 'drafts')]: root,
      });
      // The folders' shared ancestors are in the cache, answered once for all of them.
      expect(cache.has(dir)).toBe(true);
    }
  });
});

describe('loadConfig', () => {
  it('reads a config (BOM tolerated) and fills defaults', async () => {
    expect(await loadConfig(join(dir, 'workreport.config.json'))).toEqual({
      rules: { 'placeholder/asterisk': 'warn' }, allow: [], patterns: [],
    });
  });

  it('names the file and every invalid field', async () => {
    const file = join(dir, 'drafts', 'bad.json');
    const err = await loadConfig(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe([
      `${file}: invalid config:`,
      '  rules["placeholder/asterisk"]: expected one of "off", "warn", "error", got "on"',
      '  allow[0]: invalid regular expression /AB[/: Unterminated character class', // not the engine's /AB[/g
      '  patterns[0].id: expected lower-case letters, digits and -, e.g. "tbd"',
      '  Unrecognized key: "extra"',
    ].join('\n'));
  });

  it('says what is missing, and what the wrong value is', async () => {
    const file = join(dir, 'drafts', 'types.json');
    await writeFile(file, JSON.stringify({ allow: 'X光', patterns: [{ id: 'tbd', kind: 'todo' }] }));
    await expect(loadConfig(file)).rejects.toThrow(new UsageError([
      `${file}: invalid config:`,
      '  allow: expected an array, got "X光"',
      '  patterns[0].pattern: missing (expected a string)',
      '  patterns[0].kind: expected one of "region", "number", "date", "name", "other", "blank", got "todo"',
    ].join('\n')));
  });

  it('reports unknown rule ids in the same message as the schema problems, given the known ids', async () => {
    const file = join(dir, 'drafts', 'ids.json');
    await writeFile(file, JSON.stringify({
      rules: { 'blank-slot': 'warning', 'placeholder/nope': 'off', 'placeholder/custom-tbd': 'warn' },
      patterns: [{ id: 'tbd', pattern: '待定' }],
    }));
    await expect(loadConfig(file, ['blank-slot', 'placeholder/asterisk'])).rejects.toThrow(new UsageError([
      `${file}: invalid config:`,
      '  rules["blank-slot"]: expected one of "off", "warn", "error", got "warning"',
      '  rules: unknown rule id "placeholder/nope": expected one of blank-slot, placeholder/asterisk, placeholder/custom-tbd',
    ].join('\n')));
    await writeFile(file, JSON.stringify({ rules: { 'placeholder/nope': 'off' } }));
    await expect(loadConfig(file, ['blank-slot'])).rejects.toThrow(
      new UsageError(`${file}: rules: unknown rule id "placeholder/nope": expected one of blank-slot`),
    );
    expect(await loadConfig(file)).toEqual({ rules: { 'placeholder/nope': 'off' }, allow: [], patterns: [] });
  });

  it('names the file when it is not JSON or missing', async () => {
    const broken = join(dir, 'drafts', 'broken.json');
    await expect(loadConfig(broken)).rejects.toThrow(new UsageError(`${broken}:1:12: not valid JSON: Unexpected end of JSON input`));
    await expect(loadConfig(join(dir, 'nope.json'))).rejects.toThrow(/nope\.json: cannot read the config file: no such file or folder \(ENOENT\)/);
  });
});

describe('fieldPath', () => {
  it('writes paths as a user finds them in the JSON', () => {
    expect(fieldPath(['patterns', 2, 'id'])).toBe('patterns[2].id');
    expect(fieldPath(['rules', 'blank-slot'])).toBe('rules["blank-slot"]');
  });
});
