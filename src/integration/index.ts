import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../validate/check-content.ts';
import { readContentDir } from '../validate/read-content.ts';
import { ContentError, formatProblem } from '../validate/problem.ts';
import { buildSearchIndex } from './pagefind.ts';
import { emitRedirects, readRedirects } from './redirects.ts';
import { checkLedger, readLedger } from './permalinks.ts';
import type { CheckedContent } from '../validate/check-content.ts';
import { renderAllCards } from './og/render.ts';
import { siteUrlWarning } from './site-url.ts';
import { emitNginx } from './nginx.ts';

/**
 * The site's build hooks. This file only wires them; the work lives in
 * src/validate/ (content checks) and the files beside this one (post-build steps).
 */
export default function lipsAndTeeth(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let site = 'http://localhost:4321';
  let checked: CheckedContent | undefined;
  return {
    name: 'lips-and-teeth',
    hooks: {
      // Check all content before Astro reads it, so a bad edit stops the build
      // with every problem listed by file and line, not a stack trace.
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const warning = command === 'build' ? siteUrlWarning(process.env) : null;
        if (warning) logger.warn(warning);
        base = config.base;
        site = config.site ?? site;
        const { problems, content } = checkContent(await readContentDir(root));
        checked = content;
        if (problems.length > 0) {
          for (const problem of problems) logger.error(formatProblem(problem));
          throw new ContentError(problems);
        }
      },
      // Leave a redirect at every moved address, then make sure every URL in
      // the permanent-link ledger still leads somewhere.
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { redirects, problems } = readRedirects(root);
        problems.push(...emitRedirects(dist, redirects, base, site));
        problems.push(...checkLedger(dist, readLedger(root), redirects).broken);
        if (problems.length > 0) {
          for (const problem of problems) logger.error(problem);
          throw new LinkError(problems);
        }
        // The nginx configuration, from the _headers and _redirects just written.
        emitNginx(dist, base);
        // Share images: rendered into a content-hash cache, so a rebuild only
        // renders the cards whose text changed, then copied into the output.
        // SHARE_IMAGES=off skips them (the benchmark's 14,000-page corpus measures them apart).
        if (process.env['SHARE_IMAGES'] === 'off') {
          logger.info('share images: skipped (SHARE_IMAGES=off)');
        } else {
          const report = await renderAllCards({ root, content: checked, cacheDir: join(root, '.astro', 'cache', 'og'), outDir: dist, site: { site, base } });
          const threads = report.rendered > 0 ? ` on ${report.workers} thread${report.workers === 1 ? '' : 's'}` : '';
          logger.info(`share images: ${report.total} cards (${report.rendered} rendered${threads}, ${report.reused} from cache) in ${Math.round(report.ms)} ms`);
        }
        // Index the built pages for search (pieces, claims, events).
        await buildSearchIndex(dist, logger);
      },
    },
  };
}

/** Broken permanent links: the messages say it all, a stack trace would bury them. */
class LinkError extends Error {
  constructor(problems: readonly string[]) {
    super(`Permanent links are broken:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'LinkError';
    this.stack = this.message;
  }
}
