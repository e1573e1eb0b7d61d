/** What one laptop on a class's hotspot can take, and how many sendings one phone may make. */

export interface Limits {
  /** A whole sending: the form and two photos, sealed. */
  maxBodyBytes: number;
  /** One photo; the page makes them about 1600 px wide, some 200–800 KB. */
  maxPhotoBytes: number;
  /** Time to send the request's headers, then the whole request (a phone on a slow hotspot uploads 2 MB). */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** Open connections in all, and from one address (a phone opens a few; more is someone holding them). */
  maxConnections: number;
  connectionsPerAddress: number;
  /** Sendings accepted from one address in a minute. */
  sendingsPerMinute: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: 12 * 1024 * 1024,
  maxPhotoBytes: 5 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  maxConnections: 200,
  connectionsPerAddress: 16,
  sendingsPerMinute: 6,
};

/** Counts per address over the last minute; old entries are dropped as they are looked at. */
export class PerMinute {
  readonly #hits = new Map<string, number[]>();
  constructor(readonly limit: number) {}

  /** Counts one more for `address` and says whether it is within the limit. */
  take(address: string, now: number): boolean {
    const recent = (this.#hits.get(address) ?? []).filter((at) => now - at < 60_000);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    if (recent.length === 0) this.#hits.delete(address);
    else this.#hits.set(address, recent);
    return allowed;
  }
}
