/**
 * The swap that puts a finished output at --out: a process killed (SIGKILL) right after each of its steps leaves
 * --out showing the complete old or the complete new output — but for the one documented moment of a migration
 * from a real folder — and the next run mends what it left and succeeds. Processes run the built library
 * (`dist/`, as the CLI tests do) and are killed by `WORKREPORT_TEST_SIGNAL_AT`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { openOutputFolder } from '../../src/io/output-folder.js';
import { newRunId, placeOf } from '../../src/io/output-place.js';
import { swapIn } from '../../src/io/swap.js';
import { ROOT } from '../helpers.js';
import { makeTree } from './tree.js';

const LIBRARY = pathToFileURL(join(ROOT, 'dist', 'io', 'output-folder.js')).href;
// Write `summary.json` and `terms.csv`, both naming the run, into the output folder argv[1], and commit.
const RUN = `import { openOutputFolder } from ${JSON.stringify(LIBRARY)};
const [out, name] = process.argv.slice(1);
const folder = await openOutputFolder(out);
await folder.append('summary.json', name);
await folder.append('terms.csv', 'doc_id,term\\n' + name + ',政协\\n');
await folder.commit();`;

/** Run one output run named `name` into `out`, sending itself `signal` after `step` when given. */
function run(out: string, name: string, kill?: string) {
  const env = { ...process.env, WORKREPORT_TEST_SIGNAL_AT: kill ?? '' };
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', RUN, out, name], { env, encoding: 'utf8', timeout: 60_000 });
  return { status: res.status, signal: res.signal, stderr: res.stderr };
}

/** What --out shows: the run's name when its folder is complete and of one run, 'missing', or what is wrong. */
function shown(out: string): string {
  if (!existsSync(out)) return 'missing';
  const name = readFileSync(join(out, 'summary.json'), 'utf8');
  const files = readdirSync(out).sort().join(',');
  const complete = files === 'summary.json,terms.csv' && readFileSync(join(out, 'terms.csv'), 'utf8') === `doc_id,term\n${name},政协\n`;
  return complete ? name : `incomplete: ${files}`;
}

/** The place after a successful run: --out links into the state folder, which holds the marker and that run only. */
function expectTidy(parent: string): void {
  expect(readdirSync(parent).sort()).toEqual(['.out.workreport', 'out']);
  expect(lstatSync(join(parent, 'out')).isSymbolicLink()).toBe(true);
  expect(readdirSync(join(parent, '.out.workreport')).sort()).toEqual(['README.txt', readlinkSync(join(parent, 'out')).split('/')[1]]);
}

/** The previous output, as each earlier state of a place has it. */
const BEFORE = {
  /** A link to a run folder, written by this version. */
  link: (parent: string) => expect(run(join(parent, 'out'), 'old').status).toBe(0),
  /** A real folder, written by the previous version (or by a user: an empty folder). */
  folder: (parent: string) => {
    mkdirSync(join(parent, 'out'));
    writeFileSync(join(parent, 'out', 'summary.json'), 'old');
    writeFileSync(join(parent, 'out', 'terms.csv'), 'doc_id,term\nold,政协\n');
  },
  /** Nothing yet: a first run. */
  none: () => undefined,
};

describe('a run killed right after each step of the swap', () => {
  const cases: Array<[keyof typeof BEFORE, string, string[]]> = [
    // [what --out was, the step, what --out may show right after the kill]
    ['link', 'linked', ['old']],
    ['link', 'swapped', ['new']],
    ['folder', 'linked', ['old']],
    // The one moment that is not atomic: the real folder moved aside, the link not yet in (README, Guarantees).
    ['folder', 'moved-aside', ['missing']],
    ['folder', 'swapped', ['new']],
    ['none', 'linked', ['missing']],
    ['none', 'swapped', ['new']],
  ];
  for (const [before, step, expected] of cases) {
    it(`${before} at --out, killed after "${step}": shows ${expected.join(' or ')}; the next run mends and succeeds`, () => {
      const parent = makeTree({});
      const out = join(parent, 'out');
      BEFORE[before](parent);
      const killed = run(out, 'new', `${step}:SIGKILL`);
      expect(killed.signal).toBe('SIGKILL');
      expect(shown(out)).toBe(expected[0]);
      expect(run(out, 'next').status).toBe(0);
      expect(shown(out)).toBe('next');
      expectTidy(parent);
    });
  }

  it('a migration cut after the move aside is finished by the next run as it starts: --out shows the killed run\'s output', async () => {
    const parent = makeTree({});
    const out = join(parent, 'out');
    BEFORE.folder(parent);
    expect(run(out, 'new', 'moved-aside:SIGKILL').signal).toBe('SIGKILL');
    expect(shown(placeOf(out).next)).toBe('new');
    // A run that starts and fails (discards its own output) has already put the killed run's complete output in place.
    await (await openOutputFolder(out)).discard();
    expect(shown(out)).toBe('new');
    expectTidy(parent);
  });
});

