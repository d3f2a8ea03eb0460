/**
 * "Show all claims": a switch that highlights every claim in the piece, not
 * only the key ones, and remembers the reader's choice. Without scripts the
 * switch is hidden and the list of claims at the foot of the page links each.
 */
const STORAGE_KEY = 'lt-show-all-claims';

function stored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false; // storage blocked: start quiet
  }
}

function store(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // storage blocked: the switch still works for this page
  }
}

class ClaimsSwitch extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button[aria-pressed]');
    const body = document.querySelector<HTMLElement>('.piece-body');
    if (!button || !body) return;
    const apply = (on: boolean) => {
      button.setAttribute('aria-pressed', String(on));
      body.toggleAttribute('data-all-claims', on);
    };
    apply(stored());
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      apply(on);
      store(on);
    });
  }
}

if (!customElements.get('claims-switch')) customElements.define('claims-switch', ClaimsSwitch);
