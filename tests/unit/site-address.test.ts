import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/lib/site-address.ts';
import { siteUrlSource } from '../../src/integration/site-url.ts';

/**
 * The public address from a fake build environment: each host's variables as
 * its documentation names them (docs/deploy.md), in the documented order.
 */
const netlify = { NETLIFY: 'true', URL: 'https://lips.netlify.app', DEPLOY_PRIME_URL: 'https://deploy-preview-4--lips.netlify.app' };
const vercel = { VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'lips.example', VERCEL_URL: 'lips-abc123-team.vercel.app' };
const cloudflare = { CF_PAGES: '1', CF_PAGES_URL: 'https://3f2a1b.lips.pages.dev' };
const github = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Example-Org/lips-and-teeth', GITHUB_REPOSITORY_OWNER: 'Example-Org' };

describe('the public address', () => {
  it('is none at all with no variable: no made-up host', () => {
    expect(siteAddress({})).toEqual({ site: undefined, base: '/', from: undefined });
    expect(siteAddress({ SITE_URL: '  ' }).site).toBeUndefined();
    // A variable named URL means nothing outside Netlify.
    expect(siteAddress({ URL: 'https://elsewhere.example' }).site).toBeUndefined();
    // A GitHub Actions run without its repository variables is not a Pages build.
    expect(siteAddress({ GITHUB_ACTIONS: 'true' }).site).toBeUndefined();
  });

  it('SITE_URL first, over any host, with BASE_PATH as given', () => {
    expect(siteAddress({ ...netlify, ...vercel, ...cloudflare, ...github, SITE_URL: 'https://lipsandteeth.example/' })).toEqual({ site: 'https://lipsandteeth.example', base: '/', from: 'SITE_URL' });
    expect(siteAddress({ SITE_URL: 'https://example.org', BASE_PATH: 'lips' }).base).toBe('/lips/');
  });

  it('Netlify: URL, the main address, else DEPLOY_PRIME_URL', () => {
    expect(siteAddress(netlify)).toEqual({ site: 'https://lips.netlify.app', base: '/', from: 'URL' });
    expect(siteAddress({ ...netlify, URL: '' })).toEqual({ site: 'https://deploy-preview-4--lips.netlify.app', base: '/', from: 'DEPLOY_PRIME_URL' });
  });

  it('Vercel: the production domain, else this deployment, given without a scheme', () => {
    expect(siteAddress(vercel)).toEqual({ site: 'https://lips.example', base: '/', from: 'VERCEL_PROJECT_PRODUCTION_URL' });
    expect(siteAddress({ VERCEL: '1', VERCEL_URL: 'lips-abc123-team.vercel.app' })).toEqual({ site: 'https://lips-abc123-team.vercel.app', base: '/', from: 'VERCEL_URL' });
  });

  it('Cloudflare Pages: CF_PAGES_URL', () => {
    expect(siteAddress(cloudflare)).toEqual({ site: 'https://3f2a1b.lips.pages.dev', base: '/', from: 'CF_PAGES_URL' });
  });

  it('GitHub Pages through Actions: owner.github.io with the repository as the folder', () => {
    expect(siteAddress(github)).toEqual({ site: 'https://example-org.github.io', base: '/lips-and-teeth/', from: 'GITHUB_REPOSITORY' });
    expect(siteAddress({ ...github, GITHUB_REPOSITORY: 'Example-Org/example-org.github.io' }).base).toBe('/');
    expect(siteAddress({ ...github, BASE_PATH: '/' }).base).toBe('/');
  });

  it('the hosts in the documented order when more than one is present', () => {
    expect(siteAddress({ ...github, ...cloudflare, ...vercel, ...netlify }).from).toBe('URL');
    expect(siteAddress({ ...github, ...cloudflare, ...vercel }).from).toBe('VERCEL_PROJECT_PRODUCTION_URL');
    expect(siteAddress({ ...github, ...cloudflare }).from).toBe('CF_PAGES_URL');
  });

  it('the build names where the address came from', () => {
    expect(siteUrlSource(github)).toBe('public address https://example-org.github.io/lips-and-teeth/ (from GITHUB_REPOSITORY)');
    expect(siteUrlSource({})).toBeNull();
  });
});