describe('two runs swapping at the same moment', () => {
  it('the second one loses with a message, and the first one\'s output is the one in place', () => {
    const parent = makeTree({});
    const out = join(parent, 'out');
    expect(run(out, 'old').status).toBe(0);
    const place = placeOf(out);
    const [a, b] = [newRunId(), newRunId()];
    for (const [id, name] of [[a, 'A'], [b, 'B']] as const) {
      mkdirSync(join(place.state, id));
      writeFileSync(join(place.state, id, 'summary.json'), name);
    }
    let lost: unknown;
    // B tries its swap while A holds `.out.next` (A is this process: running).
    swapIn(place, a, (step) => {
      if (step !== 'linked') return;
      try {
        swapIn(place, b);
      } catch (e) {
        lost = e;
      }
    });
    expect(lost).toBeInstanceOf(UsageError);
    expect((lost as Error).message).toBe(`--out ${out}: another run wrote its output there at the same time; this run's output was discarded: run again, or use another --out`);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('A');
    expect(existsSync(place.next)).toBe(false);
  });

  it('a folder put at --out while a real folder was moved aside: this run loses, and the moved folder goes back', () => {
    const parent = makeTree({});
    const out = join(parent, 'out');
    BEFORE.folder(parent);
    const place = placeOf(out);
    const id = newRunId();
    mkdirSync(join(place.state, id), { recursive: true });
    // Another process (an earlier version's run) makes out/ in the instant it is free.
    expect(() => swapIn(place, id, (step) => step === 'moved-aside' && mkdirSync(out))).toThrow(
      `--out ${out}: another run wrote its output there at the same time`,
    );
    expect(shown(out)).toBe('old');
    expect(existsSync(place.next)).toBe(false);
  });

  it('a `.out.next` that is not a link of ours is never removed: the run says what is in the way', () => {
    const parent = makeTree({ '.out.next': 'mine' });
    const out = join(parent, 'out');
    const failed = run(out, 'new');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`--out ${out}: ${join(parent, '.out.next')} is in the way`);
    expect(readFileSync(join(parent, '.out.next'), 'utf8')).toBe('mine');
    expect(existsSync(out)).toBe(false);
  });
});

describe('what the previous version left (two renames: DIR → .<name>.old-<pid>, .<name>.tmp-<pid> → DIR)', () => {
  const dead = 2 ** 22 + 1; // above Linux's pid_max

  it('killed between its renames: the old output is put back, then replaced by a link; its temporary folder goes', () => {
    const parent = makeTree({});
    const out = join(parent, 'out');
    BEFORE.folder(parent);
    renameSync(out, join(parent, `.out.old-${dead}`));
    mkdirSync(join(parent, `.out.tmp-${dead}`));
    expect(run(out, 'new', 'linked:SIGKILL').signal).toBe('SIGKILL');
    expect(shown(out)).toBe('old');
    expect(run(out, 'next').status).toBe(0);
    expect(shown(out)).toBe('next');
    expectTidy(parent);
  });

  it('leaves a `.out.old-<pid>` that does not look like an output (a user\'s folder), and a link to a user\'s folder', () => {
    const parent = makeTree({ [`.out.old-${dead}/notes.txt`]: 'mine', 'elsewhere/summary.json': 'theirs' });
    const out = join(parent, 'out');
    symlinkSync(join(parent, 'elsewhere'), out);
    expect(run(out, 'new').status).toBe(0);
    expect(shown(out)).toBe('new');
    expect(readFileSync(join(parent, `.out.old-${dead}`, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(parent, 'elsewhere', 'summary.json'), 'utf8')).toBe('theirs');
  });
});
