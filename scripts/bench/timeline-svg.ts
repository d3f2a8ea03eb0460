/**
 * The timeline as built: the largest <svg> in /timeline/'s HTML (the
 * build-time drawing), its size raw and gzipped, and how many event links it holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from '../../tests/dist/lib/weigh.ts';

export interface TimelineSvg {
  bytes: number;
  gzip: number;
  marks: number;
}

export function timelineSvg(dist: string): TimelineSvg {
  const html = readFileSync(join(dist, 'timeline', 'index.html'), 'utf8');
  const svgs = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/gi)].map((m) => m[0]);
  const svg = svgs.sort((a, b) => b.length - a.length)[0];
  if (!svg || svg.length < 1000) throw new Error('/timeline/ has no drawn SVG in its HTML (is the timeline still a placeholder?)');
  return { bytes: Buffer.byteLength(svg), gzip: gzipSize(svg), marks: (svg.match(/<a\b/gi) ?? []).length };
}
