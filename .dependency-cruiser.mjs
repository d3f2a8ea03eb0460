/**
 * The structure of src/, checked by dependency-cruiser (tests/unit/structure.test.ts
 * runs it through tests/unit/lib/cruise.ts, which also reads .astro files:
 * their frontmatter, their <script> elements and <script src>, and
 * import.meta.glob targets everywhere). README "Layers" explains the rules.
 *
 * LAYERS lists src/ bottom to top. A unit is a folder of src/ (or a sub-folder
 * of a feature folder such as src/timeline/); a file imports its own unit or
 * a unit of a lower layer, never one across or up. A feature folder is one
 * folder whose sub-folders sit in different layers (model low, enhance in
 * the browser's layer, draw above the components), so the one-way rule
 * holds inside it too: draw and enhance use model, enhance never draws.
 */
export const LAYERS = [
  ['calendar', 'styles', 'assets'],
  ['schemas'],
  ['lib'],
  ['timeline/model'],
  // The dense chart's path: its pure path math, then its browser layer behind
  // one interface (dense/enhance/fence.ts) that the timeline's script loads.
  ['timeline/dense/model'],
  ['timeline/dense/enhance'],
  ['timeline/enhance'],
  ['markdown', 'client'],
  ['validate'],
  ['loader'],
  ['data'],
  ['integration', 'components'],
  ['timeline/draw'],
  ['layouts'],
  ['pages', 'content.config.ts'],
];

/** Code that runs in the browser: scripts, the timeline's enhancement, and every .astro file's <script> elements. */
export const BROWSER = '^src/(?:client|timeline/(?:dense/)?enhance)/|\\.astro\\.script-\\d+\\.ts$';
/** What browser code may reach: pure code only. */
const BROWSER_MAY_REACH = '^src/(?:client|timeline/(?:dense/)?(?:enhance|model)|lib|schemas|calendar)/';
/** Pure code: no Node built-in (bare "fs" or "node:fs"), no Astro module. */
const PURE = '^src/(?:calendar|schemas|lib|timeline/(?:dense/)?(?:model|enhance)|client)/';

const unitPattern = (unit) => (unit.endsWith('.ts') ? `src/${unit.replace(/\./g, '\\.')}$` : `src/${unit}/`);
const any = (units) => `^(?:${units.map(unitPattern).join('|')})`;

/** One rule per unit: it may not import a unit of its own layer or above (its own unit aside). */
function layerRules() {
  return LAYERS.flatMap((layer, i) => {
    const notBelow = LAYERS.slice(i).flat();
    return layer.map((unit) => ({
      name: 'layers',
      comment: `src/${unit} imports only its own folder and lower layers (README "Layers"): move the shared code down, or the importing code up`,
      severity: 'error',
      from: { path: `^${unitPattern(unit)}` },
      to: {
        path: any(notBelow),
        // Its own unit is its own (a feature folder's sub-folders are units of their own).
        pathNot: `^${unitPattern(unit)}`,
      },
    }));
  });
}

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...layerRules(),
    {
      name: 'no-circular',
      comment: 'no import circle: move what both files need into a file of its own, or pass it in',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'browser-reaches-pure-code-only',
      comment: 'browser code reaches only src/client, src/timeline/enhance and model (and their dense/ path), src/lib, src/schemas and src/calendar',
      severity: 'error',
      from: { path: BROWSER },
      to: { reachable: true, path: '^src/', pathNot: [BROWSER_MAY_REACH, BROWSER] },
    },
    {
      name: 'pure-code-no-node-or-astro',
      comment: 'pure code (and so all browser code) imports no Node built-in, bare or node:, and no Astro module: keep file and build access in src/integration/, src/loader/ or src/data/',
      severity: 'error',
      from: { path: [PURE, BROWSER] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pure-code-no-astro',
      comment: 'pure code imports no Astro module (astro, astro:*; astro/zod, the schemas\' zod, is plain code)',
      severity: 'error',
      from: { path: [PURE, BROWSER] },
      to: { path: ['^astro(?::|$)', '^astro/(?!zod$)', '(?:^|/)node_modules/astro/(?!dist/zod\.)'] },
    },
    {
      name: 'every-import-resolves',
      comment: 'an import the checker cannot follow (a template import(), a computed path, a missing file) hides an edge from every rule above: write the path out, or pick from a map of literal imports',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
    {
      name: 'one-reader-of-the-content-store',
      comment: 'only src/data/store.ts reads the content store (astro:content): take the data from src/data/ (pages) or through props (components)',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/data/store\\.ts$', '^src/content\\.config\\.ts$'] },
      to: { path: '^astro:content$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'components-take-data-by-props',
      comment: 'a component (src/components/, and the timeline\'s drawing, src/timeline/draw/*.astro) draws what its page hands it: take the data in the page (getSite() and friends in src/data/) and pass it as props; a component may import the data types',
      severity: 'error',
      // (A component's <script> is browser code, held by browser-reaches-pure-code-only.)
      from: { path: ['^src/components/', '^src/timeline/draw/[^/]+\\.astro$'], pathNot: '\\.astro\\.script-\\d+\\.ts$' },
      to: { path: '^src/data/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'only-the-collections-run-the-loader',
      comment: 'only src/content.config.ts uses src/loader/: the build hooks and pages read the joined data from src/data/ (the card manifest, for the hooks)',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/loader/', '^src/content\\.config\\.ts$'] },
      to: { path: '^src/loader/' },
    },
  ],
  options: {
    // Type-only imports count: a type is a dependency on its owner's layer.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // Packages are found through their "exports" as Node and TypeScript find them, types included.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['module', 'main', 'types', 'typings'] },
    exclude: { path: '^src/.*\\.d\\.ts$' },
  },
};
