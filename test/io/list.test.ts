import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths, InputError, listFiles, listInputs } from '../../src/io/list.js';
import { placeOf, writeMarker } from '../../src/io/output-place.js';

describe('listFiles', () => {
  it('walks folders recursively in code-unit order, skipping hidden entries, node_modules and README.md', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-list-'));
    for (const f of ['b.txt', 'a.md', 'README.md', 'notes.csv', '.hidden.txt', '云南省/2003.md', 'Z/x.docx', 'node_modules/m.txt', '.git/h.txt']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    const found = (await listFiles(dir, ['txt', 'md', 'docx'])).map((p) => relative(dir, p));
    expect(found).toEqual(['Z/x.docx', 'a.md', 'b.txt', '云南省/2003.md']);
    expect((await listFiles(dir, ['txt'])).map((p) => relative(dir, p))).toEqual(['b.txt']);
  });

  it('expandPaths keeps files as given and refuses missing paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-list-'));
    writeFileSync(join(dir, 'README.md'), '');
    expect(await expandPaths([join(dir, 'README.md')], ['md'])).toEqual({ files: [join(dir, 'README.md')], skipped: [] });
    await expect(expandPaths([join(dir, 'nope.txt')], ['txt'])).rejects.toThrow(InputError);
  });

  it("passes over analyze's own output link inside the folder, and still names any other link", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-list-'));
    writeFileSync(join(dir, 'a.txt'), '');
    const place = placeOf(join(dir, 'out'));
    mkdirSync(join(place.state, 'host-1-0123abcd'), { recursive: true });
    writeMarker(place);
    symlinkSync(join('.out.workreport', 'host-1-0123abcd'), join(dir, 'out'));
    symlinkSync('a.txt', join(dir, 'b.txt'));
    // A link of the same form into a folder without analyze's marker may be anything: named, not followed.
    mkdirSync(join(dir, '.x.workreport', 'host-1-0123abcd'), { recursive: true });
    symlinkSync(join('.x.workreport', 'host-1-0123abcd'), join(dir, 'x'));
    const { files, skipped } = await listInputs(dir, ['txt']);
    expect(files.map((p) => relative(dir, p))).toEqual(['a.txt']);
    expect(skipped.map((s) => [relative(dir, s.path), s.reason.key])).toEqual([['b.txt', 'reason.symlink'], ['x', 'reason.symlink']]);
  });
});
