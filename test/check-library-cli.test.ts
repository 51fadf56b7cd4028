/**
 * `checkFiles()` from the library and `workreport check` on the same real files report the same findings: the
 * numbering rules, heading paths, `previous` and `allowDunHao` live in the library, the CLI only maps flags to it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, type CheckOptions } from '../src/check.js';
import { formatJson } from '../src/format/json.js';
import { runCli } from './cli/run.js';
import { CORPUS, CPPCC, HAS_CPPCC, SEED_FILES } from './helpers.js';

async function both(paths: string[], flags: string[], options: CheckOptions) {
  const library = JSON.parse(formatJson((await checkFiles(paths, options)).results)) as { results: { diagnostics: { ruleId: string; section: string | null }[] }[] };
  const cli = runCli(['check', ...paths, ...flags, '--format', 'json']);
  return { library, cli: JSON.parse(cli.stdout) as typeof library };
}

const ruleIds = (out: { results: { diagnostics: { ruleId: string }[] }[] }) => new Set(out.results.flatMap((r) => r.diagnostics.map((m) => m.ruleId)));

describe('checkFiles and workreport check', () => {
  it('agree on the sample corpus with last year\'s report, sections included', async () => {
    const previous = join(CORPUS, SEED_FILES[1]);
    const { library, cli } = await both([CORPUS], ['--previous', previous], { previous });
    expect(library).toEqual(cli);
    expect(ruleIds(library)).toEqual(new Set(['placeholder/asterisk-mask', 'placeholder/letter-mask', 'stale/unchanged-sentence']));
    expect(library.results.flatMap((r) => r.diagnostics).filter((m) => m.section !== null).length).toBeGreaterThan(100);
  });

  it.skipIf(!HAS_CPPCC)('agree on real 政协 texts with numbering findings, with and without 、 after Arabic numbers', async () => {
    const paths = ['003_xx_city_proposal_5yr.txt', '105_hubin_2019_notice.txt', '120_newarea_work_arrangement.txt'].map((f) => join(CPPCC, f));
    const lenient = await both(paths, [], {});
    expect(lenient.library).toEqual(lenient.cli);
    expect(ruleIds(lenient.library).has('numbering/half-width')).toBe(true);
    expect(ruleIds(lenient.library).has('numbering/punctuation')).toBe(false);
    const strict = await both(paths, ['--no-allow-dun-hao'], { allowDunHao: false });
    expect(strict.library).toEqual(strict.cli);
    expect(strict.library.results.flatMap((r) => r.diagnostics).filter((m) => m.ruleId === 'numbering/punctuation').length).toBe(13);
  });
});
