import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cssReferences, gzipSize, htmlReferences, jsImports, pageUrlOf, weighPage } from '../dist/lib/weigh.ts';
import { pageTypeOf } from '../dist/lib/page-types.ts';
import { mainText, unreadableWithoutJs } from '../dist/lib/readable.ts';

describe('htmlReferences', () => {
  it('finds stylesheets, scripts, preloads and eager images, not lazy ones or icons', () => {
    const html = `<link rel="icon" href="/favicon.svg"><link rel=stylesheet href="/_astro/a.css">
      <link rel="preload" as="font" href="/f.woff2" crossorigin><link rel="modulepreload" href="/_astro/m.js">
      <!-- <script src="/commented.js"></script> -->
      <script type="module" src='/_astro/p.js'></script><script type="application/ld+json">{}</script>
      <img src="/a.png" alt=""><img loading="lazy" src="/b.png" alt="">`;
    expect(htmlReferences(html)).toEqual([
      { kind: 'css', url: '/_astro/a.css' },
      { kind: 'font', url: '/f.woff2' },
      { kind: 'js', url: '/_astro/m.js' },
      { kind: 'js', url: '/_astro/p.js' },
      { kind: 'img', url: '/a.png' },
    ]);
  });
});

describe('jsImports', () => {
  it('follows static imports and re-exports in minified chunks, not dynamic import()', () => {
    const code = `import{s as a}from"./select.B1.js";import"./side.js";import * as d from './d.js';export{x}from"./x.js";export*from"./all.js";const p=import("/pagefind/pagefind.js");`;
    expect(jsImports(code)).toEqual(['./select.B1.js', './side.js', './d.js', './x.js', './all.js']);
  });
});

describe('cssReferences', () => {
  it('counts @imports and the first source of Latin @font-faces only', () => {
    const css = `@import url("/_astro/more.css");
      @font-face{font-family:S;src:url(/f/latin.woff2) format("woff2"),url(/f/latin.woff) format("woff");unicode-range:U+0000-00FF,U+0131}
      @font-face{font-family:S;src:url(/f/cyrillic.woff2) format("woff2");unicode-range:U+0400-045F}
      @font-face{font-family:T;src:url('/f/all.woff2')}`;
    expect(cssReferences(css)).toEqual([
      { kind: 'css', url: '/_astro/more.css' },
      { kind: 'font', url: '/f/latin.woff2' },
      { kind: 'font', url: '/f/all.woff2' },
    ]);
  });
});

describe('weighPage', () => {
  it('adds up a page and everything it loads, once each, and reports what is missing or foreign', () => {
    const dist = mkdtempSync(join(tmpdir(), 'budget-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'claims', 'x'), { recursive: true });
    const files: Record<string, string> = {
      '_astro/a.css': 'body{color:red}',
      '_astro/page.js': 'import{a}from"./shared.js";import"./shared.js";import("./lazy.js");',
      '_astro/shared.js': 'export const a=1;',
      '_astro/lazy.js': 'x'.repeat(5000),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
    const html = '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/page.js"></script><script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="/gone.css">';
    writeFileSync(join(dist, 'claims', 'x', 'index.html'), html);
    const site = { dist, base: '/' };
    const file = join(dist, 'claims', 'x', 'index.html');
    expect(pageUrlOf(site, file)).toBe('/claims/x/');
    const weight = weighPage(site, file, '/claims/x/');
    expect(weight.assets.map((a) => a.url)).toEqual(['/claims/x/', '/_astro/a.css', '/_astro/page.js', '/_astro/shared.js']);
    expect(weight.bytes.js).toBe(gzipSize(files['_astro/page.js']!) + gzipSize(files['_astro/shared.js']!));
    expect(weight.total).toBe(gzipSize(html) + gzipSize(files['_astro/a.css']!) + weight.bytes.js);
    expect(weight.problems).toEqual([
      `/gone.css is referenced but ${join(dist, 'gone.css')} does not exist`,
      'https://cdn.example/x.js is on another origin',
    ]);
  });
});

describe('pageTypeOf', () => {
  it('recognises each page type from its path', () => {
    expect(['', 'articles/a-b/', 'claims/', 'claims/c-d/', 'events/', 'events/e-f/', 'timeline/', 'search/', 'about/', '404.html', 'x/y/'].map(pageTypeOf)).toEqual([
      'home', 'piece', 'claims index', 'claim', 'events index', 'event', 'timeline', 'search', 'about', '404', 'other',
    ]);
  });
});

describe('readable without JavaScript', () => {
  const filler = 'Words a reader can read. '.repeat(10);
  it('accepts a page whose main holds its text', () => {
    expect(mainText('<main><p>A &amp; B&#8217;s <em>view</em></p></main>')).toBe('A & B’s view');
    expect(unreadableWithoutJs(`<main><blockquote>“The quote”</blockquote><p>${filler}</p></main>`, ['The quote'])).toBeNull();
  });
  it('rejects an empty shell or a page missing its quote', () => {
    expect(unreadableWithoutJs('<main><div id="app"></div><script>render()</script></main>', [])).toMatch(/only 0 characters/);
    expect(unreadableWithoutJs(`<main><p>${filler}</p></main>`, ['The quote'])).toMatch(/lacks "The quote/);
  });
});
