/**
 * A page's module scripts import others, which a browser finds only once it
 * has each script, one round trip after another. This writes a
 * `<link rel="modulepreload">` into the page's <head> for every module its
 * scripts reach by static import, so all of them are asked for with the
 * page's first bytes. Run on the built HTML, since only the bundler's output
 * knows the files' names.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;
/** Static imports in a bundled module: `import{…}from"./x.js"` and `import"./x.js"` (dynamic `import(…)` is left to load on demand). */
const STATIC_IMPORT = /(?:^|[;\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?"(\.{1,2}\/[^"]+\.js)"/g;

/** The site paths of every module the page's scripts import, directly or not, in first-found order. */
export function importedModules(dist: string, base: string, html: string): string[] {
  const seen = new Set<string>();
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  const visit = (sitePath: string) => {
    const file = join(dist, sitePath.slice(base.length));
    if (!existsSync(file)) return;
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const target = posix.join(posix.dirname(sitePath), m[1]!);
      if (seen.has(target) || entries.includes(target)) continue;
      seen.add(target);
      visit(target);
    }
  };
  entries.forEach(visit);
  return [...seen];
}

/** Adds the preload links to one built page (a dist-relative path, "search/index.html"); returns how many. */
export function addModulePreloads(dist: string, base: string, page: string): number {
  const path = join(dist, page);
  const html = readFileSync(path, 'utf8');
  const modules = importedModules(dist, base, html).filter((m) => !html.includes(`rel="modulepreload" href="${m}"`));
  if (modules.length === 0) return 0;
  const links = modules.map((m) => `<link rel="modulepreload" href="${m}">`).join('');
  writeFileSync(path, html.replace('</head>', `${links}</head>`));
  return modules.length;
}
