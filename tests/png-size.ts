import { readFileSync } from 'node:fs';

/**
 * Width and height from a PNG's IHDR chunk, or null if the file is not a PNG:
 * the share cards' size, read by the dist checks (tests/dist/link-previews.test.ts)
 * and the browser ones (tests/e2e/share.spec.ts).
 */
export function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
