/**
 * The full Markdown parser (marked, GFM), for the notice texts that `simpleMarkdown` leaves
 * alone: a chunk of its own, fetched only when a notice has such a text (rich-text.ts).
 */
import { Marked } from 'marked';

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
 * Markdown (passing pasted HTML through) as HTML; not safe until sanitised.
 *
 * @example fullMarkdown('| a |\n| - |\n| 1 |') // '<table>…</table>\n'
 */
export const fullMarkdown = (source: string): string => markdown.parse(source) as string;
