import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
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
      '  rules["placeholder/asterisk"]: Invalid option: expected one of "off"|"warn"|"error"',
      '  allow[0]: invalid regular expression /AB[/: Invalid regular expression: /AB[/g: Unterminated character class',
      '  patterns[0].id: expected lower-case letters, digits and -, e.g. "tbd"',
      '  Unrecognized key: "extra"',
    ].join('\n'));
  });

  it('names the file when it is not JSON or missing', async () => {
    const broken = join(dir, 'drafts', 'broken.json');
    await expect(loadConfig(broken)).rejects.toThrow(new UsageError(`${broken}:1:12: not valid JSON: Unexpected end of JSON input`));
    await expect(loadConfig(join(dir, 'nope.json'))).rejects.toThrow(/nope\.json: cannot read the config file: ENOENT/);
  });
});

describe('fieldPath', () => {
  it('writes paths as a user finds them in the JSON', () => {
    expect(fieldPath(['patterns', 2, 'id'])).toBe('patterns[2].id');
    expect(fieldPath(['rules', 'blank-slot'])).toBe('rules["blank-slot"]');
  });
});
