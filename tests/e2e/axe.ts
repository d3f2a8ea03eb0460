import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from '@playwright/test';

/**
 * The browser tests' one way to run axe. WCAG 2.2 A and AA, as axe checks
 * them: every rule axe has for those levels, named one by one, because asked
 * by tag axe leaves out its experimental rules, among them "label in name"
 * (label-content-name-mismatch, WCAG 2.5.3), orientation (1.3.4) and the
 * table and heading structure checks (1.3.1). Named, they run.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WCAG_RULES = axe.getRules(WCAG_TAGS).map((rule) => rule.ruleId);
/** What a colour scheme changes: text contrast, and links told from text by contrast. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe over the page, in the page itself ("legacy" mode: the site has no
 * frames, so the blank page the default mode opens to merge frame results is
 * not needed), reporting violations only: otherwise axe works out a selector
 * for every element that passed each rule, most of its time on a long page
 * (axe-core's API guide, "Performance"). `rules`: WCAG_RULES unless named.
 */
export function wcagAxe(page: Page, rules: readonly string[] = WCAG_RULES): AxeBuilder {
  // options() first: it replaces the options withRules() sets.
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).withRules([...rules]);
}

/** Each violation as a line a failing test can print: rule, impact, help, and every element with what to fix. */
export async function violations(builder: AxeBuilder): Promise<string[]> {
  const { violations: found } = await builder.analyze();
  return found.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`);
}
