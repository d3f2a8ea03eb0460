/**
 * The two rules for addresses written by hand: a site path in redirects and
 * permalinks (site-path.ts), and a source's web address (web-address.ts),
 * each refusal word for word, with the cases just inside each rule.
 */
import { describe, expect, test } from 'vitest';
import { describeChar, sitePathProblem, siteTargetProblem } from '../../src/lib/site-path.ts';
import { addressProblem, sameAddressKey } from '../../src/lib/web-address.ts';

const ONLY = 'site paths use only letters, digits, "-", "_", "." and "/"';

describe('a site path', () => {
  test.each(['/', '/a/b.c_d-E9/', '/..a/', '/a./', '/.well-known/x'])('%s is one', (path) => {
    expect(sitePathProblem(path)).toBeNull();
  });

  test.each([
    ['', 'it does not start with "/"'],
    ['a/b/', 'it does not start with "/"'],
    ['//evil.example/', 'it starts with two slashes, which browsers read as another site'],
    ['/\\evil.example/', 'it starts with two slashes, which browsers read as another site'],
    ['/a b/', `it holds a space (U+0020); ${ONLY}`],
    ['/a;b/', `it holds ";" (U+003B); ${ONLY}`],
    ['/a/b\\c', `it holds "\\" (U+005C); ${ONLY}`],
    ['/café/', `it holds the character U+00E9; ${ONLY}`],
    ['/a\u0000/', `it holds the character U+0000; ${ONLY}`],
    ['/😀/', `it holds the character U+1F600; ${ONLY}`],
    ['/a b/../', `it holds a space (U+0020); ${ONLY}`],
    ['/a/../b/', 'it holds a "." or ".." segment, which would lead outside the site'],
    ['/a/./b/', 'it holds a "." or ".." segment, which would lead outside the site'],
    ['/..', 'it holds a "." or ".." segment, which would lead outside the site'],
    ['/a//b/', 'it holds an empty segment ("//")'],
    ['/a/b//', 'it holds an empty segment ("//")'],
  ])('%j: %s', (path, problem) => {
    expect(sitePathProblem(path)).toBe(problem);
  });
});

describe('a redirect target', () => {
  test.each(['/a/', '/a/#top', '/a/#Kim_visit-2'])('%s is one', (target) => {
    expect(siteTargetProblem(target)).toBeNull();
  });

  test.each([
    ['/a/#', 'its fragment "#" holds characters other than letters, digits, "-" and "_"'],
    ['/a/#x y', 'its fragment "#x y" holds characters other than letters, digits, "-" and "_"'],
    ['/a/#x#y', 'its fragment "#x#y" holds characters other than letters, digits, "-" and "_"'],
    ['/a b/#top', `it holds a space (U+0020); ${ONLY}`],
    ['#top', 'it does not start with "/"'],
    ['a b', 'it does not start with "/"'],
  ])('%j: %s', (target, problem) => {
    expect(siteTargetProblem(target)).toBe(problem);
  });
});

describe('naming a character', () => {
  test.each([
    [' ', 'a space (U+0020)'],
    ['!', '"!" (U+0021)'],
    ['~', '"~" (U+007E)'],
    ['\t', 'the character U+0009'],
    ['\u007f', 'the character U+007F'],
    ['é', 'the character U+00E9'],
    ['', 'the character U+0000'],
  ])('%j → %s', (char, name) => {
    expect(describeChar(char)).toBe(name);
  });
});

