import { test, expect, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

/**
 * Visible focus on every focusable element a Tab reaches, on every page type;
 * and no smooth scrolling, transitions or animations when the reader asks
 * for reduced motion.
 */

interface Ring { label: string; outline: string; shadow: string; visible: boolean }

/**
 * Every Tab stop's focus style, in one page evaluation: the page's tab order
 * (positive tabindex first, then document order; only elements a Tab can
 * reach: rendered, not disabled, not inert, not inside a closed <details>),
 * each focused in turn and its computed style read. One Tab press first puts
 * the page in keyboard mode, so :focus-visible applies as it would to a Tab.
 */
async function focusRings(page: Page): Promise<Ring[]> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
    const reachable = (el: HTMLElement) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      !el.closest('[inert]') &&
      el.checkVisibility({ visibilityProperty: true }) &&
      !(el.closest('details:not([open])') && !(el.tagName === 'SUMMARY' && el.parentElement?.tagName === 'DETAILS'));
    const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(reachable);
    const order = [...all.filter((el) => el.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex), ...all.filter((el) => el.tabIndex === 0)];
    const scroll = [window.scrollX, window.scrollY] as const;
    const rings = order.flatMap((el) => {
      el.focus({ preventScroll: true });
      if (document.activeElement !== el) return []; // not focusable after all (e.g. a radio not the group's stop)
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      return [{ label, outline: `${style.outlineStyle} ${style.outlineWidth}`, shadow: style.boxShadow, visible: outline || shadow }];
    });
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(...scroll);
    return rings;
  });
}

for (const { name, path } of PAGE_TYPES) {
  test(`every Tab stop on ${name} shows a focus ring`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    const rings = await focusRings(page);
    const invisible = rings.filter((ring) => !ring.visible).map((ring) => `${ring.label} (outline: ${ring.outline}; box-shadow: ${ring.shadow})`);
    expect(rings.length, 'the page has Tab stops').toBeGreaterThan(2);
    expect(invisible, invisible.join('\n')).toEqual([]);
  });
}

/** Longest transition or animation duration on the page, in seconds, and the html scroll behaviour. */
async function motion(page: Page): Promise<{ longest: number; culprit: string; scroll: string }> {
  return page.evaluate(() => {
    const seconds = (value: string) => Math.max(...value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v) || 0)));
    let longest = 0;
    let culprit = '';
    for (const el of [document.documentElement, ...document.querySelectorAll('body *')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const moving = Math.max(
          style.transitionProperty === 'none' ? 0 : seconds(style.transitionDuration),
          style.animationName === 'none' ? 0 : seconds(style.animationDuration),
        );
        if (moving > longest) {
          longest = moving;
          culprit = `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '')}${pseudo ?? ''}`;
        }
      }
    }
    return { longest, culprit, scroll: getComputedStyle(document.documentElement).scrollBehavior };
  });
}

for (const { name, path } of PAGE_TYPES.filter((p) => ['home', 'piece', 'claim', 'timeline', 'search with results'].includes(p.name))) {
  test(`${name} respects prefers-reduced-motion`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Without the preference, in-page jumps scroll smoothly: the reduced case below is a real change.
    expect((await motion(page)).scroll).toBe('smooth');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('Tab');
    const reduced = await motion(page);
    expect(reduced.scroll).toBe('auto');
    expect(reduced.longest, `moves for ${reduced.longest}s: ${reduced.culprit}`).toBeLessThanOrEqual(0.001);
  });
}
