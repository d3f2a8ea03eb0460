/**
 * The site's Content-Security-Policy, in one place: BaseLayout sends it as a
 * <meta http-equiv> (so it holds on any static host) and public/_headers sends
 * it as a header (checked to match by tests/unit/security-headers.test.ts).
 *
 * Only the site's own files may load. Scripts are bundled modules from
 * /_astro/ (Astro is told never to inline them: see astro.config.ts);
 * JSON-LD blocks are data, not script, so CSP leaves them alone.
 * Styles too come only from the site's stylesheets: no <style> blocks and no
 * style attributes in markup (scripts may still set element.style, which CSP
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
