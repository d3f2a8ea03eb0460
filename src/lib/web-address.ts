/**
 * What a source's address really opens, read with the WHATWG URL parser (the
 * one browsers use) and compared with what a reader sees in the text. An
 * address passes only when the two agree: http(s), a plain host of ASCII
 * letters, digits and hyphens, and no "@" that makes another name look like
 * the host. "https://evil.example#@kcnawatch.org/" reads as kcnawatch.org and
 * opens evil.example; "kcnаwatch.org" with a Cyrillic "а" opens
 * xn--kcnwatch-…; both are refused. A site whose real name is international
 * is listed, in its xn-- form, in content/allowed-hosts.yaml.
 */

/** The host as the address is written (between "//" and the path), lowercased. */
function writtenHost(url: string): string {
  return (/^[a-z][a-z0-9+.-]*:\/\/([^/?#\\]*)/i.exec(url)?.[1] ?? '').replace(/^.*@/, '').replace(/:\d+$/, '').toLowerCase();
}

const PLAIN_HOST = /^(?!-)[a-z0-9-]+(\.(?!-)[a-z0-9-]+)*\.[a-z]{2,}$/;

/** Why the address misleads or is not a plain web address, or null when it is one. */
export function addressProblem(url: string, allowedHosts: ReadonlySet<string>): string | null {
  if (!URL.canParse(url)) return null; // the schema says what is wrong with it
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname;
  const shown = JSON.stringify(url);
  const afterAt = /@([^/?#\s]+)/.exec(`${parsed.search}${parsed.hash}`)?.[1];
  if (afterAt) {
    return `${shown} opens ${host}, though the "@${afterAt}" after it reads like the host ${afterAt}; give the address you meant, without "@" before a host name in its query or fragment`;
  }
  if (allowedHosts.has(host)) return null;
  const written = writtenHost(url);
  if (written !== host) {
    const odd = [...written].find((char) => !/[a-z0-9.-]/.test(char));
    const which = odd ? `, with U+${(odd.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : '';
    return `${shown} has a host written with letters outside a–z (${written}${which}), which opens ${host} and can imitate another site's name; write the host in plain letters, or if the site really has this name add ${host} to content/allowed-hosts.yaml`;
  }
  if (host.split('.').some((label) => label.startsWith('xn--'))) {
    return `${shown} has an internationalised host (${host}), which can imitate another site's name; give the publisher's plain address, or if the site really has this name add ${host} to content/allowed-hosts.yaml`;
  }
  if (!PLAIN_HOST.test(host)) {
    return `${shown} does not name a site by its domain (${host}); give the publisher's address, such as https://www.kcna.kp/…`;
  }
  return null;
}

/**
 * The address as a key for "the same source twice": scheme, "www.", a
 * trailing slash, the fragment and the case of the host do not make a
 * different page.
 */
export function sameAddressKey(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.hostname.replace(/^www\./, '')}${path}${parsed.search}`;
}
