/**
 * Pages run only the site's own code: nothing loaded from another origin, no
 * inline script, style or handler (the CSP would block them), and the site's
 * CSP as the first thing in <head>. Each failure names the page and the fix.
 */
import { expect, test } from 'vitest';
import { CSP_META } from '../../src/lib/security.ts';
import { site } from './dist.ts';

const LOADS = new Set(['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object', 'track', 'input']);
const LOADING_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/;

test('pages load nothing from another origin', () => {
  const s = site();
  const problems: string[] = [];
  for (const { file, tags } of s.pages.values()) {
    for (const tag of tags) {
      const loads = LOADS.has(tag.name) || (tag.name === 'link' && LOADING_RELS.test(tag.attrs.get('rel') ?? ''));
      if (!loads) continue;
      for (const attr of ['href', 'src', 'action', 'poster', 'data']) {
        const value = tag.attrs.get(attr);
        if (value !== undefined && /^(https?:)?\/\//i.test(value) && new URL(value, s.origin).origin !== s.origin) {
          problems.push(`${file}: <${tag.name} ${attr}> loads from another origin (${value}); serve it from the site`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
});

test('pages have no inline script, style or event handler', () => {
  const problems: string[] = [];
  for (const { file, tags } of site().pages.values()) {
    for (const tag of tags) {
      // Scripts: only bundled files, and JSON-LD data.
      // Data in a script element (JSON) is never run, so the CSP has nothing to block.
      if (tag.name === 'script' && !tag.attrs.has('src') && !['application/ld+json', 'application/json'].includes(tag.attrs.get('type') ?? '')) {
        problems.push(`${file}: inline <script> (${(tag.body ?? '').trim().slice(0, 60)}…); the CSP blocks it, so bundle it as a module`);
      }
      if (tag.name === 'style') problems.push(`${file}: inline <style>; the CSP blocks it, so put it in a stylesheet`);
      for (const name of tag.attrs.keys()) {
        if (/^on[a-z]+$/.test(name)) problems.push(`${file}: <${tag.name} ${name}> is an inline handler; the CSP blocks it`);
        if (name === 'style') problems.push(`${file}: <${tag.name} style> is an inline style; the CSP blocks it, so use a class`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('every page carries the site CSP before anything it governs', () => {
  const problems: string[] = [];
  for (const { file, tags } of site().pages.values()) {
    const first = tags.findIndex((t) => t.name === 'link' || t.name === 'script' || t.name === 'style' || t.name === 'img');
    const csp = tags.findIndex((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
    if (csp < 0) problems.push(`${file}: no Content-Security-Policy <meta>`);
    else if (tags[csp]!.attrs.get('content') !== CSP_META) problems.push(`${file}: its CSP differs from src/lib/security.ts`);
    else if (first >= 0 && first < csp) problems.push(`${file}: the CSP <meta> comes after <${tags[first]!.name}>; move it up`);
  }
  expect(problems).toEqual([]);
});
