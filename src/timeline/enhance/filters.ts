import { attrSel, CLS, readData, sel } from '../model/contract.ts';
import { FILTERS, recordShown, shownInUrl, type FilterName } from './url-state.ts';
import type { TimelineView } from './view.ts';

/**
 * The pair and kind checkboxes: a mark (and its entry in the list under the
 * chart) whose lane or kind is unticked is hidden, and what they hide is kept
 * in the address bar. The address, not a form state the browser may have
 * kept from an earlier visit, decides what is ticked on load.
 */
export class Filters {
  constructor(private readonly host: HTMLElement) {}

  private boxes(filter: FilterName): HTMLInputElement[] {
    return [...this.host.querySelectorAll<HTMLInputElement>(`input${attrSel('filter', filter)}`)];
  }

  /** Tick the boxes as the address says (all of them when it says nothing). True if any box is left unticked. */
  restore(): boolean {
    let hiding = false;
    for (const { filter, param } of FILTERS) {
      const boxes = this.boxes(filter);
      const shown = shownInUrl(param, boxes.map((b) => b.value));
      for (const box of boxes) {
        box.checked = shown ? shown.has(box.value) : true;
        if (!box.checked) hiding = true;
      }
    }
    return hiding;
  }

  record(): void {
    recordShown(
      FILTERS.map(({ filter, param }) => {
        const boxes = this.boxes(filter);
        return { param, shown: new Set(boxes.filter((b) => b.checked).map((b) => b.value)), known: boxes.map((b) => b.value) };
      }),
    );
  }

  /** Hide what the boxes leave out, in every layout and in the list, and redraw. */
  apply(views: readonly TimelineView[]): void {
    const off = (name: FilterName) => new Set(this.boxes(name).filter((i) => !i.checked).map((i) => i.value));
    const lanes = off('lane');
    const kinds = off('kind');
    const hide = (el: Element) => lanes.has(readData(el, 'lane') ?? '') || kinds.has(readData(el, 'kind') ?? '');
    for (const view of views) {
      for (const m of view.marks) m.el.classList.toggle(CLS.filtered, hide(m.el));
      view.refreshCounts();
      view.render(view.zoom);
    }
    const list = this.host.closest('section')?.querySelectorAll<HTMLLIElement>(`${sel(CLS.list)} li${attrSel('lane')}`) ?? [];
    for (const li of list) li.hidden = hide(li);
  }
}
