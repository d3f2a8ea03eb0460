/**
 * Copy text with the Clipboard API. Returns whether the text reached the
 * clipboard: false where the API is missing (an insecure origin) or the
 * browser refuses (permission denied, no user activation). Callers then show
 * the text to copy by hand and say so.
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

