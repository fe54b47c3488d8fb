/**
 * A small Markdown renderer for the shapes notices are written in: paragraphs, headings, flat
 * lists, `**strong**` and `*emphasis*`, links, autolinks (`<https://…>`, bare web and e-mail
 * addresses), backslash escapes and hard breaks, and HTML pasted from old notices. It gives the
 * same HTML as marked (GFM, the way rich-text.ts sets it up) for every text it accepts, and
 * returns `undefined` for anything else (tables, nested or loose lists, quotes, code, entities,
 * `_`, delimiters it cannot pair for sure), which rich-text.ts then gives to marked, fetched only
 * for such texts. `test/notice/markdown.test.ts` compares the two on every fixture.
 *
 * The HTML is not safe by itself: like marked's, it goes through the sanitizer (rich-text.ts).
 */

/** The answer when a text is beyond this renderer. */
const beyond = undefined;

/** Blocks of HTML: a line that opens or closes one of these starts raw HTML up to a blank line. */
const HTML_BLOCK =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ >]|\/>|$)/i;
/** An HTML attribute, as Markdown reads one inside a tag. */
const ATTRIBUTE = String.raw`\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;
/** An opening or closing tag (text from `<` that is not one is text). */
const TAG = new RegExp(
  String.raw`^(?:<[a-zA-Z][a-zA-Z0-9-]*(?:${ATTRIBUTE})*\s*\/?>|<\/[a-zA-Z][a-zA-Z0-9-]*\s*>)`,
);
/** Tags that change how Markdown reads what follows them. */
const RAW_TAG = /^<\/?(?:pre|code|kbd|script|style|textarea)\b/i;
/** A line that is one whole tag, which starts an HTML block when it does not continue a paragraph. */
const TAG_LINE = new RegExp(
  String.raw`^(?:<(?!(?:script|pre|style|textarea)\b)[a-zA-Z][a-zA-Z0-9-]*(?:${ATTRIBUTE.replace(String.raw`\s+`, '[ ]+')})*[ ]*\/?>|<\/[a-zA-Z][a-zA-Z0-9-]*[ ]*>)[ ]*$`,
);

/** A list item: its marker and its text (which must start within four spaces). */
const ITEM = /^([-*+]|\d{1,9}[.)]) {1,4}(?=\S)(.*)$/;
const HEADING = /^(#{1,6})(?: +(.*?))?(?: +#+)? *$/;
/** Lines that are Markdown this renderer leaves to marked: rules, underlines, quotes, fences. */
const OTHER_BLOCK =
  /^ {0,3}(?:[>=]|(?:[-*_] *){3,}$|-+ *$|\[[^\]]*\]:|(?:[-*+]|\d{1,9}[.)])(?: *$| {5}))/;
/** Any Markdown block start, as the first thing in a list item. */
const BLOCK_START = /^(?:[-*+]|#{1,6}|\d{1,9}[.)])(?:\s|$)|^[<>=]|^ {4}/;
/** Text this renderer never reads: code, strikethrough, tables, tabs, entities, `_`, images. */
const BEYOND = /[`~|\t\0_]|&#?\w+;|!\[/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** A link target as marked writes it: percent-encoded, escaped for the attribute. */
function href(url: string): string | undefined {
  try {
    return escape(encodeURI(url).replace(/%25/g, '%'));
  } catch {
    return beyond;
  }
}

const SPACE = /\s/u;
const PUNCT = /[\p{P}\p{S}]/u;
/** What marked takes for part of an e-mail address before an `@`. */
const LOCAL_LIKE = /[A-Za-z0-9.!#$%&'*+/=?_`{|}~-]/;
const LOCAL = /[A-Za-z0-9.+-]/;
// The patterns below are sticky: `at` tries them at one position of the text.
const EMAIL_DOMAIN = /[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]*[a-zA-Z0-9])+/y;
/** A web address written out: its scheme (or `www.`) and the start of its host. */
const URL_START = /(?:(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP]):\/\/|www\.)[a-zA-Z0-9-]/y;
const NOT_SPACE = /[^\s<]+/y;
const AUTOLINK = /<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s\x00-\x1f<>]*)>/y;
const AUTOLINK_EMAIL =
  /<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+)>/y;
const TAG_AT = new RegExp(TAG.source.slice(1), 'y');
/** An inline link with a plain target and no title. */
const LINK = /\[([^[\]\\]*)\]\(([^\s()<>\\]+)\)/y;
/** A run of characters that are text whatever follows them. */
const ORDINARY = /[^\\\n*[\]<@hHfFw]+/y;
const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;

/** The match of sticky `pattern` at `index` of `text`, if any. */
function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** A run of `*` waiting for its partner. */
interface Opener {
  length: number;
  /** Where its tag goes in the output. */
  at: number;
}

/**
 * Whether a run of `*` between `before` and `after` opens and whether it closes emphasis, as
 * CommonMark defines flanking: punctuation on one side needs space or punctuation on the other.
 */
