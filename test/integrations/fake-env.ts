import type { VendorEnv, VendorWindow } from '../../src/integrations/integration.js';

/** A fake page for integration tests: a plain window object and a spy loader. */
export function fakeEnv() {
  const loaded: string[] = [];
  const env: VendorEnv & { window: VendorWindow & Record<string, unknown> } = {
    window: {},
    loadScript(src) {
      loaded.push(src);
      return Promise.resolve(true);
    },
  };
  return { env, loaded };
}

/** `dataLayer` entries as plain arrays, after checking each is an `Arguments` object. */
export function commands(dataLayer: unknown[] = []): unknown[][] {
  return dataLayer.map((entry, i) => {
    const kind = Object.prototype.toString.call(entry);
    if (kind !== '[object Arguments]') throw new Error(`dataLayer[${i}] is ${kind}, not Arguments`);
    return Array.from(entry as ArrayLike<unknown>);
  });
}

/** Lets queued microtasks (the Google tag's flush) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve));
