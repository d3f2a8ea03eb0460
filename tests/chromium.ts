import { existsSync } from 'node:fs';

/** Where to find a Chromium: $CHROMIUM_PATH, or the usual system locations. */
export function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
  if (!found) {
    throw new Error('No Chromium found. Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.');
  }
  return found;
}
