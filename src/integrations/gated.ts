/**
 * The site's own scripts held back until their category is granted:
 * `<script type="text/plain" data-seloste-category="analytics | marketing">`. Only the ones in
 * the page as served count, and on a page with a CSP nonce only those that carry it: markup
 * injected into the page (a stored XSS) cannot know the nonce, and placeholders made by scripts
 * later (innerHTML, DOMParser, a template) are never taken. `load-script.ts` runs them.
 */

/** The site's gated scripts, waiting for their category. */
export const GATED_SCRIPTS = 'script[type="text/plain"][data-seloste-category]';

/**
 * The gated scripts of the page as served, taken once when it has been parsed: of category
 * analytics or marketing, and, when the page uses a CSP nonce, carrying that nonce. Placeholders
 * added later (by innerHTML, DOMParser, a template…) are never run; `app.ts` names the ones left
 * out.
 */
export const gatedScripts = (doc: Document, nonce: string): HTMLScriptElement[] =>
  [...doc.querySelectorAll<HTMLScriptElement>(GATED_SCRIPTS)].filter(
    (script) =>
      /^(analytics|marketing)$/.test(script.dataset.selosteCategory!) &&
      (!nonce || script.nonce === nonce),
  );
