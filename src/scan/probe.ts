/**
 * What runs inside the scanned page: an init script that reports cookie writes (with the script
 * that made them) and gated scripts being brought to life, and small readers for storage,
 * `dataLayer`, the Seloste tag and the banner's controls. Each function here is sent to the
 * page as source text, so it uses nothing from outside itself.
 *
 * The page is not trusted: whatever it reports through the binding is checked in the recorder
 * (recorder.ts), and the browser's own cookie jar, not the page, says which cookies exist.
 */

/** The name of the binding through which the page reports. */
export const BINDING = '__selosteScan';

/** An event the init script reports. */
export type ProbeEvent =
  | { type: 'cookie'; text: string; script: string | null }
  | { type: 'gated'; label: string; category: string | null }
  | { type: 'gated-ran'; label: string }
  | { type: 'script'; src: string };

/**
 * The init script, run in every frame before the page's own scripts.
 *
 * - `document.cookie` writes are reported with the first http(s) script in the stack: the
 *   script that set the cookie (or the page itself, for inline scripts).
 * - In the top frame, every script with a `src` is reported as it is added (a script added twice
 *   loads twice, even when the browser serves the second from its cache), `<script
 *   type="text/plain">` elements are noted as they are parsed, and a runnable script inserted
 *   later with the same `src` or text is reported as run.
 */
