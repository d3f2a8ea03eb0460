import { describe, expect, it } from 'vitest';
import { connect, createServer, type Server } from 'node:net';
import { Direction, startSlowLink } from '../../scripts/bench/slow-link.ts';

/**
 * The benchmark's slow network (scripts/bench/slow-link.ts): the link's
 * arithmetic exactly, then one real connection through it.
 */
describe('one direction of the link', () => {
  // 8 kbps = 1,024 bytes a second = 1.024 bytes a millisecond; 100 ms round trip = 50 ms one way.
  it('sends bytes at the link rate, then half a round trip', () => {
    const link = new Direction(8, 100);
    expect(link.arrival(0, 1024)).toBe(1000 + 50);
  });

  it('queues bytes sent while the link is busy behind the earlier ones, across connections', () => {
    const link = new Direction(8, 100);
    link.arrival(0, 1024);
    // Sent at 500 ms, but the link is busy until 1,000 ms.
    expect(link.arrival(500, 1024)).toBe(2000 + 50);
    // Sent once it is free again: no wait.
    expect(link.arrival(3000, 512)).toBe(3500 + 50);
  });

  it('carries nothing in no time but the trip', () => {
    expect(new Direction(1474.56, 562.5).arrival(10, 0)).toBe(10 + 281.25);
  });
});

describe('a connection through the link', () => {
  it('answers a request after the handshake and a round trip, never sooner, and passes the bytes unchanged', async () => {
    const echo: Server = createServer((socket) => socket.on('data', (data) => socket.end(Buffer.concat([Buffer.from('re:'), data]))));
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const target = (echo.address() as { port: number }).port;
    const link = await startSlowLink(0, target, { latencyMs: 200, downKbps: 100_000, upKbps: 100_000 });
    const port = (link.address() as { port: number }).port;
    try {
      const started = performance.now();
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write('ping'));
        let text = '';
        socket.on('data', (data) => (text += data.toString()));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      const took = performance.now() - started;
      expect(answer).toBe('re:ping');
      // Handshake (one round trip), request out (half), answer back (half): two round trips.
      expect(took).toBeGreaterThanOrEqual(400);
      expect(took).toBeLessThan(2000);
    } finally {
      link.close();
      echo.close();
    }
  });
});
