/**
 * Reads a notice published as HTML, with parse5: headings, paragraphs and lists become Markdown;
 * a two-column table of headings and texts becomes headings and texts, its cells' pasted HTML
 * (`<p>`, `<ul>`, `<br>`, `<strong>`, `<a>`) clean rich text. Scripts, styles, forms' controls
 * and site navigation are left out.
 */
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import {
  escapeMarkdown,
  LINE_BREAK,
  looksLikeHeading,
  plainText,
  type Block,
  type ReadResult,
} from './blocks.js';
import { cleanHeading, matchHeading } from './heading-match.js';

type Node = DefaultTreeAdapterTypes.Node;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const tags = (names: string) => new Set(names.trim().split(/\s+/));

/** Elements whose content is not text of the notice. */
const DROPPED = tags(`
  head script style noscript template iframe object embed svg math canvas img picture video
  audio button input select textarea nav
`);

/** Elements that start a block of their own. */
const BLOCK = tags(`
  address article aside blockquote body caption center dd details dialog div dl dt fieldset
  figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main ol p pre section
  summary table tbody td tfoot th thead tr ul
`);

const HEADING = /^h([1-6])$/;

interface HtmlOptions {
  /** Read a piece of HTML (a table cell, a block inside Markdown) rather than a page. */
  fragment?: boolean;
}

/**
 * The HTML as blocks. For a whole page only its `<main>` (or single `<article>`) is read, when it
 * has one.
 *
 * @example htmlToBlocks('<h2>Rekisterinpitäjä</h2><p>Kuura Oy<br>Paahtimontie 4</p>').blocks
 * // [{ kind: 'heading', text: 'Rekisterinpitäjä', level: 2 }, { kind: 'text', markdown: 'Kuura Oy\nPaahtimontie 4' }]
 */
export function htmlToBlocks(html: string, options: HtmlOptions = {}): ReadResult {
  const notes = new Set<string>();
  const root = options.fragment ? parseFragment(html) : contentRoot(parse(html), notes);
  return { blocks: blocksOf(root.childNodes, notes), notes: [...notes] };
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function elements(parent: ParentNode, tagName: string): Element[] {
  const found: Element[] = [];
  for (const child of parent.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === tagName) found.push(child);
    found.push(...elements(child, tagName));
  }
  return found;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The part of a page that holds the notice: its `<main>` or only `<article>`, else `<body>`. */
function contentRoot(document: DefaultTreeAdapterTypes.Document, notes: Set<string>): ParentNode {
  const [body = document] = elements(document, 'body');
  for (const tagName of ['main', 'article']) {
    const found = elements(body, tagName);
    if (found.length === 1) {
      notes.add(`Only the page's <${tagName}> element was read.`);
      return found[0];
    }
  }
  return body;
}

/** Blocks of a run of nodes: inline content between block elements makes paragraphs. */
function blocksOf(nodes: readonly ChildNode[], notes: Set<string>): Block[] {
  const blocks: Block[] = [];
  let inline: ChildNode[] = [];
  const flush = () => {
    blocks.push(...paragraphs(inlineMarkdown(inline, notes)));
    inline = [];
  };
  for (const node of nodes) {
    if (isElement(node) && DROPPED.has(node.tagName)) continue;
    if (isElement(node) && BLOCK.has(node.tagName)) {
      flush();
      blocks.push(...elementBlocks(node, notes));
    } else {
      inline.push(node);
    }
  }
  flush();
  return blocks;
}

function elementBlocks(element: Element, notes: Set<string>): Block[] {
  const level = HEADING.exec(element.tagName)?.[1];
  if (level) {
    const text = oneLine(inlineMarkdown(element.childNodes, notes));
    return text ? [{ kind: 'heading', text, level: Number(level) }] : [];
  }
  switch (element.tagName) {
    case 'ul':
    case 'ol': {
      const markdown = listMarkdown(element, notes);
      return markdown ? [{ kind: 'text', markdown }] : [];
    }
    case 'table':
      return tableBlocks(element, notes);
    case 'dt': {
      const text = oneLine(inlineMarkdown(element.childNodes, notes));
      return text ? [{ kind: 'text', markdown: `**${text}**`, candidate: text, strong: true }] : [];
    }
    case 'hr':
      return [];
    default:
      return blocksOf(element.childNodes, notes);
  }
}

/**
 * Paragraphs of inline Markdown: a blank line (two `<br>`) separates them, a single `<br>` is a
 * line break; a short one on its own line is offered as a heading.
 */
function paragraphs(inline: string): Block[] {
  return tidy(inline)
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((lines): Block => {
      const paragraph = lines.replaceAll('\n', LINE_BREAK);
      const text = plainText(paragraph);
      if (lines.includes('\n') || !looksLikeHeading(text)) {
        return { kind: 'text', markdown: paragraph };
      }
      const strong = /^\*\*[^*]+\*\*:?$/.test(paragraph);
      return { kind: 'text', markdown: paragraph, candidate: text, strong };
    });
}

/** Spaces collapsed, lines trimmed, at most one blank line in a row. */
function tidy(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text on one line, for headings and table cells. */
function oneLine(markdown: string): string {
  return plainText(tidy(markdown)).replace(/\s+/g, ' ').trim();
}

/** Inline HTML as Markdown: text escaped, `<br>` as a line break, emphasis and links kept. */
function inlineMarkdown(
  nodes: readonly ChildNode[],
  notes: Set<string>,
  inside = new Set<string>(),
): string {
  return nodes.map((node) => nodeMarkdown(node, notes, inside)).join('');
}

function nodeMarkdown(node: ChildNode, notes: Set<string>, inside: Set<string>): string {
  if (node.nodeName === '#text') {
    return escapeMarkdown((node as DefaultTreeAdapterTypes.TextNode).value.replace(/\s+/g, ' '));
  }
  if (!isElement(node) || DROPPED.has(node.tagName)) return '';
  const children = (marks: string[] = []) =>
    inlineMarkdown(node.childNodes, notes, new Set([...inside, ...marks]));
  switch (node.tagName) {
    case 'br':
      return '\n';
    case 'strong':
    case 'b':
      return inside.has('strong') ? children() : wrap('**', children(['strong']));
    case 'em':
    case 'i':
      return inside.has('em') ? children() : wrap('*', children(['em']));
    case 'a':
      return link(node, children(), notes);
    default:
      return BLOCK.has(node.tagName) ? `\n${children()}\n` : children();
  }
}

/** `mark` (`**` or `*`) around each line of `text`, with the spaces around it kept outside. */
function wrap(mark: string, text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const [, before, core, after] = /^(\s*)(.*?)(\s*)$/s.exec(line) ?? ['', '', line, ''];
      return core ? `${before}${mark}${core}${mark}${after}` : line;
    })
    .join('\n');
}

