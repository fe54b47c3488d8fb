/**
 * What the readers of plain text, Markdown and HTML hand on to `assemble`: the document as a
 * flat list of headings and blocks of Markdown.
 */

/** A heading marked up as one: `<h2>`, `## …`, or the first cell of a heading/text table row. */
export interface HeadingBlock {
  kind: 'heading';
  /** The heading as written, numbering included. */
  text: string;
  /** 1 to 6 as in HTML; rows of a heading/text table count as 2. */
  level: number;
}

/** A paragraph, a list or another block of rich text, as Markdown. */
export interface TextBlock {
  kind: 'text';
  markdown: string;
  /**
   * The text of a short paragraph on one line of its own, which may be a heading when the
   * document marks up none ("Rekisterinpitäjä", "3. REKISTERIN NIMI:"). `assemble` decides.
   */
  candidate?: string;
  /** The whole paragraph is bold, as headings often are in pasted HTML. */
  strong?: boolean;
}

export type Block = HeadingBlock | TextBlock;

/**
 * A line break inside a paragraph, in Markdown: a backslash at the end of the line. (A bare line
 * break only continues the paragraph.)
 */
export const LINE_BREAK = '\\\n';

/** What a reader returns: the blocks, and what it changed on the way. */
export interface ReadResult {
  blocks: Block[];
  notes: string[];
}

/**
 * Whether a line of plain text is short and shaped like a heading: a few words, no sentence
 * punctuation at the end, no address, link or run of digits.
 *
 * @example looksLikeHeading('3. Rekisterin nimi') // true
 * @example looksLikeHeading('33720 Tampere') // false
 */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/).length;
  return (
    text.length >= 3 &&
    text.length <= 90 &&
    words <= 12 &&
    /^(?:[\p{Lu}\d§]|\*\*|__)/u.test(text) &&
    !/[.,;]$/.test(text) &&
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
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<((?:https?:|mailto:)[^>\s]+)>/g, '$1')
    .replace(/[*_]{2}|(?<![\p{L}\p{N}\\])[*_]|[*_](?![\p{L}\p{N}])/gu, '')
    .replace(/\\([\\`*_[\]<>#])/g, '$1');
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
    .replace(/^(\s*)([#>])/gm, '$1\\$2');
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
  return lines
    .map((line) => line.trim())
    .filter(Boolean)
    .reduce((text, line, i, all) => {
      if (i === 0) return line;
      const previous = all[i - 1];
      return previous.length >= 60 ? `${text} ${line}` : `${text}${LINE_BREAK}${line}`;
    }, '');
}
