/**
 * Reads a notice published as HTML, with parse5: headings, paragraphs, lists and tables become
 * blocks of Markdown (emphasis and links kept), in the document's order and with their lines. A
 * whole web page is first narrowed to its main content by Mozilla Readability (menus, header and
 * footer left out). `<template>` content is read; scripts, styles, forms' controls and images are
 * not.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parse, parseFragment, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { LANGS, type Lang } from '../../core/types.js';
import {
  escapeMarkdown,
  LINE_BREAK,
  looksLikeHeading,
  paragraph,
  plainText,
  type Block,
  type ReadResult,
  type TableCell,
} from './blocks.js';
import { cleanHeading, matchHeading } from './heading-match.js';

type Node = DefaultTreeAdapterTypes.Node;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Template = DefaultTreeAdapterTypes.Template;

const tags = (names: string) => new Set(names.trim().split(/\s+/));

/** Elements whose content is not text of the notice. */
const DROPPED = tags(`
  head script style noscript iframe object embed svg math canvas img picture video audio
  button input select textarea nav
`);

/** Elements that start a block of their own. */
const BLOCK = tags(`
  address article aside blockquote body caption center dd details dialog div dl dt fieldset
  figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main ol p pre section
  summary table tbody td template tfoot th thead tr ul
`);

/** A page's chrome around the content: what tells a whole page from a notice's own markup. */
const CHROME = tags('nav header footer aside');

const HEADING = /^h([1-6])$/;

/** The attribute the source line of each element travels in through Readability. */
const LINE_ATTRIBUTE = 'data-seloste-line';

export interface HtmlOptions {
  /** Read a piece of HTML (a table cell, a block inside Markdown) rather than a page. */
  fragment?: boolean;
  /** Add this to every line number (for a piece of a larger document). */
  lineOffset?: number;
}

/** What reading carries along: notes, and the offset of the lines. */
interface Context {
  notes: Set<string>;
  offset: number;
  /** Source lines of elements, when they come through Readability. */
  lines: boolean;
}

/**
 * The HTML as blocks. A whole page with a menu, header or footer is first narrowed to its main
 * content by Readability.
 *
 * @example htmlToBlocks('<h2>Rekisterinpitäjä</h2><p>Kuura Oy<br>Paahtimontie 4</p>').blocks
 * // [{ kind: 'heading', text: 'Rekisterinpitäjä', level: 2, line: 1 }, { kind: 'paragraph', markdown: 'Kuura Oy\\\nPaahtimontie 4', line: 1 }]
 * @example htmlToBlocks('<dl><dt>Rekisterin nimi</dt><dd>Asiakasrekisteri</dd></dl>').blocks[0]
 * // { kind: 'paragraph', markdown: '**Rekisterin nimi**', strong: true, line: 1 }
 */
export function htmlToBlocks(html: string, options: HtmlOptions = {}): ReadResult {
  const context: Context = { notes: new Set(), offset: options.lineOffset ?? 0, lines: false };
  const located = { sourceCodeLocationInfo: true } as const;
  if (options.fragment) {
    return {
      blocks: blocksOf(parseFragment(html, located).childNodes, context),
      notes: [...context.notes],
    };
  }
  const document = parse(html, located);
  const root = mainContent(document, context) ?? bodyOf(document);
  return { blocks: blocksOf(root.childNodes, context), notes: [...context.notes] };
}

