import { buildTextFragment } from '../../lib/text-fragment.ts';
import { claimTitle, shortenAtWord } from '../../lib/share-text.ts';
import { announce, copyText } from './clipboard.ts';
import { readPieceText } from './segments.ts';
import type { ShareControls } from './share-controls.ts';
import { servedUrl } from '../../lib/urls.ts';
import { placeInColumn } from './keep-in-column.ts';
import './share-controls.ts';

/**
 * <reading-share> on the reading page:
 * - after each claim's § link, a small "share" button (no text of its own in
 *   the piece) opening one popover with that claim's link, share and cite;
 * - selecting text offers "Link to this passage" (a text-fragment URL) and,
 *   when the selection is inside a claim, the claim's own link first.
 */
/** Screens whose main pointer cannot hover: the share buttons come out on a tap instead. */
const noHover = matchMedia('(hover: none)');

class ReadingShare extends HTMLElement {
  private body: HTMLElement | null = null;
  private bar: HTMLElement | null = null;
  private passage = '';
  private claimUrl = '';
  private timer = 0;

  connectedCallback(): void {
    this.body = document.querySelector<HTMLElement>('.piece-body');
    this.bar = this.querySelector<HTMLElement>('.passage-bar');
    const panel = this.querySelector<HTMLElement>('.share-popover');
    if (!this.body || !panel || typeof panel.showPopover !== 'function') return;
    placeInColumn(this.body, () => this.claimButtons(panel.id));
    this.body.addEventListener('click', (event) => {
      const target = event.target as Element;
      const button = target.closest<HTMLButtonElement>('button.claim-share');
      if (button?.dataset['claim']) this.fillPanel(button.dataset['claim']);
      else this.revealOnTap(event);
    });
    document.addEventListener('selectionchange', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.onSelection(), 120);
    });
    this.bar?.addEventListener('pointerdown', (event) => {
      // Keep the reader's selection while they press a button in the bar.
      if ((event.target as Element).closest('button')) event.preventDefault();
    });
    this.bar?.addEventListener('click', (event) => void this.onBarClick(event));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hideBar();
    });
  }

  private claimHref(mark: Element): string {
    const ref = mark.querySelector('a.claim-ref')?.getAttribute('href') ?? '';
    // The § link's href is site-relative (base path included): resolve it where the reader is.
    return new URL(ref, location.href).href;
  }

  private quoteOf(mark: Element): string {
    const copy = mark.cloneNode(true) as Element;
    copy.querySelectorAll('.claim-ref, button').forEach((el) => el.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** One share button for each claim's § link, made but not yet inserted (placeInColumn puts them in place). */
  private claimButtons(panelId: string): Map<HTMLElement, HTMLElement> {
    const buttons = new Map<HTMLElement, HTMLElement>();
    for (const mark of this.body?.querySelectorAll<HTMLElement>('mark.claim[id]') ?? []) {
      const ref = mark.querySelector<HTMLElement>('a.claim-ref');
      if (!ref || mark.querySelector('button.claim-share')) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'claim-share';
      button.dataset['claim'] = mark.id;
      button.setAttribute('popovertarget', panelId);
      button.setAttribute('aria-label', `Share or cite claim: ${shortenAtWord(this.quoteOf(mark), 60)}`);
      buttons.set(ref, button);
    }
    return buttons;
  }

  /**
   * Without hover (touch screens), a tap on a claim's words brings its share
   * button out; a tap elsewhere in the piece puts it away. Links keep their
   * own tap, and a tap that ends a text selection leaves the buttons alone.
   * The browser may retarget a tap to the paragraph around the words (touch
   * adjustment), so the claim is found from where the finger landed.
   */
  private revealOnTap(event: MouseEvent): void {
    const target = event.target as Element;
    if (!noHover.matches || target.closest('a') || !window.getSelection()?.isCollapsed) return;
    const under = document.elementFromPoint(event.clientX, event.clientY) ?? target;
    if (under.closest('a')) return;
    const mark = under.closest<HTMLElement>('mark.claim');
    for (const open of this.body?.querySelectorAll('mark.claim.is-revealed') ?? []) if (open !== mark) open.classList.remove('is-revealed');
    mark?.classList.toggle('is-revealed');
  }

  private fillPanel(id: string): void {
    const mark = document.getElementById(id);
    const controls = this.querySelector<ShareControls>('.share-popover share-controls');
    if (!mark || !controls) return;
    const quote = this.quoteOf(mark);
    const quoteEl = this.querySelector('[data-claim-quote]');
    if (quoteEl) quoteEl.textContent = `“${shortenAtWord(quote, 160)}”`;
    controls.dataset['url'] = this.claimHref(mark);
    controls.dataset['title'] = claimTitle(quote);
    const piece = JSON.parse(this.dataset['piece'] ?? 'null') as unknown;
    controls.dataset['cite'] = JSON.stringify({ piece, subject: { kind: 'claim', id, text: quote } });
    controls.update();
  }

  private onSelection(): void {
    const selection = window.getSelection();
    if (!this.body || !this.bar || !selection || selection.isCollapsed || selection.rangeCount === 0) {
      if (!this.bar?.contains(document.activeElement)) this.hideBar();
      return;
    }
    const range = selection.getRangeAt(0);
    if (!this.body.contains(range.commonAncestorContainer)) return this.hideBar();
    const text = readPieceText(this.body);
    const fragment = buildTextFragment(text.segments, text.pointOf(range.startContainer, range.startOffset), text.pointOf(range.endContainer, range.endOffset));
    if (!fragment) return this.hideBar();
    const pieceUrl = this.dataset['pieceUrl'] ? servedUrl(this.dataset['pieceUrl'], location.origin) : location.href;
    this.passage = `${pieceUrl.replace(/#.*$/, '')}${fragment.fragment}`;
    const startMark = (range.startContainer.parentElement ?? null)?.closest('mark.claim');
    const endMark = (range.endContainer.parentElement ?? null)?.closest('mark.claim');
    const inClaim = startMark && startMark === endMark ? startMark : null;
    this.claimUrl = inClaim ? this.claimHref(inClaim) : '';
    this.showBar(range.getBoundingClientRect());
  }

  private showBar(rect: DOMRect): void {
    const bar = this.bar;
    if (!bar) return;
    const claimButton = bar.querySelector<HTMLButtonElement>('[data-copy-claim]');
    if (claimButton) claimButton.hidden = this.claimUrl === '';
    const link = bar.querySelector<HTMLAnchorElement>('[data-passage-url]');
    if (link) link.hidden = true;
    const status = bar.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = '';
    if (!bar.matches(':popover-open')) bar.showPopover();
    const width = bar.offsetWidth;
    const height = bar.offsetHeight;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const below = rect.bottom + 8;
    const fits = below + height <= window.innerHeight - 8;
    // Below the selection, else above it; always inside the viewport.
    const top = Math.max(8, Math.min(fits ? below : rect.top - height - 8, window.innerHeight - height - 8));
    bar.style.left = `${Math.round(left)}px`;
    bar.style.top = `${Math.round(top)}px`;
  }

  private hideBar(): void {
    if (this.bar?.matches(':popover-open')) this.bar.hidePopover();
  }

  private async onBarClick(event: Event): Promise<void> {
    const button = (event.target as Element).closest('button');
    if (!button || !this.bar) return;
    const status = this.bar.querySelector<HTMLElement>('[data-status]');
    const claim = button.hasAttribute('data-copy-claim');
    const url = claim ? this.claimUrl : this.passage;
    if (!url) return;
    const ok = await copyText(url);
    const link = this.bar.querySelector<HTMLAnchorElement>('[data-passage-url]');
    if (link) {
      link.href = url;
      link.textContent = url;
      link.hidden = false;
    }
    announce(status, ok ? (claim ? 'Claim link copied.' : 'Passage link copied.') : 'Could not copy; the link is shown below.');
  }
}

if (!customElements.get('reading-share')) customElements.define('reading-share', ReadingShare);
