/**
 * The only place that creates `<script>` elements: vendor tags, and the site's own scripts
 * gated with `type="text/plain" data-seloste-category="…"`. Every one carries the page's CSP
 * nonce, set through the `nonce` property (the attribute reads empty once a CSP hides it).
 *
 * Under Trusted Types (`require-trusted-types-for 'script'`) vendor script URLs go through the
 * policy named `seloste`, which passes only the origins of the configured vendor scripts.
 *
 * The site's gated scripts are cloned: a clone keeps the source and text the page's parser read
 * (no Trusted Types sink is involved), and a script that was never meant to run, such as one
 * inserted through innerHTML, stays that way in its clone. Which placeholders count is decided
 * once, when the page is parsed (`gatedScripts`): on a page with a CSP nonce only those carrying
 * that nonce, which markup injected into the page cannot know. So the gating cannot be turned
 * into a way to run injected markup, and nothing read from configuration, cookies or the notice
 * can become script.
 */

export interface ScriptLoader {
  load(src: string): Promise<boolean>;
  revive(placeholders: Iterable<HTMLScriptElement>): Promise<void>;
}

/** The part of the Trusted Types API used here (not yet in TypeScript's DOM types). */
interface Policy {
  createScriptURL(url: string): string;
  createScript(text: string): string;
}
interface TrustedTypesPolicyFactory {
  createPolicy(name: string, rules: Policy): Policy;
}

export const POLICY_NAME = 'seloste';

/** How long a gated script's `src` may take before the scripts after it run anyway. */
export const GATED_TIMEOUT_MS = 10_000;

/**
 * @param vendorSources the configured vendor script URLs; their origins may serve scripts.
 */
export function scriptLoader(
  doc: Document,
  nonce: string,
  warn: (message: string) => void,
  vendorSources: readonly string[],
  gatedTimeout = GATED_TIMEOUT_MS,
): ScriptLoader {
  let queue = Promise.resolve();
  const origin = (url: string) => new URL(url, doc.baseURI).origin;
  const origins = new Set(vendorSources.map(origin));
  let policy: Policy | undefined;
  try {
    policy = (window as { trustedTypes?: TrustedTypesPolicyFactory }).trustedTypes?.createPolicy(
      POLICY_NAME,
      {
        createScriptURL(url) {
          if (origins.has(origin(url))) return url;
          throw new TypeError(`[seloste] ${url} is not from a configured vendor's origin.`);
        },
        // Only `run` below calls it, with the text of a gated script the page itself holds.
        createScript: (text) => text,
      },
    );
  } catch {
    // Reported below, on the first script it stops (a page without Trusted Types needs none).
  }
  let blocked = false;
  /** Runs a step that Trusted Types may refuse: false, reported once, when it is refused. */
  const allowed = (step: () => void) => {
    try {
      step();
      return true;
    } catch {
      if (!blocked)
        warn(
          `Trusted Types stop its scripts: the CSP's trusted-types directive must allow the policy "${POLICY_NAME}" (and no other script may create it).`,
        );
      blocked = true;
      return false;
    }
  };

  const settle = (script: HTMLScriptElement, src: string) =>
    new Promise<boolean>((resolve) => {
      script.onload = () => resolve(true);
      script.onerror = () => {
        warn(`could not load ${src} (offline, or blocked by an ad blocker or the CSP?).`);
        resolve(false);
      };
    });

  /**
   * `settle`, or false after `GATED_TIMEOUT_MS`, so one silent server holds nothing back. The
   * timer goes once the script has answered: it would warn of a script that did load.
   */
  const settleInTime = (script: HTMLScriptElement, src: string) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return Promise.race([
      settle(script, src),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => {
          warn(`${src} has not loaded in ${gatedTimeout / 1000} s; running the next scripts.`);
          resolve(false);
        }, gatedTimeout);
      }),
    ]).finally(() => clearTimeout(timer));
  };

  async function run(placeholders: HTMLScriptElement[]) {
    for (const old of placeholders) {
      if (!old.isConnected) continue;
      // A clone keeps every attribute, and the source and text the parser read (no sink).
      const script = old.cloneNode(true) as HTMLScriptElement;
      // The clone's text is the parser's, but Trusted Types want it given again, through the policy.
      if (policy && old.text && !allowed(() => (script.text = policy.createScript(old.text))))
        continue;
      const type = old.dataset.selosteType;
      if (type) script.type = type;
      else script.removeAttribute('type');
      // Only the placeholder's own nonce: markup Seloste did not get from the owner never borrows it.
      script.nonce = old.nonce;
      const done = old.src ? settleInTime(script, old.src) : undefined;
      old.replaceWith(script);
      await done;
    }
  }

  return {
    load(src) {
      if (!origins.has(origin(src))) {
        warn(`${src} not loaded: it is not from a configured vendor's origin.`);
        return Promise.resolve(false);
      }
      const script = doc.createElement('script');
      script.async = true;
      // The policy checks the origin again; under Trusted Types without the policy this throws.
      if (!allowed(() => (script.src = policy?.createScriptURL(src) ?? src)))
        return Promise.resolve(false);
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
}
