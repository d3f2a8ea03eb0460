/**
 * Hostile input for everything a URL can carry into the pages: markup,
 * attribute break-outs, script URLs, template and SQL syntax, impossible
 * dates, a prototype key, control characters, a huge value. Every payload
 * tries to set window.__pwned or add an element with data-pwned.
 * tests/unit/hostile-parsers.test.ts runs all of them through the pure
 * parsers that read the URL; tests/e2e/hostile.spec.ts sends a few of each
 * kind (BROWSER_PAYLOADS) to every place a page takes them in.
 */
export const PAYLOADS = [
  '<script>window.__pwned=1;alert(1)</script>',
  '"><script>window.__pwned=1</script>',
  "'><img src=x data-pwned onerror=\"window.__pwned=1\">",
  '<img src=x data-pwned onerror=alert(1)>',
  '<svg data-pwned onload=alert(1)>',
  '<iframe data-pwned src="javascript:alert(1)"></iframe>',
  'javascript:alert(1)',
  '</script><script>window.__pwned=1</script>',
  '<a data-pwned href="javascript:alert(1)">x</a>',
  '"><svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${alert(1)}',
  '<details data-pwned open ontoggle=alert(1)>',
  '\u2028\u2029<script>alert(1)</script>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  "');window.__pwned=1;//",
  '<style>*{display:none}</style><b data-pwned>x</b>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '2018-13-45',
  '9999-99-99T99:99',
  '-1e309',
  '__proto__',
  'a'.repeat(5000),
  "' OR '1'='1",
  '\u0000\u202e<b data-pwned>',
];

/** One payload of each kind, for the browser: a script element, an attribute break-out with a handler, a script URL, a script-element break-out, a prototype key, a huge value. */
export const BROWSER_PAYLOADS = [
  '<script>window.__pwned=1;alert(1)</script>',
  "'><img src=x data-pwned onerror=\"window.__pwned=1\">",
  '<a data-pwned href="javascript:alert(1)">x</a>',
  '</script><script>window.__pwned=1</script>',
  '__proto__',
  'a'.repeat(5000),
];
