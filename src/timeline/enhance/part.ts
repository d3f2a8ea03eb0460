import { CLS, readData, sel } from '../model/contract.ts';

/**
 * The phone's layout of the chart, fetched only where a narrow screen shows
 * it. A page's HTML carries one layout, the wide one (which also serves
 * readers without scripts, scrolled sideways in its frame on a phone), and
 * an empty <svg> of the narrow one's size, so nothing moves when it lands.
 * The build writes the narrow layout as a page part (src/pages/parts/), which
 * the page preloads on narrow screens, so the request starts with the HTML.
 *
 * Resolves to the chart's <svg>, now in the page, or null if it could not be
 * had (offline, an old cache): the chart then shows its wide layout.
 */
export async function fetchLayout(slot: SVGSVGElement): Promise<SVGSVGElement | null> {
  const url = readData(slot, 'part');
  if (!url) return null;
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    // A <template> parses the part as the page's own markup would be, scripts inert.
    const template = document.createElement('template');
    template.innerHTML = await response.text();
    const svg = template.content.querySelector<SVGSVGElement>(`svg${sel(CLS.chart)}`);
    if (!svg || !slot.isConnected) return null;
    slot.replaceWith(svg);
    // ?asof= marks the new marks for its day (CHART_PART_EVENT in src/lib/asof-contract.ts).
    svg.dispatchEvent(new CustomEvent('timeline-part', { bubbles: true }));
    return svg;
  } catch {
    return null;
  }
}
