import { citations, type CiteInput } from '../../lib/cite.ts';
import { announce, copyText } from './clipboard.ts';
import { todayIso } from '../../calendar/calendar.ts';
import { servedUrl } from '../../lib/urls.ts';

/**
 * <share-controls>: enhances the server-rendered permalink and citations of a
 * claim or event. Copy link (with a visible, announced confirmation), the
 * native share sheet where the browser has one, and citations dated today.
 * Without JavaScript the permalink and citations are still there as text.
 *
 * Attributes: data-url (canonical URL), data-title, data-cite (CiteInput
 * without `accessed`, as JSON). The reading page reuses one element for
 * every claim and calls update() after changing them. The link, the share
 * sheet and the citations use the origin the page was served from, so they
 * work on whatever host the reader is on (see servedUrl).
 */
export class ShareControls extends HTMLElement {
  connectedCallback(): void {
    this.querySelectorAll<HTMLElement>('[data-enhanced]').forEach((el) => (el.hidden = false));
    this.querySelectorAll<HTMLElement>('[data-static]').forEach((el) => (el.hidden = true));
    const share = this.querySelector<HTMLButtonElement>('[data-native-share]');
    if (share) share.hidden = typeof navigator.share !== 'function';
    this.addEventListener('click', (event) => void this.onClick(event));
    this.update();
  }

  private get status(): HTMLElement | null {
    return this.querySelector('[data-status]');
  }

  /** The page's link on the origin the reader is on. */
  private get url(): string {
    return servedUrl(this.dataset['url'] ?? '', location.origin);
  }

  /** Refresh the permalink and citations from the data attributes. */
  update(): void {
    const url = this.url;
    const link = this.querySelector<HTMLAnchorElement>('[data-permalink]');
    if (link) {
      link.href = url;
      link.textContent = url;
    }
    const raw = this.dataset['cite'];
    if (!raw) return;
    const input = { ...(JSON.parse(raw) as Omit<CiteInput, 'accessed'>), url, accessed: todayIso() };
    const strings = citations(input);
    for (const [style, text] of Object.entries(strings)) {
      const target = this.querySelector(`[data-cite-text="${style}"]`);
      if (target) target.textContent = text;
    }
    if (this.status) this.status.textContent = '';
  }

  private async onClick(event: Event): Promise<void> {
    const button = (event.target as Element).closest('button');
    if (!button || !this.contains(button)) return;
    const url = this.url;
    if (button.hasAttribute('data-copy')) {
      const ok = await copyText(url);
      announce(this.status, ok ? `Link copied: ${url}` : 'Could not copy. The link is selected above: press Ctrl+C or ⌘C.');
      if (!ok) this.selectPermalink();
    } else if (button.hasAttribute('data-native-share')) {
      try {
        await navigator.share({ title: this.dataset['title'] ?? document.title, url });
      } catch {
        /* the reader closed the share sheet */
      }
    } else if (button.dataset['copyCite']) {
      const style = button.dataset['copyCite'];
      const text = this.querySelector(`[data-cite-text="${style}"]`)?.textContent ?? '';
      const ok = await copyText(text);
      announce(this.status, ok ? `${button.dataset['label'] ?? style} citation copied.` : 'Could not copy; select the citation text and copy it.');
    }
  }

  private selectPermalink(): void {
    const link = this.querySelector('[data-permalink]');
    const selection = window.getSelection();
    if (!link || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(link);
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

if (!customElements.get('share-controls')) customElements.define('share-controls', ShareControls);
