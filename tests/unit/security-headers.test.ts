import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { CSP_HEADER, CSP_META } from '../../src/lib/security.ts';

/** The policy the pages carry and the one the host sends must be the same, and strict. */

const headers = readFileSync('public/_headers', 'utf8');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]),
  );
}

function headerBlock(path: string): string {
  const lines = headers.split('\n');
  const start = lines.indexOf(path);
  expect(start, `public/_headers has no block for ${path}`).toBeGreaterThanOrEqual(0);
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!/^\s+\S/.test(line)) break;
    block.push(line.trim());
  }
  return block.join('\n');
}

test('public/_headers sends the same policy as the pages, plus frame-ancestors', () => {
  const all = headerBlock('/*');
  const header = /^Content-Security-Policy: (.+)$/m.exec(all)?.[1];
  expect(header).toBe(CSP_HEADER);
  expect(CSP_HEADER.startsWith(CSP_META)).toBe(true);
  expect(directives(CSP_HEADER).get('frame-ancestors')).toEqual(["'none'"]);
  // Browsers ignore frame-ancestors in <meta> and log an error for it.
  expect(directives(CSP_META).has('frame-ancestors')).toBe(false);
});

test('the policy is strict: own origin only, no inline or eval for scripts', () => {
  const csp = directives(CSP_HEADER);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toContain("'self'");
  for (const value of csp.get('script-src') ?? []) expect(["'self'", "'wasm-unsafe-eval'"]).toContain(value);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('style-src')).toEqual(["'self'"]);
  for (const [name, values] of csp) {
    for (const value of values) {
      // No other origin, no scheme wildcard, nothing from anywhere but here.
      expect(value, `${name} ${value}`).toMatch(/^'[a-z-]+'$/);
      expect(value, `${name} ${value}`).not.toBe("'unsafe-eval'");
    }
  }
});

test('the other security headers and the cache rule for hashed assets are set', () => {
  const all = headerBlock('/*');
  expect(all).toMatch(/^X-Content-Type-Options: nosniff$/m);
  expect(all).toMatch(/^Referrer-Policy: (strict-origin-when-cross-origin|no-referrer|same-origin)$/m);
  const permissions = /^Permissions-Policy: (.+)$/m.exec(all)?.[1] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions).toContain(`${feature}=()`);
  expect(headerBlock('/_astro/*')).toMatch(/^Cache-Control: public, max-age=31536000, immutable$/m);
});
