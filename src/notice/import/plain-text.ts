/**
 * Reads a notice saved as plain text: paragraphs separated by blank lines, "- " or "•" lists,
 * "1. Label" lines, perhaps Markdown-style **bold** and [links](…), kept as they are; and the
 * two-column tables that copying a web page's heading | text table gives, one row a line with a
 * tab between the cells, long cells going on in lines that start with a tab, the text cells often
 * still holding the page's HTML (`<p>…</p>`, `<ul>`).
 */
import {
  blockText,
  paragraph,
  unwrap,
  type Block,
  type ReadResult,
  type TableCell,
} from './blocks.js';
import { htmlToBlocks } from './html.js';

/** A Markdown link that leads nowhere: `[text](#)` or `[text]()`. */
const DEAD_LINK = /\[([^\]\n]{1,200})\]\(#?\)/g;

const BULLET = /^\s*(?:[-*•–—·▪◦‣]|(\d{1,2})[.)])\s+(.*)$/u;

/** A line of the document with its number (1-based). */
interface Line {
  text: string;
  number: number;
}

/**
 * The text as blocks: paragraphs, lists and tables, in Markdown.
 *
 * @example textToBlocks('Rekisterinpitäjä\n\nKuura Oy').blocks
 * // [{ kind: 'paragraph', markdown: 'Rekisterinpitäjä', line: 1 }, { kind: 'paragraph', markdown: 'Kuura Oy', line: 3 }]
 * @example textToBlocks('Rekisterin nimi\tAsiakasrekisteri\nTietolähteet\tAsiakkaalta').blocks[0].kind // 'table'
 */
export function textToBlocks(text: string): ReadResult {
  const notes: string[] = [];
  const lines = normalize(text).map((line, i) => ({ text: line, number: i + 1 }));
  const blocks: Block[] = [];
  let start = 0;
  while (start < lines.length) {
    const table = tableAt(lines, start);
    if (table) {
      blocks.push(tableBlock(table.rows, notes));
      start = table.end;
      continue;
    }
    let end = start;
    while (end < lines.length && !tableAt(lines, end, true)) end++;
    const paragraphs = joinBrokenParagraphs(splitParagraphs(lines.slice(start, end)), notes);
    blocks.push(...paragraphs.flatMap(paragraphBlocks));
    start = end;
  }
  let deadLinks = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list') continue;
    block.markdown = block.markdown.replace(DEAD_LINK, (_, label: string) => {
      deadLinks++;
      return label;
    });
  }
  if (deadLinks > 0) {
    notes.push('Links without an address, like [text](#), were turned into plain text.');
  }
  return { blocks, notes };
}

/** The lines, with line ends, spaces and invisible characters made uniform; tabs are kept. */
function normalize(text: string): string[] {
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/[\u200B-\u200D\u2060\u00AD]/g, '')
      .replace(/[\u00A0\u2007\u2009\u202F]/g, ' ')
      .split(/\r\n?|\n/)
      .map((line) => line.trimEnd())
      // Lines that only underline or separate ("=====", "-----", "* * *") are left out.
      .map((line) => (/^\s*(?:[=_~-]{3,}|(?:\*\s*){3,})\s*$/.test(line) ? '' : line))
  );
}

// ---------------------------------------------------------------------------------------------
// Tables copied from a web page

/** A table row as read: the label cell, and the lines of the text cell. */
interface Row {
  label: string;
  text: string[];
  line: number;
}

/** Whether a line starts a table row: a label of a few words, a tab, and some text. */
function rowStart(line: string): { label: string; text: string } | undefined {
  const tab = line.indexOf('\t');
  if (tab <= 0) return undefined;
  const label = line.slice(0, tab).trim();
  if (!label || label.length > 160 || label.split(/\s+/).length > 20) return undefined;
  return { label, text: line.slice(tab + 1).trim() };
}

/**
 * The table that starts at `start`, if one does: at least two rows, each a label and a tab
 * (blank lines between rows allowed; a line that starts with a tab, or any line before the next
 * blank one, goes on with the row before). With `probe`, only whether one starts here.
 */
function tableAt(
  lines: readonly Line[],
  start: number,
  probe = false,
): { rows: Row[]; end: number } | undefined {
  const first = rowStart(lines[start].text);
  if (!first) return undefined;
  const rows: Row[] = [];
  let i = start;
  while (i < lines.length) {
    const { text, number } = lines[i];
    const row = rowStart(text);
    const current = rows.at(-1);
    if (row) {
      rows.push({ label: row.label, text: row.text ? [row.text] : [], line: number });
    } else if (text.startsWith('\t') && current) {
      current.text.push(text.trim());
    } else if (text.trim() === '') {
      let next = i + 1;
      while (next < lines.length && lines[next].text.trim() === '') next++;
      const more =
        next < lines.length && (rowStart(lines[next].text) || lines[next].text.startsWith('\t'));
      if (!more) break;
      if (current && lines[next].text.startsWith('\t')) current.text.push('');
      i = next;
      continue;
    } else if (current && lines[i - 1]?.text.trim() !== '') {
      current.text.push(text.trim());
    } else {
      break;
    }
    i++;
    if (probe && rows.length >= 2) return { rows, end: i };
  }
  return rows.length >= 2 ? { rows, end: i } : undefined;
}