function flanks(before: string | undefined, after: string | undefined): [boolean, boolean] {
  const space = (c: string | undefined) => c === undefined || SPACE.test(c);
  const punct = (c: string | undefined) => c !== undefined && PUNCT.test(c);
  return [
    !space(after) && (!punct(after) || space(before) || punct(before)),
    !space(before) && (!punct(before) || space(after) || punct(after)),
  ];
}

/**
 * The HTML of one paragraph's (or heading's, or item's) text; `links` is false inside a link's
 * own text, where addresses are not linked again. Linear in the length of the text.
 */
function inline(text: string, links = true): string | undefined {
  const out: string[] = [];
  const openers: Opener[] = [];
  /** Brackets are text when nothing in the text could be a link. */
  const bracketsAreText = !text.includes('](');
  let insideA = false;
  let i = 0;
  /** Text read and not yet written; from `raw` on, it is the source as written. */
  let plain = '';
  let raw = 0;
  const flush = () => {
    if (plain) out.push(escape(plain));
    plain = '';
  };
  /** Puts an element (a link, a tag) after the text read so far. */
  const put = (html: string, length: number) => {
    flush();
    out.push(html);
    raw = i += length;
  };
  while (i < text.length) {
    const run = at(ORDINARY, text, i);
    if (run) {
      plain += run[0];
      i += run[0].length;
      continue;
    }
    const c = text[i]!;
    const before = text[i - 1];
    if (c === '\\') {
      const next = text[i + 1];
      if (next === '\n') {
        put('<br>', 2);
        while (text[i] === ' ') i++;
      } else if (next && ESCAPABLE.test(next)) {
        if (text[i + 2] === '*' || before === '*') return beyond;
        plain += next;
        raw = i += 2;
      } else {
        plain += c;
        i++;
      }
    } else if (c === '\n') {
      // Two spaces or more before a line break make a hard break.
      let spaces = 0;
      while (i - spaces > raw && text[i - 1 - spaces] === ' ') spaces++;
      if (spaces >= 2) {
        plain = plain.slice(0, -spaces);
        put('<br>', 1);
      } else {
        plain += c;
        i++;
      }
      while (text[i] === ' ') i++;
      raw = i;
    } else if (c === '*') {
      let end = i;
      while (text[end] === '*') end++;
      const length = end - i;
      const [opens, closes] = flanks(before, text[end]);
      if (length > 2 || opens === closes) return beyond;
      flush();
      if (opens) {
        openers.push({ length, at: out.length });
        out.push('');
      } else {
        const opener = openers.pop();
        if (opener?.length !== length) return beyond;
        const tag = length === 2 ? 'strong' : 'em';
        out[opener.at] = `<${tag}>`;
        out.push(`</${tag}>`);
      }
      i = end;
    } else if ((c === '[' || c === ']') && bracketsAreText) {
      plain += c;
      i++;
    } else if (c === '[' || c === ']') {
      const link = c === '[' && at(LINK, text, i);
      if (!link || !links || insideA) return beyond;
      const label = inline(link[1]!, false);
      const target = href(link[2]!);
      if (label === undefined || target === undefined) return beyond;
      put(`<a href="${target}">${label}</a>`, link[0].length);
    } else if (c === '<') {
      const auto = at(AUTOLINK, text, i) ?? at(AUTOLINK_EMAIL, text, i);
      const tag = at(TAG_AT, text, i);
      if (auto) {
        const address = auto[1]!;
        const target = href(address.includes(':') ? address : `mailto:${address}`);
        if (target === undefined) return beyond;
        put(`<a href="${target}">${escape(address)}</a>`, auto[0].length);
      } else if (tag) {
        if (RAW_TAG.test(tag[0])) return beyond;
        if (/^<a\s/i.test(tag[0])) insideA = true;
        else if (/^<\/a\s*>/i.test(tag[0])) insideA = false;
        put(tag[0], tag[0].length);
      } else if (text[i + 1] === '!' || text[i + 1] === '?') {
        return beyond;
      } else {
        plain += c;
        i++;
      }
    } else if (links && !insideA && /[hHfFw]/.test(c) && at(URL_START, text, i)) {
      if (before !== undefined && !/[\s(]/.test(before)) return beyond;
      const address = webAddress(at(NOT_SPACE, text, i)![0]);
      const target = address && href(address.startsWith('www.') ? `http://${address}` : address);
      if (!address || target === undefined) return beyond;
      put(`<a href="${target}">${escape(address)}</a>`, address.length);
    } else if (c === '@' && links && !insideA) {
      // A bare e-mail address: its local part is the end of `plain`.
      let start = i;
      while (start > 0 && LOCAL.test(text[start - 1]!)) start--;
      const local = text.slice(start, i);
      const domain = at(EMAIL_DOMAIN, text, i + 1)?.[0];
      const next = domain && text[i + 1 + domain.length];
      if (
        !local ||
        !domain ||
        start < raw ||
        (start > 0 && LOCAL_LIKE.test(text[start - 1]!)) ||
        local.startsWith('www.') ||
        /(?:mailto|xmpp):$/i.test(text.slice(Math.max(0, start - 7), start)) ||
        (next && /[\w-]/.test(next))
      )
        return beyond;
      const address = `${local}@${domain}`;
      plain = plain.slice(0, -local.length);
      put(`<a href="mailto:${escape(address)}">${escape(address)}</a>`, 1 + domain.length);
    } else {
      plain += c;
      i++;
    }
  }
  // An <a> left open stays open for marked in the texts that follow.
  if (openers.length || insideA) return beyond;
  flush();
  return out.join('');
}

/**
 * A web address, without the punctuation that ends a sentence after it; undefined when marked
 * might read it otherwise (brackets, quotes, `*` or `&` in it).
 */
function webAddress(address: string): string | undefined {
  if (/[()'"*&]/.test(address)) return beyond;
  return address.replace(/[?!.,:;]+$/, '');
}

/** A list being read: ordered or not, its marker, its items' HTML. */
interface List {
  /** The number of an ordered list's first item. */
  start?: number;
  ordered: boolean;
  marker: string;
  items: string[];
}

/**
 * Markdown (with pasted HTML) as HTML, as marked would write it; `undefined` when the text uses
 * anything beyond the common shapes, so that the caller gives it to marked.
 *
 * @example simpleMarkdown('Lue **ehdot**.\n\n- yksi\n- kaksi')
 * // '<p>Lue <strong>ehdot</strong>.</p>\n<ul>\n<li>yksi</li>\n<li>kaksi</li>\n</ul>\n'
 * @example simpleMarkdown('| a | b |\n| - | - |') // undefined
 */
export function simpleMarkdown(source: string): string | undefined {
  const text = source.replace(/\r\n?/g, '\n');
  if (BEYOND.test(text)) return beyond;
  const lines = text.split('\n').map((line) => (/^ +$/.test(line) ? '' : line));
  let html = '';
  let paragraph: string[] = [];
  let list: List | undefined;
  /** A blank line ended the last list: another item now would make it loose. */
  let blankAfterList = false;
  const endParagraph = () => {
    if (!paragraph.length) return true;
    const body = inline(paragraph.join('\n'));
    paragraph = [];
    if (body === undefined) return false;
    html += `<p>${body}</p>\n`;
    return true;
  };
  const endList = () => {
    if (list) {
      const tag = list.ordered ? 'ol' : 'ul';
      const start = list.start === undefined || list.start === 1 ? '' : ` start="${list.start}"`;
      html += `<${tag}${start}>\n${list.items.map((item) => `<li>${item}</li>\n`).join('')}</${tag}>\n`;
    }
    list = undefined;
    blankAfterList = false;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line === '') {
      if (!endParagraph()) return beyond;
      if (list) blankAfterList = true;
      continue;
    }
    if (OTHER_BLOCK.test(line)) return beyond;
    const indented = line.startsWith(' ');
    const trimmed = line.trimStart();
    if (indented && /^(?:[-*+#<]|\d{1,9}[.)])/.test(trimmed)) return beyond;
    if (HTML_BLOCK.test(line) || (!paragraph.length && TAG_LINE.test(line))) {
      if (!endParagraph()) return beyond;
      endList();
      let end = n;
      while (end < lines.length && lines[end] !== '') end++;
      const block = lines.slice(n, end).join('\n');
      html += block;
      n = end - 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      if (!endParagraph()) return beyond;
      endList();
      if (line.trimEnd().endsWith('#')) return beyond;
      const body = inline(heading[2] ?? '');
      if (body === undefined) return beyond;
      const depth = Math.min(6, heading[1]!.length + 3);
      html += `<h${depth}>${body}</h${depth}>\n`;
      continue;
    }
    const item = ITEM.exec(line);
    // In a paragraph, only a bullet or a list starting at 1 starts a list.
    if (item && (!paragraph.length || /^(?:[-*+]|1[.)])$/.test(item[1]!))) {
      if (!endParagraph()) return beyond;
      const ordered = /\d/.test(item[1]!);
      const marker = ordered ? item[1]!.slice(-1) : item[1]!;
      if (list && list.ordered === ordered && list.marker === marker) {
        if (blankAfterList) return beyond;
      } else {
        endList();
        list = { ordered, marker, items: [], start: ordered ? parseInt(item[1]!, 10) : undefined };
      }
      if (BLOCK_START.test(item[2]!)) return beyond;
      const next = lines[n + 1];
      // A line right after an item continues it: left to marked.
      if (next && !ITEM.test(next) && !HEADING.test(next) && !HTML_BLOCK.test(next)) return beyond;
      const body = inline(item[2]!.replace(/ +$/, ''));
      if (body === undefined) return beyond;
      list.items.push(body);
      continue;
    }
    if (list) {
      if (indented) return beyond;
      endList();
    }
    paragraph.push(line);
  }
  if (!endParagraph()) return beyond;
  endList();
  return html;
}
