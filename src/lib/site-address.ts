/**
 * The site's public address, read from the build's environment, in this
 * order (docs/deploy.md names each host's documentation):
 *
 * 1. SITE_URL, set by whoever builds (with BASE_PATH for a folder);
 * 2. Netlify: URL (the site's main address), else DEPLOY_PRIME_URL, when NETLIFY is set;
 * 3. Vercel: VERCEL_PROJECT_PRODUCTION_URL (the production domain, set even in
 *    previews), else VERCEL_URL (this deployment); both come without a scheme;
 * 4. Cloudflare Pages: CF_PAGES_URL (this deployment);
 * 5. GitHub Pages built by GitHub Actions (GITHUB_ACTIONS): https://owner.github.io/repo/
 *    from GITHUB_REPOSITORY_OWNER and GITHUB_REPOSITORY, with /repo/ as the base
 *    path (none for the owner.github.io repository itself).
 *
 * With none of them there is no public address: `site` is undefined, and the
 * build leaves out what only an absolute address can say (canonical, og:url,
 * the sitemap) rather than print a wrong one. BASE_PATH, when set, always wins
 * over a base path worked out here.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export interface SiteAddress {
  /** The public origin, e.g. "https://example.org", or undefined when none is known. */
  site: string | undefined;
  /** The folder the site lives in, "/" or "/folder/". */
  base: string;
  /** The variable the address came from, for the build's log; undefined when none. */
  from: string | undefined;
}

const set = (value: string | undefined): string | undefined => (value && value.trim() !== '' ? value.trim() : undefined);

/** "example.org" or "https://example.org/" → "https://example.org" (hosts give either form). */
function origin(value: string): string {
  const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
  return url.origin;
}

/** "/folder" or "folder/" → "/folder/"; empty → "/". */
function folder(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function fromHost(env: Env): { site: string; base?: string; from: string } | undefined {
  if (env['NETLIFY']) {
    for (const name of ['URL', 'DEPLOY_PRIME_URL']) {
      const value = set(env[name]);
      if (value) return { site: origin(value), from: name };
    }
  }
  for (const name of ['VERCEL_PROJECT_PRODUCTION_URL', 'VERCEL_URL']) {
    const value = set(env[name]);
    if (value) return { site: origin(value), from: name };
  }
  const pages = set(env['CF_PAGES_URL']);
  if (pages) return { site: origin(pages), from: 'CF_PAGES_URL' };
  const owner = set(env['GITHUB_REPOSITORY_OWNER']);
  const repository = set(env['GITHUB_REPOSITORY']);
  if (env['GITHUB_ACTIONS'] === 'true' && owner && repository) {
    const name = repository.slice(repository.indexOf('/') + 1);
    const host = `${owner.toLowerCase()}.github.io`;
    // The owner.github.io repository is served at the root; any other from a folder named after it.
    return { site: `https://${host}`, base: name.toLowerCase() === host ? '/' : folder(name), from: 'GITHUB_REPOSITORY' };
  }
  return undefined;
}

export function siteAddress(env: Env): SiteAddress {
  const explicitBase = env['BASE_PATH'] !== undefined && env['BASE_PATH'] !== '' ? folder(env['BASE_PATH']) : undefined;
  const given = set(env['SITE_URL']);
  if (given) return { site: origin(given), base: explicitBase ?? '/', from: 'SITE_URL' };
  const host = fromHost(env);
  if (host) return { site: host.site, base: explicitBase ?? host.base ?? '/', from: host.from };
  return { site: undefined, base: explicitBase ?? '/', from: undefined };
}
