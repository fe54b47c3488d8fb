/**
 * Requests per client, in memory: a token bucket per client key (the client's IP address).
 * A client may send `perMinute` requests in a burst, then one every `60 / perMinute` seconds.
 * Each instance counts on its own; behind a load balancer the limit is per instance.
 */
export interface RateLimiter {
  /** Takes one request for `key`: 0 when allowed, else the seconds to wait before the next. */
  take(key: string): number;
  /** How many clients are tracked (for tests). */
  readonly size: number;
}

/**
 * A token-bucket limiter. Buckets that have filled up again are forgotten, so memory follows
 * the clients of the last minute, not of all time.
 *
 * @example
 * const limiter = rateLimiter(120);
 * if (limiter.take(ip) > 0) return tooManyRequests();
 */
export function rateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;
  let sweptAt = now();

  /** Forgets the buckets that would be full by now. */
  function sweep(time: number) {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (time - bucket.at) * perMs >= perMinute) buckets.delete(key);
    }
    sweptAt = time;
  }

  return {
    take(key) {
      const time = now();
      if (time - sweptAt > 60_000) sweep(time);
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: time };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.at) * perMs);
      bucket.at = time;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / perMs / 1000);
    },
    get size() {
      return buckets.size;
    },
  };
}
