import type { Page } from '@playwright/test';

/** What the focused element is, as far as a keyboard walk needs to know. */
export interface Focused {
  tag: string;
  role: string | null;
  name: string;
  href: string | null;
  classes: string;
  /** Id of the claim mark the element sits in, if any. */
  inClaim: string | null;
  /** Text of the nearest list item or row around it (for dates next to links). */
  context: string;
}

export async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const link = el.closest('a');
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: link ? link.href : null,
      classes: typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? ''),
      inClaim: el.closest('mark.claim')?.id ?? null,
      context: (el.closest('li, tr') ?? el).textContent?.trim().replace(/\s+/g, ' ') ?? '',
    };
  });
}

/**
 * Press Tab until the focused element satisfies `wanted`, like a reader
 * looking for a control. Fails after `max` presses, saying what was reached.
 */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 250): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && wanted(now)) return now;
    if (now) seen.push(`${now.tag}:${now.name.slice(0, 30)}`);
  }
  throw new Error(`no ${what} reached after ${max} Tab presses; last reached: ${seen.slice(-5).join(' | ')}`);
}
