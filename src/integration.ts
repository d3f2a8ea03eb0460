import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from './validate/check-content.ts';
import { readContentDir } from './validate/read-content.ts';
import { ContentError, formatProblem } from './validate/problem.ts';
import { buildSearchIndex } from './build/pagefind.ts';

/**
 * The site's build hooks. This file only wires them; the work lives in
 * src/validate/ (content checks) and src/build/ (post-build steps).
 */
export default function lipsAndTeeth(): AstroIntegration {
  return {
    name: 'lips-and-teeth',
    hooks: {
      // Check all content before Astro reads it, so a bad edit stops the build
      // with every problem listed by file and line, not a stack trace.
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems } = checkContent(await readContentDir(root));
        if (problems.length > 0) {
          for (const problem of problems) logger.error(formatProblem(problem));
          throw new ContentError(problems);
        }
      },
      // Index the built pages for search (pieces, claims, events).
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
