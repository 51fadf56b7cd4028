import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutputFolder } from '../../src/io/output-folder.js';
import { assertReplaceableOutput } from '../../src/io/write.js';
import { outputReadme } from '../../src/format/output-readme.js';

describe('assertReplaceableOutput', () => {
  const setup = () => {
    const root = mkdtempSync(join(tmpdir(), 'wr-guard-'));
    mkdirSync(join(root, 'corpus'));
    writeFileSync(join(root, 'corpus', 'a.txt'), '政协');
    mkdirSync(join(root, 'prev'));
    writeFileSync(join(root, 'prev', 'summary.json'), '{}');
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'notes', 'todo.txt'), 'mine');
    writeFileSync(join(root, 'file.txt'), 'x');
    mkdirSync(join(root, 'empty'));
    mkdirSync(join(root, 'fresh'));
    writeFileSync(join(root, 'fresh', 'README.md'), outputReadme());
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'README.md'), '# My notes\n');
    return root;
  };

  it('accepts a new folder, an empty folder and a previous output', async () => {
    const root = setup();
    for (const out of ['new', 'new/deeper', 'empty', 'prev', 'fresh']) {
      await expect(assertReplaceableOutput(join(root, out), [join(root, 'corpus')])).resolves.toBeUndefined();
    }
  });

  it('refuses the corpus folder, a folder containing it, a file, a folder of other files and a path under a file', async () => {
    const root = setup();
    const keep = [join(root, 'corpus')];
    const cases: Array<[string, string]> = [
      ['corpus', `--out ${join(root, 'corpus')}: refusing to replace the corpus folder ${join(root, 'corpus')}; choose a new or empty folder`],
      ['.', `--out ${join(root, '.')}: refusing to replace a folder that contains the corpus folder ${join(root, 'corpus')}; choose a new or empty folder`],
      ['docs', `--out ${join(root, 'docs')}: the folder exists and is not a workreport output (no summary.json); choose a new or empty folder, or remove it first`],
      ['file.txt', `--out ${join(root, 'file.txt')}: is a file, expected a folder to write the outputs into`],
      ['notes', `--out ${join(root, 'notes')}: the folder exists and is not a workreport output (no summary.json); choose a new or empty folder, or remove it first`],
      ['file.txt/sub', `--out ${join(root, 'file.txt/sub')}: ${join(root, 'file.txt')} is a file, so the output folder cannot be made inside it`],
    ];
    for (const [out, message] of cases) {
      await expect(assertReplaceableOutput(join(root, out), keep), out).rejects.toThrow(message);
    }
  });

  it('refuses, through the link --out is, the run folder it shows and the state folder beside it', async () => {
    const root = setup();
    const folder = await openOutputFolder(join(root, 'out'));
    await folder.append('summary.json', '{}');
    await folder.commit();
    const run = realpathSync(join(root, 'out'));
    mkdirSync(join(run, 'corpus'));
    await expect(assertReplaceableOutput(join(root, 'out'), [join(run, 'corpus')])).rejects.toThrow(
      `--out ${join(root, 'out')}: refusing to replace a folder that contains the corpus folder ${join(run, 'corpus')}; choose a new or empty folder`,
    );
    await expect(assertReplaceableOutput(join(root, 'out'), [], [{ option: '--lexicon', file: join(root, '.out.workreport', 'x.json') }])).rejects.toThrow(
      `--lexicon ${join(root, '.out.workreport', 'x.json')}: is inside the output folder ${join(root, 'out')}, which this run replaces`,
    );
    await expect(assertReplaceableOutput(join(root, 'out'), [join(root, 'corpus')])).resolves.toBeUndefined();
  });

  it('refuses the current folder', async () => {
    await expect(assertReplaceableOutput(process.cwd())).rejects.toThrow(/refusing to replace the current folder/);
  });
});
