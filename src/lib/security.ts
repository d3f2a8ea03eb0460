/**
 * The site's Content-Security-Policy, in one place: BaseLayout sends it as a
 * <meta http-equiv> (so it holds on any static host) and public/_headers sends
 * it as a header (checked to match by tests/unit/security-headers.test.ts).
 *
 * Only the site's own files may load. Scripts are bundled modules from
 * /_astro/ (Astro is told never to inline them: see astro.config.ts);
 * JSON-LD blocks are data, not script, so CSP leaves them alone.
 * Styles are inlined into each page as <style> blocks, so a page paints with
 * its HTML instead of waiting a round trip for stylesheets (astro.config.ts):
 * the build hashes every block it wrote and adds the hashes to style-src, in
 * the header and in every page's meta alike (withStyleHashes below,
 * src/integration/inline-styles.ts). No style attributes in markup (a hash
 * does not allow them; scripts may still set element.style, which CSP
 * allows). One deliberate allowance: 'wasm-unsafe-eval' lets the search page
 * compile Pagefind's WebAssembly; it permits no JavaScript eval.
 */
const DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/**
 * Directives browsers ignore (and warn about) in a <meta> policy; they only
 * work as a header.
 */
const HEADER_ONLY: readonly (readonly [string, ...string[]])[] = [['frame-ancestors', "'none'"]];

const serialize = (list: readonly (readonly string[])[]) => list.map((d) => d.join(' ')).join('; ');

/** For <meta http-equiv="Content-Security-Policy">. */
export const CSP_META = serialize(DIRECTIVES);

/** For the Content-Security-Policy response header. */
export const CSP_HEADER = serialize([...DIRECTIVES, ...HEADER_ONLY]);

/** A CSP hash source for a block whose SHA-256 digest is `base64`. */
export const hashSource = (base64: string): string => `'sha256-${base64}'`;

/**
 * The policy with `hashes` (base64 SHA-256 digests of inline <style> blocks)
 * allowed in style-src, sorted so the same blocks always give the same policy.
 * Header and meta both go through here, so they list the same hashes.
 */
export function withStyleHashes(policy: string, hashes: Iterable<string>): string {
  const sources = [...new Set(hashes)].sort().map(hashSource);
  if (sources.length === 0) return policy;
  const directives = policy.split('; ');
  const index = directives.findIndex((d) => d.split(' ')[0] === 'style-src');
  if (index < 0) throw new Error('the policy has no style-src directive to add style hashes to');
  directives[index] = [directives[index], ...sources].join(' ');
  return directives.join('; ');
}