export function probe(binding: string): void {
  const send = (event: unknown) => {
    try {
      const report = (window as unknown as Record<string, (event: unknown) => void>)[binding];
      void report?.(event);
    } catch {
      // The page took the binding away, or it is closing: nothing to report to.
    }
  };
  const scriptOf = (stack: string | undefined) => {
    const match = /(https?:\/\/[^\s()]+?):\d+:\d+/.exec(stack ?? '');
    return match ? match[1]! : null;
  };
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (descriptor?.set && descriptor.get) {
    const { get, set } = descriptor;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: descriptor.enumerable,
      get() {
        return get.call(this);
      },
      set(value: string) {
        set.call(this, value);
        send({
          type: 'cookie',
          text: String(value).slice(0, 500),
          script: scriptOf(new Error().stack),
        });
      },
    });
  }
  if (window !== window.top) return;

  const label = (script: HTMLScriptElement) =>
    script.src || (script.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 200);
  const gated = new Set<string>();
  const runnable = (type: string) =>
    !type || /^(text|application)\/(java|ecma)script$|^module$/i.test(type.trim());
  const categoryOf = (script: HTMLScriptElement) => {
    for (const name of [
      'data-seloste-category',
      'data-category',
      'data-cookieconsent',
      'data-cookiecategory',
      'data-cookie-category',
      'data-consent',
    ]) {
      const value = script.getAttribute(name);
      if (value) return value;
    }
    return null;
  };
  const seen = (node: Node) => {
    if (!(node instanceof HTMLScriptElement)) return;
    const type = node.getAttribute('type') ?? '';
    const key = label(node);
    if (!key) return;
    if (/^text\/plain$/i.test(type.trim())) {
      if (!gated.has(key)) {
        gated.add(key);
        send({ type: 'gated', label: key, category: categoryOf(node) });
      }
    } else if (runnable(type)) {
      if (node.src) send({ type: 'script', src: node.src });
      if (gated.has(key)) send({ type: 'gated-ran', label: key });
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        seen(node);
        if (node instanceof Element) node.querySelectorAll('script').forEach(seen);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** The name of the page's timer reader on `window` (see `watchTimers`). */
export const TIMERS = `${BINDING}Timers`;

/**
 * The init script's timer watch, in the top frame: it keeps a book of the page's pending
 * timers, so that the scan can wait for a tag the page loads on a timer instead of for a fixed
 * time.
 *
 * `setTimeout`, `setInterval`, `requestIdleCallback` and their `clear…`/`cancel…` become
 * proxies of the browser's own functions: each call goes to the browser's function with the
 * same `this` and arguments, and its answer (the id, or the error) goes back unchanged; only
 * then is the timer noted: its id, when it is due, and a key of its kind, delay and handler
 * source (cut short). Handlers are never wrapped, and nothing the book does can throw into the
 * page. Everything the book uses after the page's scripts start is taken here, first: the page
 * may replace any global later. A page that replaces `setTimeout` with a function of its own
 * that calls the one it found is still watched; one that does not is its own business.
 *
 * `window[name](horizon)` (read-only, not enumerable) answers the milliseconds until the
 * soonest pending timer due within `horizon` ms, or `null`:
 * - a one-shot timer counts until it is due (it has fired then, as far as anyone can tell
 *   without wrapping its handler), and not once it is cleared;
 * - an interval counts until its first run, an idle callback for 50 ms (it runs as soon as a
 *   quiet page is idle);
 * - a timer with the key of one that has already fired does not count: a chain that re-arms
 *   itself (a carousel, polling) would otherwise never end;
 * - a delay given as an object is not read (that would run page code twice): such a timer is
 *   not counted.
 */
export function watchTimers(name: string): void {
  if (window !== window.top) return;
  const { apply, defineProperty, getOwnPropertyDescriptor } = Reflect;
  const clock = performance;
  const { now } = Performance.prototype;
  const sourceOf = Function.prototype.toString;
  const cut = String.prototype.slice;
  const create = Object.create;
  /** Most timers of a kind kept in the book, and keys of fired ones: a page cannot fill the memory. */
  const LIMIT = 1000;
  /** How long an idle callback counts: it runs as soon as the page is idle. */
  const IDLE = 50;

  interface Timer {
    due: number;
    key: string;
  }
  // Records without a prototype, used only through syntax: nothing the page redefines is called.
  interface Book {
    pending: Record<number, Timer>;
    size: number;
  }
  const timers: Book = { pending: create(null), size: 0 };
  const idle: Book = { pending: create(null), size: 0 };
  const fired: Record<string, true> = create(null);
  let firedSize = 0;

  const time = (): number => apply(now, clock, []);
  const keyOf = (kind: string, handler: unknown, delay: number): string => {
    let text: string = typeof handler;
    if (typeof handler === 'string') text = handler;
    else if (typeof handler === 'function') {
      try {
        text = apply(sourceOf, handler, []);
      } catch {
        // A revoked proxy has no source; its kind is key enough.
      }
    }
    return `${kind} ${delay} ${apply(cut, text, [0, 200])}`;
  };
  /** The delay as the browser reads it (a WebIDL long, at least 0); `null` for an object. */
  const delayOf = (value: unknown): number | null => {
    const type = typeof value;
    if (type !== 'number' && type !== 'string' && type !== 'boolean' && value != null) return null;
    const ms = +(value as number) | 0;
    return ms > 0 ? ms : 0;
  };
  const fire = (key: string) => {
    if (fired[key]) return;
    fired[key] = true;
    if (++firedSize > LIMIT) {
      for (const oldest in fired) {
        delete fired[oldest];
        firedSize--;
        break;
      }
    }
  };
  /** Moves every timer due by `at` out of the book, its key to the fired ones. */
  const sweep = (book: Book, at: number) => {
    for (const id in book.pending) {
      const timer = book.pending[id]!;
      if (timer.due > at) continue;
      fire(timer.key);
      delete book.pending[id];
      book.size--;
    }
  };
  const note = (book: Book, id: unknown, due: number, key: string) => {
    if (typeof id !== 'number') return;
    if (!(id in book.pending)) book.size++;
    book.pending[id] = { due, key };
    if (book.size <= LIMIT) return;
    sweep(book, time());
    // Still too many: forget the oldest half.
    for (const oldest in book.pending) {
      if (book.size <= LIMIT / 2) break;
      delete book.pending[oldest];
      book.size--;
    }
  };
  const forget = (book: Book, id: unknown) => {
    const key = typeof id === 'number' || typeof id === 'string' ? +id : NaN;
    if (key in book.pending) {
      delete book.pending[key];
      book.size--;
    }
  };
  /** Replaces `window[key]` by a proxy that calls it and then `after` with its arguments and answer. */
  const watch = (key: string, after: (args: unknown[], answer: unknown) => void) => {
    const descriptor = getOwnPropertyDescriptor(window, key);
    if (typeof descriptor?.value !== 'function') return;
    const handler: ProxyHandler<(...args: unknown[]) => unknown> = create(null);
    handler.apply = (target, self, args) => {
      const answer: unknown = apply(target, self, args);
      try {
        after(args, answer);
      } catch {
        // Only the book is wrong now; the page got its answer.
      }
      return answer;
    };
    defineProperty(window, key, { ...descriptor, value: new Proxy(descriptor.value, handler) });
  };

  const arm = (kind: string) => (args: unknown[], id: unknown) => {
    const delay = delayOf(args[1]);
    if (delay !== null) note(timers, id, time() + delay, keyOf(kind, args[0], delay));
  };
  watch('setTimeout', arm('timeout'));
  watch('setInterval', arm('interval'));
  // Timeouts and intervals share their ids: either function clears either.
  watch('clearTimeout', (args) => forget(timers, args[0]));
  watch('clearInterval', (args) => forget(timers, args[0]));
  watch('requestIdleCallback', (args, id) =>
    note(idle, id, time() + IDLE, keyOf('idle', args[0], 0)),
  );
  watch('cancelIdleCallback', (args) => forget(idle, args[0]));

  /** The soonest wait in `book` up to `ahead` ms, or `soonest` if that is sooner. */
  const soonestIn = (book: Book, at: number, ahead: number, soonest: number | null) => {
    for (const id in book.pending) {
      const timer = book.pending[id]!;
      const wait = timer.due - at;
      if (fired[timer.key] || wait > ahead) continue;
      if (soonest === null || wait < soonest) soonest = wait;
    }
    return soonest;
  };
  const next = (horizon: unknown): number | null => {
    const at = time();
    const ahead = typeof horizon === 'number' && horizon > 0 ? horizon : 0;
    sweep(timers, at);
    sweep(idle, at);
    return soonestIn(idle, at, ahead, soonestIn(timers, at, ahead, null));
  };
  defineProperty(window, name, { value: next, enumerable: false, writable: false });
}

/** Keys of this frame's localStorage and sessionStorage (none when the frame may not have any). */
export function readStorage(): { origin: string; local: string[]; session: string[] } {
  const keys = (area: () => Storage) => {
    try {
      return Object.keys(area()).slice(0, 500);
    } catch {
      return [];
    }
  };
  return {
    origin: location.origin,
    local: keys(() => localStorage),
    session: keys(() => sessionStorage),
  };
}

/** `window.dataLayer` in short, in order: gtag commands and event objects. */
export function readDataLayer(): { command: string; target?: string }[] | null {
  const layer = (window as unknown as { dataLayer?: unknown }).dataLayer;
  if (!Array.isArray(layer)) return null;
  return layer.slice(0, 1000).map((entry: unknown) => {
    const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 100) : undefined);
    if (
      entry &&
      typeof entry === 'object' &&
      typeof (entry as ArrayLike<unknown>).length === 'number'
    ) {
      const args = Array.from(entry as ArrayLike<unknown>);
      return { command: text(args[0]) ?? '?', target: text(args[1]) };
    }
    if (entry && typeof entry === 'object' && 'event' in entry) {
      return { command: 'event', target: text((entry as { event: unknown }).event) };
    }
    return { command: 'data' };
  });
}

