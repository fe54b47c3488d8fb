/**
 * Rich text of the notice (Markdown, or HTML pasted from an old notice) into DOM nodes that
 * cannot run script. Marked turns Markdown into HTML (passing pasted HTML through), DOMPurify
 * keeps only the elements and attributes a notice needs and returns a DocumentFragment, which
 * Lit places as a node: no HTML string ever reaches a sink (no `unsafeHTML`, no innerHTML).
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

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

const markdown = new Marked({
  gfm: true,
  async: false,
  // Headings inside a section sit under the section's own <h3>.
  walkTokens(token) {
    if (token.type === 'heading') token.depth = Math.min(6, token.depth + 3);
  },
});
// Text pasted from old notices is often indented; that is not meant as a code block.
markdown.use({ tokenizer: { code: () => undefined } });

/**
 * @example
 * renderRichText('Lue **lisää** [täältä](https://example.fi).') // <p>Lue <strong>…</strong> <a …></p>
 */
export function renderRichText(source: string): DocumentFragment {
  const html = markdown.parse(source) as string;
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    RETURN_DOM_FRAGMENT: true,
  });
}