function link(element: Element, text: string, notes: Set<string>): string {
  const href = attribute(element, 'href')?.trim() ?? '';
  const label = text.trim();
  if (!label) return '';
  if (!href || href === '#') {
    notes.add('Links without an address were turned into plain text.');
    return text;
  }
  if (/^javascript:/i.test(href)) {
    notes.add('Script links (javascript:) were turned into plain text.');
    return text;
  }
  const mail = /^mailto:([^?]+)/i.exec(href);
  if (mail && plainText(label) === safeDecode(mail[1])) return text;
  if (/^https?:\/\//i.test(href) && plainText(label) === href) return `<${href}>`;
  return `[${label}](${/[\s()<>]/.test(href) ? `<${href}>` : href})`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A `<ul>` or `<ol>` as a Markdown list; nested lists indented under their item. */
function listMarkdown(list: Element, notes: Set<string>): string {
  const ordered = list.tagName === 'ol';
  let number = Number(attribute(list, 'start') ?? 1) || 1;
  const items: string[] = [];
  for (const item of list.childNodes) {
    if (!isElement(item) || item.tagName !== 'li') continue;
    const nested = item.childNodes.filter(
      (child): child is Element =>
        isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol'),
    );
    const own = item.childNodes.filter((child) => !nested.includes(child as Element));
    const text = blocksOf(own, notes)
      .map((block) => (block.kind === 'text' ? block.markdown : block.text))
      .join('\n');
    const marker = ordered ? `${number++}. ` : '- ';
    const indent = ' '.repeat(marker.length);
    const lines = [...text.split('\n'), ...nested.map((inner) => listMarkdown(inner, notes))]
      .join('\n')
      .split('\n')
      .filter((line) => line.trim());
    if (lines.length === 0) continue;
    items.push([`${marker}${lines[0]}`, ...lines.slice(1).map((line) => indent + line)].join('\n'));
  }
  return items.join('\n');
}

/** The rows of a table, nested tables' rows left out. */
function rowsOf(table: Element): Element[] {
  return table.childNodes.flatMap((child) => {
    if (!isElement(child)) return [];
    if (child.tagName === 'tr') return [child];
    if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) return rowsOf(child);
    return [];
  });
}

function cellsOf(row: Element): Element[] {
  return row.childNodes.filter(
    (child): child is Element =>
      isElement(child) && (child.tagName === 'td' || child.tagName === 'th'),
  );
}

function hasBlocks(element: Element): boolean {
  return element.childNodes.some(
    (child) => isElement(child) && (BLOCK.has(child.tagName) || hasBlocks(child)),
  );
}

/**
 * A table of headings and texts (two columns, the first naming known sections) as headings and
 * blocks; a layout table as the blocks of its cells; a table of data as a list of its rows.
 */
function tableBlocks(table: Element, notes: Set<string>): Block[] {
  const rows = rowsOf(table);
  const cells = rows.map(cellsOf);
  const headings = cells.map((row) =>
    row.length === 2 ? oneLine(inlineMarkdown(row[0].childNodes, notes)) : '',
  );
  const named = headings.map(
    (heading) => heading !== '' && matchHeading(cleanHeading(heading).text) !== undefined,
  );
  const known = named.filter(Boolean).length;
  const pairs = cells.filter((row) => row.length === 2).length;

  if (known >= 2 && pairs >= Math.max(2, rows.length * 0.6)) {
    return cells.flatMap((row, i): Block[] => {
      if (row.length !== 2) return row.flatMap((cell) => blocksOf(cell.childNodes, notes));
      const isHeaderRow =
        i === 0 &&
        !named[i] &&
        (row.every((cell) => cell.tagName === 'th') || rows[0].parentNode?.nodeName === 'thead');
      if (isHeaderRow) {
        const titles = `${headings[i]} | ${oneLine(inlineMarkdown(row[1].childNodes, notes))}`;
        notes.add(`The table's header row ("${titles}") was left out.`);
        return [];
      }
      return [
        { kind: 'heading', text: headings[i], level: 2 },
        ...blocksOf(row[1].childNodes, notes),
      ];
    });
  }
  if (cells.some((row) => row.some(hasBlocks))) {
    return cells.flat().flatMap((cell) => blocksOf(cell.childNodes, notes));
  }
  notes.add('A table was turned into a list, one row per item.');
  const items = cells
    .map((row) =>
      row.map((cell) => tidy(inlineMarkdown(cell.childNodes, notes)).replace(/\s*\n\s*/g, ' ')),
    )
    .filter((row) => row.some(Boolean))
    .map((row) => `- ${row.filter(Boolean).join(' – ')}`);
  return items.length > 0 ? [{ kind: 'text', markdown: items.join('\n') }] : [];
}