/** The Seloste tag's data attributes and `window.seloste`'s version, if the page has them. */
export function readSeloste(): {
  version: string;
  dataset: Record<string, string>;
  base: string;
  /** The texts of the page's `data-seloste-services` JSON blocks (64 KB each at most). */
  blocks: string[];
} | null {
  const api = (window as unknown as { seloste?: { version?: unknown; getConsent?: unknown } })
    .seloste;
  if (!api || typeof api.getConsent !== 'function') return null;
  const tag = [...document.scripts].findLast((script) =>
    /\/seloste(\.min)?\.js\b/.test(script.src),
  );
  return {
    version: typeof api.version === 'string' ? api.version : '',
    dataset: { ...(tag?.dataset ?? {}) } as Record<string, string>,
    base: document.baseURI,
    blocks: [
      ...document.querySelectorAll('script[type="application/json"][data-seloste-services]'),
    ].map((block) => (block.textContent ?? '').slice(0, 65_536)),
  };
}

/** `window.seloste.getConsent()`, or `undefined` when the page has no Seloste. */
export function readConsent(): Record<string, unknown> | null | undefined {
  const api = (window as unknown as { seloste?: { getConsent?: () => unknown } }).seloste;
  if (typeof api?.getConsent !== 'function') return undefined;
  const consent = api.getConsent();
  return consent && typeof consent === 'object' ? JSON.parse(JSON.stringify(consent)) : null;
}

/**
 * A control's size and colours: its box, the contrast of its text on its background, and of
 * its background with the background around it. Colours are read by painting them on a canvas,
 * so every CSS colour syntax works.
 */
export function measureControl(el: Element): {
  width: number;
  height: number;
  textContrast: number;
  fillContrast: number;
} {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const rgba = (color: string): [number, number, number, number] => {
    if (!context) return [0, 0, 0, 0];
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a! / 255];
  };
  const luminance = ([r, g, b]: number[]) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  };
  const ratio = (a: number[], b: number[]) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100;
  };
  const parent = (node: Element) =>
    node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  const background = (node: Element | null) => {
    while (node) {
      const color = rgba(getComputedStyle(node).backgroundColor);
      if (color[3] > 0.5) return color;
      node = parent(node);
    }
    return [255, 255, 255, 1];
  };
  const box = el.getBoundingClientRect();
  const own = background(el);
  const around = background(parent(el));
  return {
    width: Math.round(box.width),
    height: Math.round(box.height),
    textContrast: ratio(rgba(getComputedStyle(el).color), own),
    fillContrast: ratio(own, around),
  };
}
