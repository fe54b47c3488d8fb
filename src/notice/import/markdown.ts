/**
 * Reads a notice written in Markdown, with marked's lexer: headings (`##`, setext underlines) are
 * headings, paragraphs and lists are kept as the author wrote them, tables become table blocks,
 * block HTML goes through the HTML reader and a code block's content is read as plain text.
 * Front matter and Docusaurus-style `:::note` fences are left out.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { paragraph, plainText, type Block, type ReadResult, type TableCell } from './blocks.js';
import { htmlToBlocks } from './html.js';
import { textToBlocks } from './plain-text.js';

/**
 * The Markdown as blocks.
 *
 * @example markdownToBlocks('## Rekisterinpitäjä\n\nKuura Oy').blocks
 * // [{ kind: 'heading', text: 'Rekisterinpitäjä', level: 2, line: 1 }, { kind: 'paragraph', markdown: 'Kuura Oy', line: 3 }]
 * @example markdownToBlocks('Rekisterin nimi\n---------------\n\nAsiakasrekisteri').blocks[0]
 * // { kind: 'heading', text: 'Rekisterin nimi', level: 2, line: 1 }
 */
export function markdownToBlocks(markdown: string): ReadResult {
  const notes: string[] = [];
  const source = markdown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^---\n[\s\S]*?\n---[ \t]*(?=\n|$)/, (front) => front.replace(/[^\n]/g, ''))
    .replace(/^:::[ \t]*[\w-]*.*$/gm, '');
  const tokens = new Lexer({ gfm: true }).lex(source);
  const blocks: Block[] = [];
  let line = 1;
  for (const token of tokens) {
    blocks.push(...tokenBlocks(token as Token, line + leadingLines(token.raw), notes));
    line += countLines(token.raw);
  }
  return { blocks, notes: [...new Set(notes)] };
}

function countLines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count++;
  return count;
}

/** Blank lines a token's raw text starts with. */
function leadingLines(raw: string): number {
  return countLines(/^\s*/.exec(raw)?.[0] ?? '');
}

function tokenBlocks(token: Token, line: number, notes: string[]): Block[] {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return [];
    case 'heading': {
      const { tokens, depth } = token as Tokens.Heading;
      const text = inlineText(tokens).replace(/\s+/g, ' ').trim();
      return text ? [{ kind: 'heading', text, level: depth, line }] : [];
    }
    case 'paragraph':
      return [paragraphBlock(token as Tokens.Paragraph, line)];
    case 'list':
      return listBlocks(token as Tokens.List, line, notes);
    case 'table':
      return [tableBlock(token as Tokens.Table, line, notes)];
    case 'html': {
      const read = htmlToBlocks(token.raw, { fragment: true, lineOffset: line - 1 });
      notes.push(...read.notes);
      return read.blocks;
    }
    case 'code': {
      notes.push("A code block's content was read as plain text.");
      const read = textToBlocks((token as Tokens.Code).text);
      return read.blocks.map((block) => ({ ...block, line: (block.line ?? 1) + line }));
    }
    case 'blockquote': {
      const inner = (token as Tokens.Blockquote).tokens;
      return inner.flatMap((child) => tokenBlocks(child as Token, line, notes));
    }
    default:
      return token.raw.trim() ? [paragraph(token.raw.trim(), line)] : [];
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

function paragraphBlock(token: Tokens.Paragraph, line: number): Block {
  const meaningful = token.tokens.filter((inner) => inner.raw.trim() && inner.raw.trim() !== ':');
  const strong = meaningful.length === 1 && meaningful[0].type === 'strong';
  return { ...paragraph(token.raw.trim(), line), ...(strong ? { strong } : {}) };
}

/**
 * A list as written; but a numbered list of one short item ("1. Rekisterinpitäjä" on a line of its
 * own, which Markdown reads as a list) is a paragraph that may be a heading, and a list whose
 * items are a label followed by paragraphs is read as those labels and paragraphs.
 */
function listBlocks(token: Tokens.List, line: number, notes: string[]): Block[] {
  const start = token.start === '' ? 1 : Number(token.start);
  const label = (item: Tokens.ListItem, i: number) => {
    const first = item.text.split('\n')[0].trim();
    return token.ordered ? `${start + i}\\. ${first}` : first;
  };
  if (token.ordered && token.items.length === 1 && !token.items[0].text.includes('\n')) {
    return [paragraph(label(token.items[0], 0), line)];
  }
  const sectionLike = token.items.filter((item) => {
    const inner = item.tokens.filter((child) => child.type !== 'space');
    return inner.length >= 2 && plainText(inner[0].raw).trim().split(/\s+/).length <= 12;
  });
  if (token.items.length >= 2 && sectionLike.length >= token.items.length * 0.6) {
    let itemLine = line;
    return token.items.flatMap((item, i) => {
      const [first, ...rest] = item.tokens.filter((child) => child.type !== 'space');
      const firstText = first ? first.raw.trim() : '';
      const blocks: Block[] = [
        paragraph(token.ordered ? `${start + i}\\. ${firstText}` : firstText, itemLine),
      ];
      for (const child of rest) blocks.push(...tokenBlocks(child as Token, itemLine, notes));
      itemLine += countLines(item.raw);
      return blocks;
    });
  }
  return [{ kind: 'list', markdown: token.raw.trim(), line }];
}

/** A GitHub table as a table block; a cell holding pasted HTML is read as HTML. */
function tableBlock(token: Tokens.Table, line: number, notes: string[]): Block {
  const cell = (text: string): TableCell => {
    if (!/<[a-z][^>]*>/i.test(text)) {
      const blocks = text.trim() ? [paragraph(text.trim(), line)] : [];
      return { text: plainText(text).replace(/\s+/g, ' ').trim(), blocks };
    }
    const read = htmlToBlocks(text, { fragment: true, lineOffset: line - 1 });
    notes.push(...read.notes);
    const plain = read.blocks.map((block) =>
      'markdown' in block ? plainText(block.markdown) : '',
    );
    return { text: plain.join(' ').replace(/\s+/g, ' ').trim(), blocks: read.blocks };
  };
  const rows = [token.header, ...token.rows].map((row) => row.map((item) => cell(item.text)));
  return { kind: 'table', rows, header: true, line };
}
