/**
 * One exit policy for every command (cli/exit-code.ts): a file that cannot be read among others that were is 1 —
 * in check, analyze and kwic alike — and a run in which no file could be read at all is 2.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { makeTree, REPORT } from './tree.js';

const BINARY = 'a\0b';

function statuses(files: Record<string, string>): Record<string, number | null> {
  const dir = makeTree(files);
  const out = join(makeTree({}), 'out');
  return {
    check: runCli(['check', dir]).status,
    analyze: runCli(['analyze', dir, '--out', out, '--jobs', '1', '--quiet']).status,
    kwic: runCli(['kwic', '政协', dir]).status,
  };
}

describe('exit codes when files cannot be read', () => {
  it('are 1 in every command for an unreadable file beside a readable one', () => {
    expect(statuses({ 'a.txt': REPORT, 'b.txt': BINARY })).toEqual({ check: 1, analyze: 1, kwic: 1 });
  });

  it('are 2 in every command when no file could be read', () => {
    expect(statuses({ 'b.txt': BINARY, 'c.txt': BINARY })).toEqual({ check: 2, analyze: 2, kwic: 2 });
  });

  it('are 0 when every file was read and nothing is wrong', () => {
    expect(statuses({ 'a.txt': REPORT })).toEqual({ check: 0, analyze: 0, kwic: 0 });
  });
});
