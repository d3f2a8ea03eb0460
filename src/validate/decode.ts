import type { Problem } from '../lib/problem.ts';

/** A file under content/, as raw bytes, with its path relative to the project root. */
export interface ContentFile {
  path: string;
  bytes: Uint8Array;
  /** Why the file was not read: "symlink", or the error code ("EACCES"). */
  refused?: string;
}

/** The problem for a file that was not read. */
export function refusedProblem(file: ContentFile): Problem | null {
  if (file.refused === undefined) return null;
  if (file.refused === 'symlink') {
    return { file: file.path, message: 'the file is a symbolic link, which the build does not follow (it could read from outside the project); put a copy of the file itself in its place' };
  }
  return { file: file.path, message: `the file cannot be read (${file.refused}); fix its permissions (chmod a+r) or delete it` };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file as text (without a byte-order mark), or the line of its first byte that is not UTF-8. */
export function decode(file: ContentFile): string | Problem {
  try {
    return utf8.decode(file.bytes).replace(/^\uFEFF/, '');
  } catch {
    const bad = firstInvalidByte(file.bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (file.bytes[i] === 0x0a) line++;
    return { file: file.path, line, message: 'the file is not valid UTF-8; re-save it with UTF-8 encoding (look for a curly quote or accented letter on this line)' };
  }
}

/**
 * Offset of the first byte that breaks UTF-8. Decoding in streaming mode
 * tolerates a sequence cut off at the end, so "this prefix decodes" only turns
 * false once the bad byte is inside it: a binary search finds that byte.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  return good;
}
