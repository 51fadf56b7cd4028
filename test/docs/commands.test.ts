/**
 * docs/commands/<command>.md documents every command and every option the program has: the lists are read
 * from the built program's own --help (English), so an option added to src/cli/main.ts without its line on the
 * command's page fails here. The README names every command and links to its page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

function help(...args: string[]): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'workreport.js'), ...args, '--help'], {
    encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' },
  });
  expect(run.status).toBe(0);
  return run.stdout;
}

/** The commands of `workreport --help` (without commander's own `help`). */
function commands(): string[] {
  const block = help().split(/^Commands:$/m)[1] ?? '';
  return [...block.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((c) => c !== 'help');
}

/** The long options of `workreport <command> --help` (`--no-x` included, `--help` left out). */
function options(command: string): string[] {
  const block = help(command).split(/^Options:$/m)[1] ?? '';
  return [...block.matchAll(/^ {2}(?:-[A-Za-z], )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]!).filter((o) => o !== '--help');
}

const COMMANDS = commands();

describe('the command pages', () => {
  it('are read from the program: analyze, check, outline, kwic, schema', () => {
    expect([...COMMANDS].sort()).toEqual(['analyze', 'check', 'kwic', 'outline', 'schema']);
    expect(options('check')).toContain('--no-allow-dun-hao');
  });

  it.each(COMMANDS.map((c) => [c]))('docs/commands/%s.md names every option of the command', (command) => {
    const page = join(ROOT, 'docs', 'commands', `${command}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text).toContain(`workreport ${command}`);
    const missing = options(command).filter((o) => !new RegExp(`${o}(?![a-z-])`).test(text));
    expect(missing).toEqual([]);
  });

  it('are each linked from the README, with an example of the command', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const c of COMMANDS) {
      expect(readme).toContain(`(docs/commands/${c}.md)`);
      expect(readme).toMatch(new RegExp(`npx workreport ${c} `));
    }
  });
});
