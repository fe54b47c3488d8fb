/**
 * Page templates read as HTML: a Vue single-file component's `<template>`, the markup of a React
 * component (JSX/TSX), PHP, JSP and FreeMarker pages. What the template language adds (code,
 * expressions, directives) is taken out, keeping every line where it was so that the report's
 * line numbers stay right, and counted, so the report can say what could not be read. Static
 * text in a template expression (`{' '}`, `{"text"}`, a macro's `label="…"`) is kept.
 */

/** The template languages Seloste reads; `html` is plain HTML (front matter is still dropped). */
export type TemplateKind = 'html' | 'vue' | 'jsx' | 'php' | 'jsp' | 'ftl';

const BY_EXTENSION: Record<string, TemplateKind> = {
  vue: 'vue',
  jsx: 'jsx',
  tsx: 'jsx',
  js: 'jsx',
  mjs: 'jsx',
  ts: 'jsx',
  php: 'php',
  phtml: 'php',
  jsp: 'jsp',
  jspx: 'jsp',
  ftl: 'ftl',
  ftlh: 'ftl',
};

/** The elements that have no end tag in HTML: `<br />` is fine as it is. */
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);

/**
 * The template language of a file, by its extension, else by what its text holds.
 *
 * @example templateKind('tietosuoja.vue') // 'vue'
 * @example templateKind(undefined, '<p><?php echo $name ?></p>') // 'php'
 */