/** The rows as a table block; a text cell holding HTML is read as HTML. */
function tableBlock(rows: Row[], notes: string[]): Block {
  const cells = rows.map((row): TableCell[] => {
    const blocks = cellBlocks(row.text, row.line, notes);
    return [
      {
        text: HAS_HTML.test(row.label)
          ? plainOf(cellBlocks([row.label], row.line, notes))
          : row.label,
        blocks: [],
        line: row.line,
      },
      {
        text: HAS_HTML.test(row.text.join(' ')) ? plainOf(blocks) : row.text.join(' '),
        blocks,
        line: row.line,
      },
    ];
  });
  return { kind: 'table', rows: cells, header: false, line: rows[0].line };
}

/** Tags or character references: a cell pasted with its page's HTML. */
const HAS_HTML =
  /<\/?(?:p|ul|ol|li|br|strong|b|em|i|a|div|span|h[1-6])\b[^>]*>|&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,6});/i;

/** A cell's blocks as one line of plain text. */
function plainOf(blocks: Block[]): string {
  return blocks.map(blockText).join(' ').replace(/\s+/g, ' ').trim();
}

function cellBlocks(lines: string[], line: number, notes: string[]): Block[] {
  const text = lines.join('\n');
  if (HAS_HTML.test(text)) {
    notes.push('HTML inside table cells was read as HTML.');
    const read = htmlToBlocks(text, { fragment: true });
    notes.push(...read.notes);
    return read.blocks.map((block) => ({ ...block, line }));
  }
  const paragraphs = splitParagraphs(lines.map((content) => ({ text: content, number: line })));
  return paragraphs.flatMap(paragraphBlocks);
}

// ---------------------------------------------------------------------------------------------
// Paragraphs and lists

function splitParagraphs(lines: readonly Line[]): Line[][] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push({ text: line.text.replace(/\t+/g, ' '), number: line.number });
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/**
 * Joins paragraphs that a page break or a copy split in mid-sentence: a long paragraph that ends
 * without punctuation, followed by one that starts in lowercase.
 */
function joinBrokenParagraphs(paragraphs: Line[][], notes: string[]): Line[][] {
  const joined: Line[][] = [];
  let count = 0;
  for (const lines of paragraphs) {
    const previous = joined.at(-1);
    const last = previous?.at(-1)?.text.trim() ?? '';
    const broken =
      previous !== undefined &&
      /^\p{Ll}/u.test(lines[0].text.trim()) &&
      !/[.!?:;)"”»]$/.test(last) &&
      last.split(/\s+/).length >= 6;
    if (broken) {
      const end = previous.length - 1;
      previous[end] = { ...previous[end], text: `${previous[end].text} ${lines[0].text.trim()}` };
      previous.push(...lines.slice(1));
      count++;
    } else {
      joined.push([...lines]);
    }
  }
  if (count > 0) {
    notes.push(
      `Joined ${count} paragraph${count === 1 ? '' : 's'} that had been split in mid-sentence.`,
    );
  }
  return joined;
}

/**
 * One paragraph's blocks: a paragraph, then a list where its lines turn into list items. A single
 * "1. Label" line is a paragraph (a label, perhaps), not a list.
 */
function paragraphBlocks(lines: Line[]): Block[] {
  const items: string[] = [];
  const blocks: Block[] = [];
  let lead: Line[] = [];
  let listLine = 0;
  const bullets = lines.filter((line) => BULLET.test(line.text));
  const numberedOnly = bullets.every((line) => /^\s*\d/.test(line.text));
  const isList = bullets.length >= 2 || (bullets.length === 1 && !numberedOnly);
  const flushLead = () => {
    if (lead.length > 0)
      blocks.push(paragraph(unwrap(lead.map((line) => line.text)), lead[0].number));
    lead = [];
  };
  const flushList = () => {
    if (items.length > 0) blocks.push({ kind: 'list', markdown: items.join('\n'), line: listLine });
    items.length = 0;
  };
  for (const line of lines) {
    const bullet = isList ? BULLET.exec(line.text) : null;
    if (bullet) {
      flushLead();
      if (items.length === 0) listLine = line.number;
      items.push(bullet[1] ? `${bullet[1]}. ${bullet[2].trim()}` : `- ${bullet[2].trim()}`);
    } else if (items.length > 0 && (/^\s/.test(line.text) || continues(items.at(-1)!, line.text))) {
      items[items.length - 1] += ` ${line.text.trim()}`;
    } else {
      flushList();
      lead.push(line);
    }
  }
  flushLead();
  flushList();
  return blocks;
}

/** Whether `line` goes on with a long list item wrapped onto it (it starts in lowercase). */
function continues(item: string, line: string): boolean {
  return item.length >= 60 && /^\p{Ll}/u.test(line.trim()) && !/[.!?;:]$/.test(item);
}
