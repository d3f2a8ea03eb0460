import { describe, expect, test } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import TimelineChart from '../../src/timeline/draw/TimelineChart.astro';
import { chartModel } from '../../src/timeline/model/chart-model.ts';
import { chartInput } from './fixtures/timeline-chart.ts';

/**
 * The no-JS chart as the build draws it, for both layouts, rendered with
 * Astro's Container API from the small fixture and pinned in a stored
 * snapshot (one element per line, so a change reads as a diff of the
 * drawing). A change here changes what every reader without JavaScript sees:
 * look at the page, then update the snapshot with `npx vitest run -u`.
 */
function normalise(html: string): string {
  return html
    .replace(/\s+data-astro-[\w-]+(="[^"]*")?/g, '')
    .replace(/>\s*</g, '>\n<')
    .trim();
}

describe('the no-JS chart', () => {
  const { wide, narrow } = chartModel(chartInput());
  for (const layout of [wide, narrow]) {
    test(`${layout.orientation}: drawn as before`, async () => {
      const container = await AstroContainer.create();
      const html = await container.renderToString(TimelineChart, { props: { layout } });
      const svg = normalise(html);
      expect(svg.startsWith(`<svg class="tl-svg tl-${layout.orientation}"`)).toBe(true);
      // Every mark is a link with its accessible name; nothing the script reads is left on the marks but what the filters and ?asof= match.
      expect(svg.match(/<a class="tl-mark /g)).toHaveLength(4);
      expect(svg).not.toMatch(/data-(t0|t1|track|label-at|when|summary)=/);
      await expect(svg).toMatchFileSnapshot(`./__snapshots__/timeline-${layout.orientation}.svg`);
    });
  }
});
