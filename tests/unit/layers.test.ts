import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { codeFiles, importsOf, type Import } from './lib/imports.ts';

/**
 * The layers of src/, bottom to top. A file may import files of its own
 * folder and of any folder in a lower layer, never one in its own layer or
 * above; so imports point one way and no two folders lean on each other.
 *
 *  1. src/lib/calendar.ts — every date computation; imports nothing of the
 *     site's. It sits below the schemas because the schemas check dates with
 *     it (`fields.ts`, `periods.ts`). Stylesheets and assets import nothing.
 *  2. schemas — zod schemas, their types and the controlled vocabularies.
 *  3. lib — the rest of the pure functions (layout math, search, URLs,
 *     citations, `problem.ts` for content errors); they compute on the
 *     schemas' types.
 *  4. timeline/model — the timeline feature's pure layout math (src/timeline/
 *     is a feature folder: model, then draw and enhance, each a layer of its
 *     own inside it, so the same one-way rule holds within the feature).
 *  5. timeline/dense/model — the dense chart's pure path math (the dense
 *     path is a sub-folder with its own model and enhance layers).
 *  6. timeline/dense/enhance — the dense chart's browser layer, behind one
 *     interface (fence.ts) that the timeline's script loads; it never
 *     imports the timeline's script.
 *  7. markdown — reading Markdown (claims, frontmatter, remark plugins);
 *     client and timeline/enhance — browser-only scripts, which may use lib,
 *     schemas and the timeline's model and dense layers only (checked
 *     below, through every file they reach).
 *  8. validate — the content check.
 *  9. loader — the collections' loader, which runs the check.
 * 10. data — the site's joined data and search's data builders.
 * 11. integration — the build hooks; components — drawing (their `<script>`
 *     elements load client code).
 * 12. timeline/draw — the timeline's drawing, which uses shared components.
 * 13. layouts.
 * 14. pages and src/content.config.ts.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['lib/calendar.ts', 'styles', 'assets'],
  ['schemas'],
  ['lib'],
  ['timeline/model'],
  ['timeline/dense/model'],
  ['timeline/dense/enhance'],
  ['markdown', 'client', 'timeline/enhance'],
  ['validate'],
  ['loader'],
  ['data'],
  ['integration', 'components'],
  ['timeline/draw'],
  ['layouts'],
  ['pages', 'content.config.ts'],
];

/** A file's unit: the most specific entry of LAYERS that holds it ('lib/calendar.ts', 'lib', 'pages'…). */
function unitOf(file: string): string {
  const inSrc = file.replace(/^src\//, '');
  const units = LAYERS.flat().filter((u) => inSrc === u || inSrc.startsWith(`${u}/`));
  return units.sort((a, b) => b.length - a.length)[0] ?? `(no layer: ${inSrc.split('/')[0]})`;
}

function layerOf(unit: string): number {
  return LAYERS.findIndex((layer) => layer.includes(unit));
}

/** Imports of the site's own code (not stylesheets, JSON or fonts): the edges of the module graph. */
const imports = importsOf(['src']);
const codeImports = imports.filter((i): i is Import & { target: string } => !!i.target && /\.(?:ts|astro)$/.test(i.target));
const files = codeFiles('src');

describe('the layers of src/', () => {
  test('every folder of src/ has a layer', () => {
    expect(files.map(unitOf).filter((u) => layerOf(u) < 0)).toEqual([]);
  });

  test('imports point down the layers, never across or up', () => {
    const wrong = imports
      .filter((i) => i.target?.startsWith('src/'))
      .filter((i) => {
        const from = unitOf(i.from);
        const to = unitOf(i.target!);
        return from !== to && layerOf(to) >= layerOf(from);
      })
      .map((i) => `${i.from} imports ${i.specifier} (${unitOf(i.from)} may not import ${unitOf(i.target!)}: move the shared code down to a layer both can import, or the importing code up)`);
    expect(wrong).toEqual([]);
  });

  test('no import circle', () => {
    const circles = findCircles(files, codeImports).map(
      (circle) => `${circle.join(' → ')}: break the circle by moving what both need into a file of its own, or by passing it in`,
    );
    expect(circles).toEqual([]);
  });

  test('browser code reaches no build-time code and no Node module', () => {
    const edges = graph(codeImports);
    const wrong: string[] = [];
    for (const start of files.filter((f) => /^src\/(?:client|timeline\/(?:dense\/)?enhance)\//.test(f))) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length > 0) {
        const file = queue.shift()!;
        for (const i of imports.filter((x) => x.from === file)) {
          const via = file === start ? '' : ` (through ${file})`;
          if (i.specifier.startsWith('node:') || i.specifier.startsWith('astro:')) wrong.push(`${start} needs ${i.specifier}${via}`);
          if (i.target && !/^src\/(?:client|lib|schemas|timeline\/(?:dense\/)?(?:model|enhance))\//.test(i.target)) wrong.push(`${start} needs ${i.target}${via}`);
        }
        for (const next of edges.get(file) ?? []) {
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(wrong, 'src/client/, src/timeline/enhance/ and src/timeline/dense/enhance/ run in the browser: give them only pure code from src/lib/, src/schemas/, src/timeline/model/ and src/timeline/dense/model/').toEqual([]);
  });

  test('src/lib/, src/timeline/model/ and src/timeline/dense/model/ are pure: no Node module, no Astro module', () => {
    const wrong = imports
      .filter((i) => /^src\/(?:lib|timeline\/(?:dense\/)?model)\//.test(i.from) && /^(?:node:|astro)/.test(i.specifier))
      .map((i) => `${i.from} imports ${i.specifier}: keep file and build access in src/integration/, src/loader/ or src/data/`);
    expect(wrong).toEqual([]);
  });
});

/**
 * Files under src/ stay small (docs/quality.md): a file over 250 lines says
 * why in its opening comment, in a sentence starting "Long because".
 */
test('no file under src/ over 250 lines without a reason', () => {
  const long = files
    .map((file) => ({ file, lines: lineCount(readFileSync(file, 'utf8')) }))
    .filter(({ lines }) => lines > 250)
    .filter(({ file }) => !/Long because/.test(openingComment(readFileSync(file, 'utf8'))))
    .map(({ file, lines }) => `${file} has ${lines} lines: split it by concern (under 250 lines each), or say why it must be long in its opening comment ("Long because …")`);
  expect(long).toEqual([]);
});

/** Lines as `wc -l` counts them, plus a last line without its line break. */
function lineCount(source: string): number {
  return source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
}

/** The first comment of a file (of an .astro file's frontmatter): a block comment or a run of line comments. */
export function openingComment(source: string): string {
  const text = source.replace(/^\s*---\r?\n/, '').trimStart();
  const block = /^(?:\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->)/.exec(text);
  if (block) return block[0];
  const lines = /^(?:\/\/.*(?:\r?\n|$))+/.exec(text);
  return lines ? lines[0] : '';
}

function graph(edges: readonly { from: string; target: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { from, target } of edges) out.set(from, [...(out.get(from) ?? []), target]);
  return out;
}

/**
 * Every import circle, one per strongly connected group of files (Tarjan's
 * algorithm), each printed as a path that comes back to where it started.
 */
export function findCircles(nodes: readonly string[], edgeList: readonly { from: string; target: string }[]): string[][] {
  const edges = graph(edgeList);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (edges.get(v) ?? []).includes(v)) groups.push(group);
    }
  };
  for (const node of new Set([...nodes, ...edgeList.map((e) => e.from)])) if (!index.has(node)) visit(node);
  return groups.map((group) => circleThrough(group.sort()[0]!, new Set(group), edges));
}

/** The shortest path from `start` back to itself inside one group (breadth first). */
function circleThrough(start: string, group: ReadonlySet<string>, edges: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of edges.get(file) ?? []) {
      if (!group.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = file; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, file);
      queue.push(next);
    }
  }
  return [start, start];
}
