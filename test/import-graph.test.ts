/**
 * No import circle in src/: a module graph without circles is one a reader follows from the top down.
 *
 * Why a small test and not dependency-cruiser or madge: both bring a large tree of dependencies for one check,
 * and both parse TypeScript through the `typescript` package's JavaScript compiler API (directly or through
 * typescript-estree), which the `typescript` 7 this project builds with no longer exports (it offers `version`
 * only). The imports of this code base are written one way (ESM, relative specifiers ending in `.js`), so three
 * patterns find them all, and every relative import must resolve to a file: a pattern that misread an import
 * fails here instead of hiding an edge. (Checked once against a full TypeScript parser: the same imports in
 * every file of src/.)
 * Type-only imports count: a circle through `import type` still ties the modules into one knot.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

/** Static imports and re-exports (`import … from`, `import type … from`, `export … from`), possibly over lines. */
const STATIC = /^[ \t]*(?:import|export)\s[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm;
/** Imports for their side effects only: `import './x.js'`. */
const BARE = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
/** Dynamic imports and type queries with a literal: `import('./x.js')`, `typeof import('./x.js')`. */
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The specifiers a module imports, relative ones only (packages are outside the graph). */
function relativeImports(source: string): string[] {
  // Comment lines are dropped so that an example in a doc comment is not read as an edge.
  const code = source.split('\n').filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line)).join('\n');
  const found = [STATIC, BARE, DYNAMIC].flatMap((re) => [...code.matchAll(re)].map((m) => m[1]!));
  return [...new Set(found)].filter((spec) => spec.startsWith('.'));
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The graph of src/: file → the files it imports (paths relative to the root); throws on an import that resolves to nothing. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of tsFiles(SRC).sort()) {
    const targets = relativeImports(readFileSync(file, 'utf8')).flatMap((spec) => {
      const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      if (target.endsWith('.json')) return [];
      if (!existsSync(target)) throw new Error(`${relative(ROOT, file)}: import '${spec}' resolves to no file`);
      return [relative(ROOT, target)];
    });
    graph.set(relative(ROOT, file), targets);
  }
  return graph;
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('import graph of src/', () => {
  it('reads every form of relative import and skips packages and comments', () => {
    const source = [
      "import type { A } from './a.js';",
      "import { b, type C } from '../b.js';",
      'import {',
      '  d,',
      "} from './d/index.js';",
      "export { e } from './e.js';",
      "export * from './f.js';",
      "import './side.js';",
      "const g = await import('./g.js');",
      "type H = typeof import('./h.js');",
      "import { z } from 'zod';",
      "// import { k } from './comment.js';",
      " * @example import('./doc.js')",
      "const s = 'from ./not.js';",
    ].join('\n');
    expect(relativeImports(source).sort()).toEqual(
      ['../b.js', './a.js', './d/index.js', './e.js', './f.js', './g.js', './h.js', './side.js'],
    );
  });

  it('finds a circle and names its files', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']], ['e', ['e']]]);
    expect(circles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('has no circle', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(100);
    const found = circles(graph);
    const message = found.map((files) => `import circle: ${files.join(' ↔ ')}`).join('\n');
    expect(found, message).toEqual([]);
  });
});
