import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../lib/problem.ts';
import { basePath } from '../lib/urls.ts';
import { buildSearchIndex } from './pagefind.ts';
import { addModulePreloads } from './module-preload.ts';
import { emitRedirects, readRedirects, type Redirects } from './redirects.ts';
import { checkedLedger, checkLedger } from './permalinks.ts';
import { renderAllCards } from './og/render.ts';
import { takeCardManifest } from './og/manifest.ts';
import { siteUrlSource, siteUrlWarning } from './site-url.ts';
import { emitNginx } from './nginx.ts';
import { allowInlineStyles } from './inline-styles.ts';
import { compressDist } from './compress.ts';
import { missingContentTargets } from './redirect-targets.ts';

/**
 * The site's build hooks. This file only wires them; content is read and
 * checked by the collections' loader (src/loader/) and joined in src/data/;
 * what the hooks need of it (the share cards' text, the content ids) comes
 * from the card manifest the page build writes. The work after the build
 * lives in the files beside this one.
 */
export default function lipsAndTeeth(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let site: string | undefined;
  let redirects: Redirects = {};
  let ledger: string[] = [];
  return {
    name: 'lips-and-teeth',
    hooks: {
      // Read the link files before anything is built, so a broken
      // redirects.json or permalinks.json stops the build at once, with file,
      // line and fix.
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        // A failed build leaves no dist/ behind, whatever stage failed (the
        // link files here, the content check, a page, the hooks after it): a
        // half-written or stale dist/ could be deployed as if it were good.
        if (command === 'build') removeOnFailure(fileURLToPath(config.outDir));
        const warning = command === 'build' ? siteUrlWarning(process.env) : null;
        if (warning) logger.warn(warning);
        const source = command === 'build' ? siteUrlSource(process.env) : null;
        if (source) logger.info(source);
        base = config.base;
        site = config.site;
        const read = readRedirects(root);
        const links = checkedLedger(root);
        redirects = read.redirects;
        ledger = links.ledger;
        for (const problem of read.problems) logger.error(problem);
        if (read.problems.length > 0) throw new LinkError(read.problems);
        if (links.problems.length > 0) throw new ContentError(links.problems);
      },
      // Leave a redirect at every moved address, then make sure every URL in
      // the permanent-link ledger still leads somewhere.
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        try {
          await afterBuild(dist, logger);
        } catch (error) {
          // A build run from code (not the CLI) does not exit; clear dist/ here too.
          rmSync(dist, { recursive: true, force: true });
          throw error;
        }
      },
    },
  };

  async function afterBuild(dist: string, logger: AstroIntegrationLogger): Promise<void> {
    // What the pages were built from: the cards' text and the content ids.
    const manifest = takeCardManifest(dist);
    // Before any redirect is written: redirects to a claim, event, piece or
    // actor the content does not have. (Content problems stop the build in
    // the loader, with their own messages.)
    const missing = missingContentTargets(redirects, manifest.ids);
    if (missing.length > 0) {
      for (const problem of missing) logger.error(problem);
      throw new LinkError(missing);
    }
    const problems = emitRedirects(dist, redirects, base, site);
    problems.push(...checkLedger(dist, ledger, redirects, { sitemap: site !== undefined }).broken);
    if (problems.length > 0) {
      for (const problem of problems) logger.error(problem);
      throw new LinkError(problems);
    }
    // The pages' inline styles allowed by hash, in every page's CSP and in _headers.
    const policy = allowInlineStyles(dist);
    logger.info(`inline styles: ${policy.hashes} distinct blocks allowed by hash in the CSP of ${policy.pages} pages and _headers`);
    // The nginx configuration, from the _headers and _redirects just written.
    emitNginx(dist, base);
    // Share images: rendered into a content-hash cache, so a rebuild only
    // renders the cards whose text changed, then copied into the output.
    // SHARE_IMAGES=off skips them (the benchmark's 14,000-page corpus measures them apart).
    if (process.env['SHARE_IMAGES'] === 'off') {
      logger.info('share images: skipped (SHARE_IMAGES=off)');
    } else {
      const report = await renderAllCards({ cards: manifest.cards, cacheDir: join(root, '.astro', 'cache', 'og'), outDir: dist });
      const threads = report.rendered > 0 ? ` on ${report.workers} thread${report.workers === 1 ? '' : 's'}` : '';
      logger.info(`share images: ${report.total} cards (${report.rendered} rendered${threads}, ${report.reused} from cache) in ${Math.round(report.ms)} ms`);
    }
    // Index the built pages for search (pieces, claims, events).
    await buildSearchIndex(dist, logger);
    // The search page asks for its script's modules with its first bytes, not one import after another.
    addModulePreloads(dist, basePath(base), join('search', 'index.html'));
    // Last, once every file is written: gzip and brotli copies for the server to send as they are.
    // PRECOMPRESS=off skips them (builds that only read the pages, such as the address test's).
    if (process.env['PRECOMPRESS'] === 'off') {
      logger.info('precompressed copies: skipped (PRECOMPRESS=off)');
      return;
    }
    const started = performance.now();
    const packed = compressDist(dist);
    const kb = (n: number) => `${Math.round(n / 1000)} KB`;
    logger.info(`compressed ${packed.files} text files (${kb(packed.bytes)}): gzip -9 ${kb(packed.gzip)}, brotli q${packed.brotliQuality} ${kb(packed.brotli)} in ${Math.round(performance.now() - started)} ms`);
  }
}

/** Remove dist/ when the process ends with a failure (the CLI exits non-zero on any error). */
function removeOnFailure(dist: string): void {
  process.once('exit', (code) => {
    if (code !== 0) rmSync(dist, { recursive: true, force: true });
  });
}

/** Broken permanent links: the messages say it all, a stack trace would bury them. */
class LinkError extends Error {
  constructor(problems: readonly string[]) {
    super(`Permanent links are broken:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'LinkError';
    this.stack = this.message;
  }
}
