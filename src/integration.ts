import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from './validate/check-content.ts';
import { readContentDir } from './validate/read-content.ts';
import { ContentError, formatProblem } from './validate/problem.ts';
import type { CheckedContent } from './validate/check-content.ts';
import { renderAllCards } from './build/og/render.ts';

/**
 * The site's build hooks. This file only wires them; the work lives in
 * src/validate/ (content checks) and src/build/ (post-build steps).
 */
export default function lipsAndTeeth(): AstroIntegration {
  let root = '';
  let checked: CheckedContent | undefined;
  return {
    name: 'lips-and-teeth',
    hooks: {
      // Check all content before Astro reads it, so a bad edit stops the build
      // with every problem listed by file and line, not a stack trace.
      'astro:config:setup': async ({ config, logger }) => {
        root = fileURLToPath(config.root);
        const { problems, content } = checkContent(await readContentDir(root));
        checked = content;
        if (problems.length > 0) {
          for (const problem of problems) logger.error(formatProblem(problem));
          throw new ContentError(problems);
        }
      },
      // Share images: rendered into a content-hash cache, so a rebuild only
      // renders the cards whose text changed, then copied into the output.
      'astro:build:done': async ({ dir, logger }) => {
        const report = await renderAllCards({ root, content: checked, cacheDir: join(root, '.astro', 'cache', 'og'), outDir: fileURLToPath(dir) });
        logger.info(`share images: ${report.total} cards (${report.rendered} rendered, ${report.reused} from cache) in ${Math.round(report.ms)} ms`);
      },
    },
  };
}
