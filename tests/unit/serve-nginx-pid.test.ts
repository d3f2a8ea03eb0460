import { describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePid, stopNginx } from '../../scripts/serve-nginx.ts';

/**
 * The pid file a failed nginx start leaves behind must never turn into a
 * signal to pid 0 (this process group), a negative pid (a group) or -1 (all).
 */
describe('reading nginx.pid', () => {
  it('reads the pid nginx writes', () => {
    expect(parsePid('12345\n')).toBe(12345);
    expect(parsePid('  987  ')).toBe(987);
  });

  it('names no process for an empty, missing-looking or garbled file', () => {
    for (const text of ['', '\n', '   ', '0', '0\n', '1', '-1', '-4242', '12abc', 'abc', '1e5', '0x1f', '3.5', '12 34', 'NaN', '99999999999999999999']) {
      expect(parsePid(text), JSON.stringify(text)).toBeNull();
    }
  });
});

describe('stopping after a failed start', () => {
  it('returns without signalling anything when nginx.pid is empty or garbled', () => {
    // Port 0 is never one nginx was started on: this folder is the test's own.
    const work = join(tmpdir(), 'lips-and-teeth-nginx-0');
    mkdirSync(work, { recursive: true });
    try {
      for (const text of ['', '0', 'garbage']) {
        writeFileSync(join(work, 'nginx.pid'), text);
        // Before the fix, '' and '0' sent SIGQUIT to this process group, ending the test run here.
        expect(() => stopNginx(0)).not.toThrow();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
