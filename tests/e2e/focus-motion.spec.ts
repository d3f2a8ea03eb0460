import { test, expect, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

/**
 * Visible focus on every focusable element a Tab reaches, on every page type;
 * and no smooth scrolling, transitions or animations when the reader asks
 * for reduced motion.
 */

interface Ring { label: string; outline: string; shadow: string; visible: boolean; again: boolean }

async function focusRing(page: Page): Promise<Ring | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    // Mark each stop, so the walk knows when the tab order has wrapped around.
    const again = el.hasAttribute('data-tab-seen');
    el.setAttribute('data-tab-seen', '');
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    return { label, outline: `${style.outlineStyle} ${style.outlineWidth}`, shadow: style.boxShadow, visible: outline || shadow, again };
  });
}

for (const { name, path } of PAGE_TYPES) {
  test(`every Tab stop on ${name} shows a focus ring`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    let stops = 0;
    const invisible: string[] = [];
    // Walk the whole tab order once (it wraps back to the start), at most 400 stops.
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      if (!ring) continue;
      if (ring.again) break;
      stops++;
      if (!ring.visible) invisible.push(`${ring.label} (outline: ${ring.outline}; box-shadow: ${ring.shadow})`);
    }
    expect(stops, 'the page has Tab stops').toBeGreaterThan(2);
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
