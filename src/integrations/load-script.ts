/**
 * The only place that creates `<script>` elements: vendor tags, and the site's own scripts
 * gated with `type="text/plain" data-seloste-category="…"`. Every one carries the page's CSP
 * nonce, set through the `nonce` property (the attribute reads empty once a CSP hides it).
 */

export interface ScriptLoader {
  load(src: string): Promise<boolean>;
  revive(placeholders: Iterable<HTMLScriptElement>): Promise<void>;
}

export function scriptLoader(
  doc: Document,
  nonce: string,
  warn: (message: string) => void,
): ScriptLoader {
  let queue = Promise.resolve();
  const settle = (script: HTMLScriptElement, src: string) =>
    new Promise<boolean>((resolve) => {
      script.onload = () => resolve(true);
      script.onerror = () => {
        warn(`could not load ${src} (offline, or blocked by an ad blocker or the CSP?).`);
        resolve(false);
      };
    });

  return {
    load(src) {
      const script = doc.createElement('script');
      script.async = true;
      script.src = src;
      script.nonce = nonce;
      const done = settle(script, src);
      doc.head.append(script);
      return done;
    },

    /**
     * Runs each gated placeholder once, in document order, waiting for each `src` to load;
     * a second call waits for the first to finish.
     */
    revive(placeholders) {
      return (queue = queue.then(() => run([...placeholders])));
    },
  };

  async function run(placeholders: HTMLScriptElement[]) {
    for (const old of placeholders) {
      if (!old.isConnected) continue;
      const script = doc.createElement('script');
      for (const { name, value } of old.attributes) {
        if (name !== 'type') script.setAttribute(name, value);
      }
      const type = old.dataset.selosteType;
      if (type) script.type = type;
      script.nonce = old.nonce || nonce;
      script.text = old.text;
      const done = old.src ? settle(script, old.src) : undefined;
      old.replaceWith(script);
      await done;
    }
  }
}
