/** doc_id is unique over a corpus and stable: ids that do not collide are today's; colliding ones keep the extension. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docIdOf, uniqueDocIds } from '../../src/document/create.js';
import { parseCsv } from '../../src/format/csv.js';
import { buildDocx } from '../docx-builder.js';
import { runCli } from '../cli/run.js';
import { SEED_FILES } from '../helpers.js';
import { makeTree, REPORT } from './tree.js';

describe('uniqueDocIds', () => {
  it('keeps the id of every file that does not collide (the sample corpus ids do not change)', () => {
    expect(uniqueDocIds([...SEED_FILES])).toEqual(SEED_FILES.map(docIdOf));
    expect(uniqueDocIds(['云南省/2003.md', 'b.txt'])).toEqual(['云南省/2003', 'b']);
  });

  it('names colliding files by their whole relative path, then adds ~2, ~3 in path order', () => {
    expect(uniqueDocIds(['a.docx', 'a.md', 'a.txt', 'b.txt'])).toEqual(['a.docx', 'a.md', 'a.txt', 'b']);
    expect(uniqueDocIds(['back/slash.txt', 'back\\slash.txt'])).toEqual(['back/slash.txt', 'back\\slash.txt']);
    // a.txt.txt keeps its id "a.txt", which the colliding a.txt would take: a.txt gets a.txt~2.
    expect(uniqueDocIds(['a.md', 'a.txt', 'a.txt.txt'])).toEqual(['a.md', 'a.txt~2', 'a.txt']);
  });
});

describe('analyze with colliding names', () => {
  it('gives a.txt, a.md, a.docx and back\\slash.txt beside back/slash.txt ids no one can confuse', async () => {
    const dir = makeTree({ 'a.txt': REPORT, 'a.md': REPORT, 'back/slash.txt': REPORT, 'back\\slash.txt': REPORT, 'c.txt': REPORT });
    writeFileSync(join(dir, 'a.docx'), await buildDocx(REPORT.trim().split('\n').map((p) => [p])));
    const out = join(makeTree({}), 'out');
    const run = runCli(['analyze', dir, '--out', out, '--jobs', '1', '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = parseCsv(readFileSync(join(out, 'documents.csv'), 'utf8')).rows;
    expect(rows.map((r) => [r.file, r.doc_id])).toEqual([
      ['a.docx', 'a.docx'], ['a.md', 'a.md'], ['a.txt', 'a.txt'],
      ['back/slash.txt', 'back/slash.txt'], ['back\\slash.txt', 'back\\slash.txt'], ['c.txt', 'c'],
    ]);
    const themed = new Set(parseCsv(readFileSync(join(out, 'themes.csv'), 'utf8')).rows.map((r) => r.doc_id));
    expect(themed.size).toBe(6);
  });
});

describe('check keeps the real path', () => {
  it('SARIF names a.txt and a.md apart, each by its own path', () => {
    const dir = makeTree({ 'a.txt': '回顾20XX年工作\n', 'a.md': '回顾20XX年工作\n' });
    const run = runCli(['check', dir, '--format', 'sarif']);
    const sarif = JSON.parse(run.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.map((u) => u.slice(u.lastIndexOf('/') + 1))).toEqual(['a.md', 'a.txt']);
  });
});
