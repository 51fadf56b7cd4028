/**
 * Every relative link of README.md and docs/ leads somewhere: the file exists, and an anchor (`page.md#part`)
 * names a heading of that page as GitHub slugs it (github-slugger, the slugger GitHub's renderer follows). The
 * documentation was split into pages; a heading renamed or a page moved breaks links silently otherwise.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(path);
    return e.name.endsWith('.md') ? [path] : [];
  });
}

/** The text outside fenced code blocks and inline code, where a `[x](y)` is not a link. */
function prose(markdown: string): string {
  // Blanked, not removed, so that line numbers stay those of the file.
  return markdown.replace(/^```[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, '')).replace(/`[^`\n]*`/g, '');
}

/** The anchors GitHub gives the headings of a page (duplicates numbered -1, -2 as it does). */
export function anchorsOf(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const headings = markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} (.+)$/gm);
  return new Set([...headings].map((m) => slugger.slug(m[1]!.trim())));
}

/** `[text](target)` links (targets without a scheme), with the line they are on. */
function relativeLinks(markdown: string): { target: string; line: number }[] {
  const text = prose(markdown);
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .filter((m) => !/^[a-z]+:/i.test(m[1]!))
    .map((m) => ({ target: m[1]!, line: text.slice(0, m.index).split('\n').length }));
}

const PAGES = [join(ROOT, 'README.md'), ...markdownFiles(join(ROOT, 'docs'))].sort();

describe('links in README.md and docs/', () => {
  it('finds the pages and their links', () => {
    expect(PAGES.length).toBeGreaterThan(10);
    expect(relativeLinks(readFileSync(join(ROOT, 'README.md'), 'utf8')).length).toBeGreaterThan(20);
  });

  it.each(PAGES.map((p) => [relative(ROOT, p)]))('%s: every relative link resolves', (page) => {
    const source = readFileSync(join(ROOT, page), 'utf8');
    const broken: string[] = [];
    for (const { target, line } of relativeLinks(source)) {
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const file = path === '' ? join(ROOT, page) : resolve(dirname(join(ROOT, page)), decodeURIComponent(path));
      if (!existsSync(file)) {
        broken.push(`${page}:${line}: ${target} (no file ${relative(ROOT, file)})`);
      } else if (anchor !== undefined && statSync(file).isFile() && file.endsWith('.md')
        && !anchorsOf(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor))) {
        broken.push(`${page}:${line}: ${target} (no heading #${anchor} in ${relative(ROOT, file)})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
