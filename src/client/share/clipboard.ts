/**
 * Copy text with the Clipboard API. Returns whether the text reached the
 * clipboard; where it cannot (insecure origin, permission denied) the callers
 * show the link selected, for the reader to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  if (!navigator.clipboard || !window.isSecureContext) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Put a message in a polite live region; clearing first makes a repeat announce again. */
export function announce(region: HTMLElement | null, message: string): void {
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

