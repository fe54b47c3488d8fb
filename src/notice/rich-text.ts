/**
 * Rich text of the notice (Markdown, or HTML pasted from an old notice) into DOM nodes that
 * cannot run script. Markdown becomes HTML (pasted HTML passes through): the common shapes by
 * `simpleMarkdown` (markdown.ts), anything else by marked, a chunk fetched only for a notice that
 * needs it (`richTextReady`). The browser's own sanitizer (`setHTML`) parses the HTML, and this
 * module then keeps only the elements and attributes a notice needs. Browsers without `setHTML`
 * get DOMPurify instead, fetched only by them. Either way the result is a DocumentFragment, which
 * Lit places as a node: no HTML string ever reaches a sink (no `unsafeHTML`, no innerHTML).
 *
 * Pasted `style` attributes are dropped from the text before any parsing: a strict CSP would
 * otherwise report each one as a violation, although it never applies.
 */
import type DOMPurifyType from 'dompurify';
import { simpleMarkdown } from './markdown.js';

const ALLOWED_TAGS = [
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'code',
  'small',
  'sub',
  'sup',
  'abbr',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'dl',
  'dt',
  'dd',
  'hr',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];
const ALLOWED_ATTR = ['href', 'title', 'colspan', 'rowspan', 'scope', 'lang'];
/** Web, mail and phone links and in-page anchors; no `javascript:`, `data:` or anything else. */
const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:|tel:|#)/i;

/**
 * A line nested sixteen quotes or list items deep: no notice means that, and Markdown parsers
 * spend seconds on (or overflow the stack with) thousands of levels.
 */
const TOO_DEEP = /^(?:[ \t]*(?:>|[*+-](?=\s)|\d+[.)](?=\s))){16}/m;

/** Elements dropped with what they hold: none of it is text a visitor should read. */
const DROP = ['script', 'style', 'template', 'noscript', 'title', 'head', 'svg', 'math', 'iframe'];
const DROP_CONTENTS = [...DROP, 'object', 'embed', 'select', 'textarea', 'xmp', 'noembed'];

/** `style="…"` inside a start tag (the sanitizers drop it; this keeps the parser from seeing it). */
const STYLE_ATTRIBUTE = /(<[a-z][^<>]*?)\s+style\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/gi;

/** DOMPurify, once `sanitizerReady` has fetched it (only where `setHTML` is missing). */
let fallback: typeof DOMPurifyType | undefined;

/** Marked, once `richTextReady` has fetched it (only for texts `simpleMarkdown` leaves alone). */
let full: ((source: string) => string) | undefined;

/**
 * Resolves once rich text can be rendered: at once where the browser has the HTML Sanitizer API
 * (`setHTML`), after fetching DOMPurify where it has not. Await it before `renderRichText`.
 */
export const sanitizerReady = async (): Promise<void> => {
  if (!('setHTML' in Element.prototype)) fallback ??= (await import('dompurify')).default;
};

/**
 * Resolves once `sources` can be rendered as written: fetches marked if one of them is beyond
 * `simpleMarkdown` (a table, a nested list…), and the sanitizer as `sanitizerReady` does.
 * Without it, such a text is shown as plain text.
 */
export const richTextReady = async (sources: Iterable<string>): Promise<void> => {
  const sanitizer = sanitizerReady();
  for (const source of sources) {
    if (full || TOO_DEEP.test(source) || simpleMarkdown(source) !== undefined) continue;
    full = (await import('./full-markdown.js')).fullMarkdown;
  }
  await sanitizer;
};

/** Keeps the allowed elements (others give way to their contents), attributes and links. */
function keepAllowed(root: DocumentFragment): DocumentFragment {
  for (const el of [...root.querySelectorAll('*')]) {
    if (!ALLOWED_TAGS.includes(el.localName)) {
      if (DROP_CONTENTS.includes(el.localName)) el.remove();
      else el.replaceWith(...el.childNodes);
      continue;
    }
    for (const { name } of [...el.attributes]) {
      if (!ALLOWED_ATTR.includes(name)) el.removeAttribute(name);
    }
    if (el.hasAttribute('href') && !ALLOWED_URI_REGEXP.test(el.getAttribute('href')!.trim())) {
      el.removeAttribute('href');
    }
  }
  return root;
}

/**
 * `purify` is DOMPurify where the browser lacks `setHTML` (see `sanitizerReady`; tests give it).
 *
 * @example
 * renderRichText('Lue **lisää** [täältä](https://example.fi).') // <p>Lue <strong>…</strong> <a …></p>
 */
export function renderRichText(source: string, purify = fallback): DocumentFragment {
  let html: string | undefined;
  try {
    if (!TOO_DEEP.test(source)) html = simpleMarkdown(source) ?? full?.(source);
  } catch {
    // Shown below as plain text, like text too deep to follow.
  }
  if (html === undefined || (!purify && !('setHTML' in Element.prototype))) {
    const fragment = document.createDocumentFragment();
    fragment.append(source);
    return fragment;
  }
  for (let before = ''; before !== html;) {
    before = html;
    html = html.replace(STYLE_ATTRIBUTE, '$1');
  }
  if (purify) {
    return purify.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOWED_URI_REGEXP,
      RETURN_DOM_FRAGMENT: true,
    });
  }
  const template = document.createElement('template');
  // The platform's safe parse (no script, handlers or javascript: URLs), then our allowlist.
  (template as unknown as { setHTML(html: string, options: object): void }).setHTML(html, {
    sanitizer: { removeElements: DROP },
  });
  return keepAllowed(template.content);
}
