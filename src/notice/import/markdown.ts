/**
 * Reads a notice written in Markdown, with marked's lexer: headings are headings, the rest is
 * kept as the author wrote it. Block HTML inside goes through the HTML reader.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { looksLikeHeading, plainText, type Block, type ReadResult } from './blocks.js';
import { cleanHeading, matchHeading } from './heading-match.js';
import { htmlToBlocks } from './html.js';

/**
 * The Markdown as blocks.
 *
 * @example markdownToBlocks('## Rekisterinpitäjä\n\nKuura Oy').blocks
 * // [{ kind: 'heading', text: 'Rekisterinpitäjä', level: 2 }, { kind: 'text', markdown: 'Kuura Oy' }]
 */
export function markdownToBlocks(markdown: string): ReadResult {
  const notes: string[] = [];
  const tokens = new Lexer({ gfm: true }).lex(markdown.replace(/^\uFEFF/, ''));
  const blocks = tokens.flatMap((token) => tokenBlocks(token as Token, notes));
  return { blocks, notes: [...new Set(notes)] };
}

function tokenBlocks(token: Token, notes: string[]): Block[] {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return [];
    case 'heading': {
      const { tokens, depth } = token as Tokens.Heading;
      return [{ kind: 'heading', text: inlineText(tokens).trim(), level: depth }];
    }
    case 'paragraph':
      return [paragraph(token as Tokens.Paragraph)];
    case 'list':
      return [list(token as Tokens.List)];
    case 'table':
      return table(token as Tokens.Table, notes);
    case 'html': {
      const read = htmlToBlocks(token.raw, { fragment: true });
      notes.push(...read.notes);
      return read.blocks;
    }
    default:
      return token.raw.trim() ? [{ kind: 'text', markdown: token.raw.trim() }] : [];
  }
}

/** The text of inline tokens without their marks. */
function inlineText(tokens: readonly Token[] = []): string {
  return tokens
    .map((token) => {
      if ('tokens' in token && token.tokens) return inlineText(token.tokens);
      if (token.type === 'br') return '\n';
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
    })
    .join('');
}

function paragraph(token: Tokens.Paragraph): Block {
  const markdown = token.raw.trim();
  const text = inlineText(token.tokens).trim();
  if (text.includes('\n') || !looksLikeHeading(text)) return { kind: 'text', markdown };
  const meaningful = token.tokens.filter((inner) => inner.raw.trim() && inner.raw.trim() !== ':');
  const strong = meaningful.length === 1 && meaningful[0].type === 'strong';
  return { kind: 'text', markdown, candidate: text, strong };
}

/**
 * A list as written; a numbered list of one known heading ("1. Rekisterinpitäjä" on a line of
 * its own, which Markdown reads as a list) is offered as a heading.
 */
function list(token: Tokens.List): Block {
  const markdown = token.raw.trim();
  const [item] = token.items;
  if (token.ordered && token.items.length === 1 && !item.text.includes('\n')) {
    const line = `${token.start === '' ? 1 : token.start}. ${inlineText(item.tokens).trim()}`;
    if (looksLikeHeading(line) && matchHeading(cleanHeading(line).text)) {
      return { kind: 'text', markdown, candidate: line };
    }
  }
  return { kind: 'text', markdown };
}

/**
 * A table of two columns, heading and text, whose first column names known sections becomes
 * headings and text; any other table becomes a list of its rows.
 */
function table(token: Tokens.Table, notes: string[]): Block[] {
  const rows = [token.header, ...token.rows];
  const named = rows.map(
    (row) => matchHeading(cleanHeading(plainText(row[0]?.text ?? '')).text) !== undefined,
  );
  if (token.header.length === 2 && named.filter(Boolean).length >= 2) {
    if (!named[0]) rows.shift();
    return rows.flatMap(([heading, text]): Block[] => [
      { kind: 'heading', text: plainText(heading.text).trim(), level: 2 },
      ...cellBlocks(text.text, notes),
    ]);
  }
  notes.push('A table was turned into a list, one row per item.');
  const cellText = (cell: Tokens.TableCell) =>
    cellBlocks(cell.text, notes)
      .map((block) => (block.kind === 'text' ? block.markdown : block.text).replace(/\s+/g, ' '))
      .join(' ');
  const items = token.rows.map((row) => `- ${row.map(cellText).join(' – ')}`);
  return [{ kind: 'text', markdown: items.join('\n') }];
}

/** A table cell's text: Markdown, or pasted HTML (`<p>`, `<br>`, `<ul>`) read as HTML. */
function cellBlocks(text: string, notes: string[]): Block[] {
  if (!/<[a-z][^>]*>/i.test(text)) {
    return text.trim() ? [{ kind: 'text', markdown: text.trim() }] : [];
  }
  const read = htmlToBlocks(text, { fragment: true });
  notes.push(...read.notes);
  return read.blocks;
}