describe('a source’s web address', () => {
  const none = new Set<string>();

  test.each(['https://www.kcna.kp/en/article/q/1.kcmsj', 'http://kcna.kp/', 'https://KCNA.kp:8080/x', 'https://news.example.co.uk/a?b=c#d'])('%s is a plain web address', (url) => {
    expect(addressProblem(url, none)).toBeNull();
  });

  test('what is not a web address is left to the schema', () => {
    expect(addressProblem('not a url', none)).toBeNull();
    expect(addressProblem('ftp://files.example/', none)).toBeNull();
    expect(addressProblem('mailto:a@b.example', none)).toBeNull();
  });

  test('an "@" in the fragment or query that reads like the host', () => {
    expect(addressProblem('https://evil.example#@kcnawatch.org/', none)).toBe(
      '"https://evil.example#@kcnawatch.org/" opens evil.example, though the "@kcnawatch.org" after it reads like the host kcnawatch.org; give the address you meant, without "@" before a host name in its query or fragment',
    );
    expect(addressProblem('https://a.example/?u=@b.example&x=1', none)).toBe(
      '"https://a.example/?u=@b.example&x=1" opens a.example, though the "@b.example&x=1" after it reads like the host b.example&x=1; give the address you meant, without "@" before a host name in its query or fragment',
    );
  });

  test('a host written with a letter outside a–z', () => {
    expect(addressProblem('https://kcnаwatch.org/', none)).toBe(
      '"https://kcnаwatch.org/" has a host written with letters outside a–z (kcnаwatch.org, with U+0430), which opens xn--kcnwatch-36g.org and can imitate another site\'s name; write the host in plain letters, or if the site really has this name add xn--kcnwatch-36g.org to content/allowed-hosts.yaml',
    );
  });

  test('a host written one way that opens another, in plain letters', () => {
    expect(addressProblem('https://0x7f.1/', none)).toBe(
      '"https://0x7f.1/" has a host written with letters outside a–z (0x7f.1), which opens 127.0.0.1 and can imitate another site\'s name; write the host in plain letters, or if the site really has this name add 127.0.0.1 to content/allowed-hosts.yaml',
    );
  });

  test('a host with a Greek letter among Latin ones names its code point in capitals', () => {
    expect(addressProblem('https://gοogle.com/', none)).toBe(
      '"https://gοogle.com/" has a host written with letters outside a–z (gοogle.com, with U+03BF), which opens xn--gogle-rce.com and can imitate another site\'s name; write the host in plain letters, or if the site really has this name add xn--gogle-rce.com to content/allowed-hosts.yaml',
    );
  });

  test('an address without "//" does not show its host as written', () => {
    expect(addressProblem('https:kcna.kp/x', none)).toBe(
      '"https:kcna.kp/x" has a host written with letters outside a–z (), which opens kcna.kp and can imitate another site\'s name; write the host in plain letters, or if the site really has this name add kcna.kp to content/allowed-hosts.yaml',
    );
  });

  test('a user name before the host is left to the schema, which refuses it', () => {
    expect(addressProblem('https://user@kcna.kp/', none)).toBeNull();
  });

  test('an internationalised host written in its xn-- form', () => {
    expect(addressProblem('https://www.xn--mnchen-3ya.de/', none)).toBe(
      '"https://www.xn--mnchen-3ya.de/" has an internationalised host (www.xn--mnchen-3ya.de), which can imitate another site\'s name; give the publisher\'s plain address, or if the site really has this name add www.xn--mnchen-3ya.de to content/allowed-hosts.yaml',
    );
  });

  test('a host listed as allowed passes, however it is written', () => {
    const allowed = new Set(['xn--mnchen-3ya.de']);
    expect(addressProblem('https://münchen.de/', allowed)).toBeNull();
    expect(addressProblem('https://xn--mnchen-3ya.de/', allowed)).toBeNull();
    expect(addressProblem('https://www.xn--mnchen-3ya.de/', allowed)).not.toBeNull();
  });

  test.each(['http://localhost/', 'https://localhost/', 'https://127.0.0.1/', 'https://-a.example/', 'https://a.-b.example/', 'https://a.example1/', 'https://a.x/'])('%s does not name a site by its domain', (url) => {
    expect(addressProblem(url, none)).toBe(`"${url}" does not name a site by its domain (${new URL(url).hostname}); give the publisher's address, such as https://www.kcna.kp/…`);
  });

  test('hosts just inside the rule', () => {
    expect(addressProblem('https://a-.example/', none)).toBeNull();
    expect(addressProblem('https://a.xy/', none)).toBeNull();
    expect(addressProblem('https://1.example/', none)).toBeNull();
  });
});

describe('the same source twice', () => {
  test.each([
    ['https://www.KCNA.kp/a/b/?x=1#frag', 'kcna.kp/a/b?x=1'],
    ['http://kcna.kp', 'kcna.kp'],
    ['https://kcna.kp/a//', 'kcna.kp/a'],
    ['https://wwwx.kcna.kp/a', 'wwwx.kcna.kp/a'],
    ['https://news.www.example/a', 'news.www.example/a'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, key) => {
    expect(sameAddressKey(url)).toBe(key);
  });
});