/** Whether an element holds no text of the notice: a script, a form control, a button. */
function isDropped(element: Element): boolean {
  return DROPPED.has(element.tagName) || element.tagName.includes('button');
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function elements(parent: ParentNode, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack = [...parent.childNodes].reverse() as Node[];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) found.push(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return found;
}

/** An element's children; a `<template>`'s are in its content. */
function childrenOf(element: Element): ChildNode[] {
  return element.tagName === 'template'
    ? (element as Template).content.childNodes
    : element.childNodes;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function bodyOf(document: DefaultTreeAdapterTypes.Document): ParentNode {
  return elements(document, (element) => element.tagName === 'body')[0] ?? document;
}

/**
 * The main content of a whole web page, found by Readability, or undefined for HTML that is only
 * the notice (no menu, header or footer around it). Falls back to the page without its chrome
 * when Readability finds nothing or leaves out headings of known sections.
 */
function mainContent(
  document: DefaultTreeAdapterTypes.Document,
  context: Context,
): ParentNode | undefined {
  const body = bodyOf(document);
  const chrome = elements(body, (element) => CHROME.has(element.tagName));
  if (chrome.length === 0) return undefined;
  // A page that marks its content as such (one <main>, or one <article>) says where it is.
  for (const tagName of ['main', 'article']) {
    const found = elements(body, (element) => element.tagName === tagName);
    if (found.length === 1) {
      context.notes.add(
        `Only the page's <${tagName}> element was read: its menus, header and footer were left out.`,
      );
      return found[0];
    }
  }

  for (const element of elements(document, () => true)) {
    const line = element.sourceCodeLocation?.startLine;
    if (line) element.attrs.push({ name: LINE_ATTRIBUTE, value: String(line) });
  }
  // What Readability must keep: the headings that name known sections, and the table cells
  // (it flattens tables it takes for layout, which label/text tables are to it).
  const kept = (root: ParentNode) => {
    const labels = elements(
      root,
      (element) => HEADING.test(element.tagName) || element.tagName === 'strong',
    )
      .map((element) => textOf(element))
      .filter((text) => matchHeading(cleanHeading(text).text) !== undefined).length;
    return labels + elements(root, (element) => element.tagName === 'td').length;
  };

  let article: ReturnType<Readability['parse']> = null;
  try {
    const { document: dom } = parseHTML(serialize(document));
    article = new Readability(dom as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    article = null;
  }
  const withoutChrome = (): ParentNode => {
    for (const element of chrome) {
      const siblings = element.parentNode?.childNodes;
      if (siblings) siblings.splice(siblings.indexOf(element), 1);
    }
    context.notes.add(
      "The page's menus, header and footer were left out; the rest of the page was read.",
    );
    return body;
  };
  if (!article?.content) return withoutChrome();
  const content = parseFragment(article.content);
  const inBody = kept(body) - chrome.reduce((sum, element) => sum + kept(element), 0);
  if (kept(content) < inBody) return withoutChrome();
  context.lines = true;
  context.notes.add(
    "Only the page's main content was read, as Mozilla Readability found it: its menus, header and footer were left out.",
  );
  return content;
}

/**
 * Whether a paragraph is only a link to another page of the site ("Palaa etusivulle"), as
 * navigation is.
 */
function isSiteLink(paragraph: Element): boolean {
  const children = paragraph.childNodes.filter(
    (child) =>
      isElement(child) ||
      /[\p{L}\p{N}]/u.test((child as DefaultTreeAdapterTypes.TextNode).value ?? ''),
  );
  if (children.length !== 1 || !isElement(children[0]) || children[0].tagName !== 'a') return false;
  const href = attribute(children[0], 'href') ?? '';
  return href !== '' && !/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(href);
}

/** The plain text of an element, on one line. */
function textOf(element: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterTypes.TextNode).value);
    else if (isElement(node)) {
      const children = childrenOf(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The line an element or text starts on, in the whole document. */
function lineOf(node: Node, context: Context): number | undefined {
  if (context.lines && isElement(node)) {
    const line = Number(attribute(node, LINE_ATTRIBUTE));
    if (line) return line;
  }
  const line = (node as { sourceCodeLocation?: { startLine: number } | null }).sourceCodeLocation
    ?.startLine;
  return line && !context.lines ? line + context.offset : undefined;
}

/** The language an element declares (`lang="sv"`), when it is one Seloste knows. */
function langOf(element: Element): Lang | undefined {
  const lang = attribute(element, 'lang')?.slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(lang ?? '') ? (lang as Lang) : undefined;
}

/** Blocks of a run of nodes: inline content between block elements makes paragraphs. */
function blocksOf(
  nodes: readonly ChildNode[],
  context: Context,
  lang?: Lang,
  parentLine?: number,
): Block[] {
  const blocks: Block[] = [];
  let inline: ChildNode[] = [];
  const flush = () => {
    const line = inline.map((node) => lineOf(node, context)).find(Boolean) ?? parentLine;
    blocks.push(...paragraphs(inlineMarkdown(inline, context), line, lang));
    inline = [];
  };
  for (const node of nodes) {
    if (isElement(node) && isDropped(node)) continue;
    if (isElement(node) && BLOCK.has(node.tagName)) {
      flush();
      blocks.push(...elementBlocks(node, context, langOf(node) ?? lang));
    } else {
      inline.push(node);
    }
  }
  flush();
  return blocks;
}

function elementBlocks(element: Element, context: Context, lang?: Lang): Block[] {
  const line = lineOf(element, context);
  const source = { ...(line ? { line } : {}), ...(lang ? { lang } : {}) };
  const level = HEADING.exec(element.tagName)?.[1];
  if (level) {
    const text = oneLine(inlineMarkdown(childrenOf(element), context));
    return text ? [{ kind: 'heading', text, level: Number(level), ...source }] : [];
  }
  switch (element.tagName) {
    case 'ul':
    case 'ol': {
      if (holdsSections(element)) return sectionList(element, context, lang);
      const label = soleLabel(element);
      if (label) return [{ ...paragraph(escapeMarkdown(label), line, lang) }];
      const markdown = listMarkdown(element, context);
      return markdown ? [{ kind: 'list', markdown, ...source }] : [];
    }
    case 'table':
      return [tableBlock(element, context, lang)];
    case 'dt': {
      const text = oneLine(inlineMarkdown(childrenOf(element), context));
      return text ? [{ ...paragraph(`**${text}**`, line, lang), strong: true }] : [];
    }
    case 'hr':
      return [];
    case 'p':
      if (isSiteLink(element)) {
        context.notes.add(
          `A link within the site ("${textOf(element)}") standing alone was left out.`,
        );
        return [];
      }
      return blocksOf(childrenOf(element), context, lang, line);
    default:
      return blocksOf(childrenOf(element), context, lang, line);
  }
}

/**
 * Paragraphs of inline Markdown: a blank line (two `<br>`) separates them, a single `<br>` is a
 * line break.
 */
function paragraphs(inline: string, line?: number, lang?: Lang): Block[] {
  return tidy(inline)
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((lines): Block => {
      // Lines written "- item" with <br> between them are a list.
      const items = lines.split('\n');
      if (items.length >= 2 && items.every((item) => /^\\?[-–•·]\s/.test(item))) {
        const markdown = items.map((item) => `- ${item.replace(/^\\?[-–•·]\s+/, '')}`).join('\n');
        return { kind: 'list', markdown, ...(line ? { line } : {}), ...(lang ? { lang } : {}) };
      }
      const markdown = lines.replaceAll('\n', LINE_BREAK);
      const strong = /^\*\*[^*]+\*\*:?$/.test(markdown);
      return { ...paragraph(markdown, line, lang), ...(strong ? { strong } : {}) };
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
  context: Context,
  inside = new Set<string>(),
): string {
  return nodes.map((node) => nodeMarkdown(node, context, inside)).join('');
}

function nodeMarkdown(node: ChildNode, context: Context, inside: Set<string>): string {
  if (node.nodeName === '#text') {
    const text = (node as DefaultTreeAdapterTypes.TextNode).value;
    return escapeMarkdown(text.replace(/\u00AD/g, '').replace(/\s+/g, ' '));
  }
  if (!isElement(node) || isDropped(node)) return '';
  const children = (marks: string[] = []) =>
    inlineMarkdown(childrenOf(node), context, new Set([...inside, ...marks]));
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
      return link(node, children(), context);
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

function link(element: Element, text: string, context: Context): string {
  const href = attribute(element, 'href')?.trim() ?? '';
  const label = text.trim();
  if (!label) return '';
  if (!href || href === '#') {
    if (attribute(element, 'href') !== undefined) {
      context.notes.add('Links without an address were turned into plain text.');
    }
    return text;
  }
  if (!/^(?:https?:|mailto:|tel:)/i.test(href)) {
    context.notes.add(
      `Links that are not web, mail or phone addresses (like "${href.slice(0, 40)}") were turned into plain text.`,
    );
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

function itemsOf(list: Element): Element[] {
  return list.childNodes.filter(
    (child): child is Element => isElement(child) && child.tagName === 'li',
  );
}

/**
 * The text of a list of one short item that names a known section, as word processors number
 * headings ("1. Rekisterinpitäjä" as a list of its own): a label, not a list. Its number is
 * left out, since each such list starts again at 1.
 */
function soleLabel(list: Element): string | undefined {
  const items = itemsOf(list);
  if (
    items.length !== 1 ||
    items[0].childNodes.some(
      (child) => isElement(child) && BLOCK.has(child.tagName) && child.tagName !== 'p',
    )
  ) {
    return undefined;
  }
  const text = textOf(items[0]);
  if (!looksLikeHeading(text) || !matchHeading(cleanHeading(text).text)) return undefined;
  return text;
}

/**
 * Whether a list holds sections rather than items: most of its items start with a short label
 * followed by blocks of text (`<li><span>Rekisterinpitäjä</span><div>…</div></li>`).
 */
function holdsSections(list: Element): boolean {
  const items = itemsOf(list);
  const sectionLike = items.filter((item) => {
    const children = item.childNodes.filter(
      (child) =>
        isElement(child) ||
        (child.nodeName === '#text' &&
          /\S/.test((child as DefaultTreeAdapterTypes.TextNode).value)),
    );
    const firstBlock = children.findIndex((child) => isElement(child) && BLOCK.has(child.tagName));
    const blocks = children.filter((child) => isElement(child) && BLOCK.has(child.tagName));
    return firstBlock > 0 || blocks.length >= 2;
  });
  return items.length >= 2 && sectionLike.length >= Math.max(2, items.length * 0.6);
}

/** A list of sections read as blocks; an ordered list's numbers go before the items' labels. */
function sectionList(list: Element, context: Context, lang?: Lang): Block[] {
  let number = Number(attribute(list, 'start') ?? 1) || 1;
  return itemsOf(list).flatMap((item) => {
    const blocks = blocksOf(item.childNodes, context, langOf(item) ?? lang, lineOf(item, context));
    const [first] = blocks;
    if (list.tagName === 'ol' && first?.kind === 'paragraph' && !first.markdown.includes('\n')) {
      first.markdown = `${number}\\. ${first.markdown}`;
    }
    number++;
    return blocks;
  });
}

/** A `<ul>` or `<ol>` as a Markdown list; nested lists indented under their item. */
function listMarkdown(list: Element, context: Context): string {
  const ordered = list.tagName === 'ol';
  let number = Number(attribute(list, 'start') ?? 1) || 1;
  const items: string[] = [];
  const lis = itemsOf(list);
  if (lis.length === 0) return flatList(textOf(list));
  for (const item of lis) {
    const nested = item.childNodes.filter(
      (child): child is Element =>
        isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol'),
    );
    const own = item.childNodes.filter((child) => !nested.includes(child as Element));
    let text = blocksOf(own, context)
      .map((block) =>
        block.kind === 'heading' ? block.text : block.kind === 'table' ? '' : block.markdown,
      )
      .join('\n');
    const marker = ordered ? `${number++}. ` : '- ';
    // A bullet written into the item's text as well as by the list.
    const [firstLine = '', ...otherLines] = text.split('\n');
    text = [firstLine.replace(/^\\?[-–•·*]\s+/, ''), ...otherLines].join('\n');
    const indent = ' '.repeat(marker.length);
    const lines = [...text.split('\n'), ...nested.map((inner) => listMarkdown(inner, context))]
      .join('\n')
      .split('\n')
      .filter((line) => line.trim());
    if (lines.length === 0) continue;
    items.push([`${marker}${lines[0]}`, ...lines.slice(1).map((line) => indent + line)].join('\n'));
  }
  return items.join('\n');
}

/**
 * A list pasted without its items, its text written "- nimi- osoite- puhelin", as a Markdown
 * list. A dash that ends the first half of a compound ("asiakas- ja markkinointi") is no item.
 *
 * @example flatList('- nimi- asiakas- ja laskutusosoite') // '- nimi\n- asiakas- ja laskutusosoite'
 */
export function flatList(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('-')) return trimmed ? `- ${escapeMarkdown(trimmed)}` : '';
  return trimmed
    .slice(1)
    .split(/-\s+(?!(?:ja|tai|sekä|eli|och|eller|samt|and|or)\b)/u)
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => `- ${escapeMarkdown(item)}`)
    .join('\n');
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

/** A table as a table block: each cell's text on one line, and its content as blocks. */
function tableBlock(table: Element, context: Context, lang?: Lang): Block {
  const rows = rowsOf(table);
  const cells = rows.map((row) =>
    cellsOf(row).map((cell): TableCell => ({
      text: oneLine(inlineMarkdown(childrenOf(cell), context)),
      blocks: blocksOf(childrenOf(cell), context, lang, lineOf(cell, context)),
    })),
  );
  const first = rows[0];
  const header =
    first !== undefined &&
    (first.parentNode?.nodeName === 'thead' ||
      cellsOf(first).every((cell) => cell.tagName === 'th')) &&
    rows.length > 1;
  const line = lineOf(table, context);
  return {
    kind: 'table',
    rows: cells,
    header,
    ...(line ? { line } : {}),
    ...(lang ? { lang } : {}),
  };
}
