/**
 * A slow network between the browser and the server, as a TCP proxy: every
 * byte crosses a link of fixed bandwidth each way and takes half a round trip
 * to arrive, and a new connection costs one round trip (the TCP handshake)
 * before its first request can leave.
 *
 * Why not DevTools' network throttling alone: it delays each request's
 * response by the latency but charges nothing for opening a connection, so a
 * page's HTML arrives one round trip sooner than on a real slow network, and
 * so does every stylesheet or script fetched on a new connection. Measured
 * against that too-early floor, the time a page spends drawing looks like
 * waiting. Here the link is the network: the browser sees the same latency,
 * bandwidth and connection costs a phone on slow 4G does (without TLS, as the
 * local server speaks plain HTTP: one round trip less than HTTPS).
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface LinkProfile {
  /** Round trip, ms. */
  latencyMs: number;
  downKbps: number;
  upKbps: number;
}

/** Bytes per slice: a chunk is paced a slice at a time, so a large one trickles in as it would. */
const SLICE = 1460;

/**
 * One direction of the link. Bytes queue behind each other at the link's rate
 * (shared by every connection, as one radio link is), then travel for half a
 * round trip. Returns, for bytes sent at `now`, when they arrive (ms).
 */
export class Direction {
  private free = 0;
  private readonly bytesPerMs: number;
  private readonly oneWayMs: number;

  constructor(kbps: number, latencyMs: number) {
    this.bytesPerMs = (kbps * 1024) / 8 / 1000;
    this.oneWayMs = latencyMs / 2;
  }

  arrival(now: number, bytes: number): number {
    const start = Math.max(now, this.free);
    this.free = start + bytes / this.bytesPerMs;
    return this.free + this.oneWayMs;
  }
}

/**
 * Deliver each chunk to `to` when the link says it arrives, in order; end
 * `to` after the last chunk. `readyAt` holds everything back until then (the
 * handshake). Timers for the same time fire in the order set, and arrival
 * times only grow, so chunks never overtake each other.
 */
function pipeThrough(from: Socket, to: Socket, direction: Direction, readyAt: number): void {
  const at = (time: number, deliver: () => void) => setTimeout(deliver, Math.max(0, time - performance.now()));
  from.on('data', (chunk: Buffer) => {
    for (let offset = 0; offset < chunk.length; offset += SLICE) {
      const slice = chunk.subarray(offset, offset + SLICE);
      at(direction.arrival(Math.max(performance.now(), readyAt), slice.length), () => {
        if (!to.destroyed) to.write(slice);
      });
    }
  });
  from.on('end', () => at(direction.arrival(Math.max(performance.now(), readyAt), 0), () => to.end()));
  from.on('error', () => to.destroy());
  from.on('close', () => at(direction.arrival(performance.now(), 0), () => to.destroy()));
}

/** Start the link on 127.0.0.1:`port` in front of 127.0.0.1:`target`. */
export function startSlowLink(port: number, target: number, profile: LinkProfile): Promise<Server> {
  const down = new Direction(profile.downKbps, profile.latencyMs);
  const up = new Direction(profile.upKbps, profile.latencyMs);
  const server = createServer((client) => {
    // The handshake: SYN out and SYN-ACK back, one round trip before the first request can leave.
    const readyAt = performance.now() + profile.latencyMs;
    const upstream = connect(target, '127.0.0.1');
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    pipeThrough(client, upstream, up, readyAt);
    pipeThrough(upstream, client, down, readyAt);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
