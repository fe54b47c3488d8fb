/**
 * What every reader (plain text, Markdown, HTML, scripts) turns a document into: a flat list of
 * blocks. Readers only read; which blocks are headings and where their text belongs is decided
 * later, in one place for every reader (passes.ts, sections.ts, assemble.ts).
 */
import type { Lang } from '../../core/types.js';

/** Where a block comes from: its first line in the document (1-based), and its language if known. */
interface Source {
  line?: number;
  /** Set by readers that know it (a `lang` attribute, a `fi:` key); else detected. */
  lang?: Lang;
}

/** A heading marked up as one: `<h2>`, `## …`, `Heading\n====`. */
export interface HeadingBlock extends Source {
  kind: 'heading';
  /** The heading as written, numbering included, on one line. */
  text: string;
  /** 1 to 6, as in HTML. */
  level: number;
}

/** A paragraph of rich text, as Markdown; a line break inside it is `LINE_BREAK`. */
export interface ParagraphBlock extends Source {
  kind: 'paragraph';
  markdown: string;
  /**
   * Set by the label pass (passes.ts): the paragraph is a short line of its own that may be a
   * heading ("Rekisterinpitäjä", "3. REKISTERIN NIMI:", "**Evästeet**"), as written.
   */
  label?: string;
  /** The paragraph is all bold (or a `<dt>`), as labels in pasted HTML often are. */
  strong?: boolean;
}

/** A list, as Markdown (`- item` or `1. item` lines, nested ones indented). */
export interface ListBlock extends Source {
  kind: 'list';
  markdown: string;
}

/** A table cell: its text on one line (for labels), and its content as blocks. */
export interface TableCell {
  text: string;
  blocks: Block[];
  /** The cell's first line in the document. */
  line?: number;
}

/** A table: label/text tables become sections, topic columns are spread over sections. */
export interface TableBlock extends Source {
  kind: 'table';
  rows: TableCell[][];
  /** The first row holds the columns' titles. */
  header: boolean;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock;

/** Blocks of rich text. */
export type TextBlock = ParagraphBlock | ListBlock;

/**
 * A line break inside a paragraph, in Markdown: a backslash at the end of the line. (A bare line
 * break only continues the paragraph.)
 */
export const LINE_BREAK = '\\\n';

/** What a reader returns: the blocks, and what it changed or could not read on the way. */
export interface ReadResult {
  blocks: Block[];
  notes: string[];
}

/** A paragraph block. */
export function paragraph(markdown: string, line?: number, lang?: Lang): ParagraphBlock {
  return { kind: 'paragraph', markdown, ...(line ? { line } : {}), ...(lang ? { lang } : {}) };
}

/**
 * Whether a line of plain text is short and shaped like a heading: a few words, no sentence
 * punctuation at the end, no address, link or run of digits. A question may be a heading.
 *
 * @example looksLikeHeading('3. Rekisterin nimi') // true
 * @example looksLikeHeading('Mihin tarkoituksiin rekisteriä käytetään?') // true
 * @example looksLikeHeading('33720 Tampere') // false
 */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (text.length < 3 || text.length > 120) return false;
  const words = text.split(/\s+/).length;
  return (
    words <= 16 &&
    /^(?:#{1,6}\s+)?(?:[\p{Lu}\d§]|[*_]{1,2}[\p{Lu}\d])/u.test(text) &&
    !/[.,;!]$/.test(text) &&
    !/@|https?:|www\.|\]\(/i.test(text) &&
    (text.match(/\d/g)?.length ?? 0) < 5
  );
}

/**
 * Markdown turned back into plain text: marks and link targets left out.
 *
 * @example plainText('**Kuura Oy**, [kuura.example](https://kuura.example)') // 'Kuura Oy, kuura.example'
 */
export function plainText(markdown: string): string {
  return markdown
    .replaceAll(LINE_BREAK, '\n')
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/<((?:https?:|mailto:)[^>\s]+)>/g, '$1')
    .replace(/[*_]{2}|(?<![\p{L}\p{N}\\])[*_]|[*_](?![\p{L}\p{N}])/gu, '')
    .replace(/\\([\\`*_[\]<>#|.)+-])/g, '$1');
}

/** The text of a block, plain: what language detection and topic matching read. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'table':
      return block.rows.map((row) => row.map((cell) => cell.text).join(' ')).join('\n');
    default:
      return plainText(block.markdown);
  }
}

/**
 * Text made safe to put into Markdown: characters that would start emphasis, a link, code or
 * HTML are escaped.
 *
 * @example escapeMarkdown('Hinta *alkaen* 5 €') // 'Hinta \\*alkaen\\* 5 €'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]<]/g, '\\$&')
    .replace(/(?<=^|\s)_|_(?=\s|$)/g, '\\_')
    .replace(/^(\s*)([#>])/gm, '$1\\$2')
    .replace(/^(\s*)(\d{1,3})([.)]\s)/gm, '$1$2\\$3')
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3');
}

/** The paragraphs of a Markdown text, blank lines between. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks
    .map((block) => block.trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The lines of a paragraph of plain text as Markdown: a line of 60 characters or more is taken
 * to be wrapped prose and runs on into the next one, while short lines (an address, a few names)
 * keep their line breaks.
 *
 * @example unwrap(['Kuura Oy', 'Paahtimontie 4']) // 'Kuura Oy\\\nPaahtimontie 4'
 */
export function unwrap(lines: readonly string[]): string {
  const kept = lines.map((line) => line.trim()).filter(Boolean);
  const parts: string[] = [];
  kept.forEach((line, i) => {
    if (i > 0) parts.push(kept[i - 1].length >= 60 ? ' ' : LINE_BREAK);
    parts.push(line);
  });
  return parts.join('');
}