export function templateKind(filename?: string, text = ''): TemplateKind {
  const extension = /\.([a-z]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase() ?? '';
  if (BY_EXTENSION[extension]) return BY_EXTENSION[extension];
  const head = text.slice(0, 20_000);
  if (/<\?(?:php|=)/.test(head)) return 'php';
  if (/<%[@=!-]?|<jsp:/.test(head)) return 'jsp';
  if (/<#(?:if|list|assign|include|import|macro)\b|<@[\w.]+/.test(head)) return 'ftl';
  if (/^\s*<template[\s>]/.test(head)) return 'vue';
  if (/\bclassName=|^\s*import\s.+\sfrom\s|return\s*\(\s*</m.test(head)) return 'jsx';
  return 'html';
}

/** What is left of a template: HTML with the same lines, and what could not be read. */
export interface TemplateResult {
  html: string;
  notes: string[];
}

/** The same number of line breaks as `text` has, and nothing else. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, '');
}

/** Counts what was taken out, by kind, for the notes. */
class Removed {
  private readonly counts = new Map<string, { plural: string; count: number }>();
  /** Counts one more of a kind of thing, named in the singular and the plural. */
  add(singular: string, plural = `${singular}s`): void {
    const entry = this.counts.get(singular) ?? { plural, count: 0 };
    entry.count++;
    this.counts.set(singular, entry);
  }
  notes(kind: TemplateKind): string[] {
    return [...this.counts].map(([singular, { plural, count }]) =>
      count === 1
        ? `Could not read 1 ${singular} of the ${NAMES[kind]} template: it was left out. Check that no text of the notice was in it.`
        : `Could not read ${count} ${plural} of the ${NAMES[kind]} template: they were left out. Check that no text of the notice was in them.`,
    );
  }
}

const NAMES: Record<TemplateKind, string> = {
  html: 'HTML',
  vue: 'Vue',
  jsx: 'React (JSX)',
  php: 'PHP',
  jsp: 'JSP',
  ftl: 'FreeMarker',
};

/**
 * A template as HTML of the same lines, and notes on what was left out.
 *
 * @example templateToHtml('<p>Hei {{ name }}</p>', 'vue').html // '<p>Hei </p>'
 * @example templateToHtml('<p><?php echo $x; ?>Kuura Oy</p>', 'php').html // '<p>Kuura Oy</p>'
 */
export function templateToHtml(text: string, kind: TemplateKind): TemplateResult {
  const removed = new Removed();
  let html = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/, blank);
  switch (kind) {
    case 'vue':
      html = vue(html, removed);
      break;
    case 'jsx':
      html = jsx(html, removed);
      break;
    case 'php':
      html = html.replace(/<\?(?:php|=)?[\s\S]*?(?:\?>|$)/g, (code) => {
        removed.add('piece of PHP code', 'pieces of PHP code');
        return blank(code);
      });
      break;
    case 'jsp':
      html = html
        .replace(/<%--[\s\S]*?--%>/g, blank)
        .replace(/<%[\s\S]*?%>/g, (code) => {
          removed.add('piece of JSP code', 'pieces of JSP code');
          return blank(code);
        })
        .replace(/<\/?(?:jsp|c|fmt|fn|spring|form):[^>]*>/g, blank)
        .replace(/\$\{[^}\n]*\}/g, (code) => {
          removed.add('expression');
          return blank(code);
        });
      break;
    case 'ftl':
      html = freemarker(html, removed);
      break;
    case 'html':
      break;
  }
  return { html, notes: removed.notes(kind) };
}

/** A Vue component: its `<template>` only, without `{{ … }}` expressions. */
function vue(text: string, removed: Removed): string {
  const open = /<template(?:\s[^>]*)?>/.exec(text);
  const close = text.lastIndexOf('</template>');
  if (!open || close < open.index) return selfClosing(mustaches(text, removed));
  const start = open.index + open[0].length;
  const inner = text.slice(start, close);
  return (
    blank(text.slice(0, start)) + selfClosing(mustaches(inner, removed)) + blank(text.slice(close))
  );
}

function mustaches(text: string, removed: Removed): string {
  return text.replace(/\{\{[\s\S]*?\}\}/g, (code) => {
    removed.add('expression ({{ … }})', 'expressions ({{ … }})');
    return blank(code);
  });
}

/** `<div />` as `<div></div>`: HTML knows self-closing tags only for void elements. */
function selfClosing(html: string): string {
  return html.replace(/<([A-Za-z][\w.:-]*)(\s[^<>]*?)?\s*\/>/g, (tag, name: string, rest = '') =>
    VOID.has(name.toLowerCase()) ? tag : `<${name}${rest}></${name}>`,
  );
}

/** A FreeMarker page: directives out, macros' text arguments kept, `${…}` out. */
function freemarker(text: string, removed: Removed): string {
  return text
    .replace(/<#--[\s\S]*?-->/g, blank)
    .replace(/<#assign\b[^>]*[^/]>[\s\S]{0,5000}?<\/#assign>/g, blank)
    .replace(/<\/?#[^>]*>/g, blank)
    .replace(/<@[^>]*>/g, (call) => {
      const texts = macroTexts(call);
      if (texts.length === 0) removed.add('macro call');
      return texts.join(' ') + blank(call);
    })
    .replace(/<\/@[^>]*>/g, blank)
    .replace(/\$\{[^}\n]*\}/g, (code) => {
      removed.add('expression (${…})', 'expressions (${…})');
      return blank(code);
    });
}

/**
 * The text a macro call passes on: its unnamed string arguments and those named like text.
 *
 * @example macroTexts('<@u.link href=href label="Lue lisää" />') // ['Lue lisää']
 * @example macroTexts('<@u.scrambleEmail "info@om.fi" />') // ['info@om.fi']
 */
export function macroTexts(call: string): string[] {
  const texts: string[] = [];
  for (const [, name, value] of call.matchAll(/(?:(\w+)\s*=\s*)?"([^"\n]*)"/g)) {
    if (!name || /^(?:label|text|title|name|value|email)$/i.test(name)) texts.push(value);
  }
  return texts;
}

// ---------------------------------------------------------------------------------------------
// JSX

/**
 * A React component's markup: from its first tag to its last, with `{…}` expressions out (their
 * static text kept: `{' '}`, `{"text"}`) and everything around the markup blanked.
 */
function jsx(text: string, removed: Removed): string {
  const start = text.search(/(?<=^|[\s(=>?:,&|])<(?:[a-z][\w-]*(?=[\s/>])|>)/m);
  if (start < 0) return blank(text);
  const last = Math.max(text.lastIndexOf('</'), text.lastIndexOf('/>'));
  const end = last < start ? text.length : text.indexOf('>', last) + 1;
  const markup = expressions(text.slice(start, end), removed);
  return blank(text.slice(0, start)) + selfClosing(markup) + blank(text.slice(end));
}

/** `{…}` in markup: static text kept, comments and code out; `attr={…}` becomes `attr=""`. */
function expressions(markup: string, removed: Removed): string {
  const out: string[] = [];
  let i = 0;
  while (i < markup.length) {
    const open = markup.indexOf('{', i);
    if (open < 0) {
      out.push(markup.slice(i));
      break;
    }
    out.push(markup.slice(i, open));
    const close = matchingBrace(markup, open);
    const code = markup.slice(open + 1, close);
    const inAttribute = /=\s*$/.test(markup.slice(Math.max(0, open - 3), open));
    const literal = /^\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1\s*$/s.exec(code);
    if (inAttribute) {
      out.push('""' + blank(code));
    } else if (literal && !(literal[1] === '`' && literal[2].includes('${'))) {
      out.push(literal[2].replace(/\\(.)/g, '$1') + blank(code.replace(literal[2], '')));
    } else if (/^\s*(?:\/\*[\s\S]*\*\/)?\s*$/.test(code)) {
      out.push(blank(code));
    } else {
      removed.add('expression ({…})', 'expressions ({…})');
      out.push(blank(code));
    }
    i = close + 1;
  }
  return out.join('');
}

/** The index of the `}` that closes the `{` at `open`, strings and template literals skipped. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'" || char === '`') {
      i = stringEnd(text, i);
    } else if (char === '{') {
      depth++;
    } else if (char === '}' && --depth === 0) {
      return i;
    }
  }
  return text.length - 1;
}

/** The index of the quote that closes the string starting at `start`. */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
    else if (text[i] === '\n' && quote !== '`') return i;
  }
  return text.length - 1;
}
