/**
 * Reads a notice kept as data in a script: a JavaScript or TypeScript object whose strings are
 * the headings and texts, often one object per language, rendered by code:
 *
 *     const texts = { fi: { title: 'Tietosuojaseloste', sections: [
 *       { heading: '1. Rekisterinpitäjä', content: 'Kuura Oy' }, … ] }, sv: { … } };
 *
 * Strings under heading-like keys (heading, title, otsikko …) become headings, those under
 * text-like keys (content, text, body …) paragraphs; a language key above them (`fi`, `sv`,
 * `en`) gives their language. Only string literals are read; no code runs.
 */
import type { Lang } from '../../core/types.js';
import { escapeMarkdown, LINE_BREAK, paragraph, type Block, type ReadResult } from './blocks.js';

const HEADING_KEYS = /^(?:heading|header|title|otsikko|rubrik|question)$/i;
const TEXT_KEYS =
  /^(?:content|contents|text|body|intro|description|paragraphs?|teksti|sisalto|sisältö|answer|items|points|list)$/i;
const LIST_KEYS = /^(?:items|points|list)$/i;
const LANG_KEYS: Record<string, Lang> = { fi: 'fi', sv: 'sv', en: 'en', se: 'sv' };

/** A string under a key, with where it is. */
interface Entry {
  /** The keys from the outermost object down; array items add no key. */
  path: string[];
  key: string;
  value: string;
  line: number;
  /** It is one of several strings in a list under `key`. */
  inList: boolean;
}

/**
 * The notice in a script's object literals, or undefined when the script holds too few headings
 * and texts to be one (then its markup, if any, is read instead).
 *
 * @example scriptToBlocks("const t = { fi: { sections: [{ heading: 'Rekisterinpitäjä', content: 'Kuura Oy' }, …] } }")
 */
export function scriptToBlocks(source: string): ReadResult | undefined {
  const entries = stringEntries(source);
  const headings = entries.filter((entry) => HEADING_KEYS.test(entry.key));
  const texts = entries.filter((entry) => TEXT_KEYS.test(entry.key));
  if (headings.length < 3 || texts.length < 3) return undefined;

  const blocks: Block[] = [];
  for (const entry of entries) {
    const lang = entry.path.map((key) => LANG_KEYS[key.toLowerCase()]).findLast(Boolean);
    const source = { line: entry.line, ...(lang ? { lang } : {}) };
    if (HEADING_KEYS.test(entry.key)) {
      const top = !entry.path.some((key) => /^(?:sections|items|content|parts|osiot)$/i.test(key));
      blocks.push({ kind: 'heading', text: entry.value.trim(), level: top ? 1 : 2, ...source });
    } else if (TEXT_KEYS.test(entry.key)) {
      if (entry.inList && LIST_KEYS.test(entry.key)) {
        blocks.push({
          kind: 'list',
          markdown: `- ${escapeMarkdown(entry.value.trim())}`,
          ...source,
        });
        continue;
      }
      for (const text of entry.value.split(/\n\s*\n/)) {
        const markdown = escapeMarkdown(text.trim()).replace(/\n/g, LINE_BREAK);
        if (markdown) blocks.push({ ...paragraph(markdown, entry.line, lang) });
      }
    }
  }
  return {
    blocks,
    notes: [
      `Read the notice from the script's strings: ${headings.length} headings and ${texts.length} texts. Code around them was not run.`,
    ],
  };
}

/** Every string literal under a key, in order, with the path of keys above it. */
function stringEntries(source: string): Entry[] {
  const tokens = tokenize(source);
  const entries: Entry[] = [];
  const stack: { key?: string; array: boolean }[] = [];
  let pendingKey: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (
      (token.type === 'name' || token.type === 'string') &&
      next?.value === ':' &&
      !stack.at(-1)?.array
    ) {
      pendingKey = token.value;
      i++;
      continue;
    }
    if (token.value === '{' || token.value === '[') {
      stack.push({
        key: pendingKey ?? (stack.at(-1)?.array ? stack.at(-1)?.key : undefined),
        array: token.value === '[',
      });
      pendingKey = undefined;
    } else if (token.value === '}' || token.value === ']') {
      stack.pop();
      pendingKey = undefined;
    } else if (token.type === 'string') {
      let value = token.value;
      while (tokens[i + 1]?.value === '+' && tokens[i + 2]?.type === 'string') {
        value += tokens[i + 2].value;
        i += 2;
      }
      const parent = stack.at(-1);
      const key = pendingKey ?? (parent?.array ? parent.key : undefined);
      if (key !== undefined) {
        const path = stack.map((level) => level.key).filter((name): name is string => !!name);
        entries.push({
          path,
          key,
          value,
          line: token.line,
          inList: !pendingKey && !!parent?.array,
        });
      }
      pendingKey = undefined;
    } else if (token.value === ',' || token.value === ';') {
      pendingKey = undefined;
    }
  }
  return entries;
}

interface Token {
  type: 'name' | 'string' | 'punct';
  value: string;
  line: number;
}

/**
 * The script's names, string literals (their value) and punctuation; comments and template
 * literals' `${…}` parts left out. Good enough to find object literals; not a JavaScript parser.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === '\n') {
      line++;
      i++;
    } else if (/\s/.test(char)) {
      i++;
    } else if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      line += countLines(source.slice(i, stop));
      i = stop;
    } else if (char === '"' || char === "'" || char === '`') {
      const start = line;
      const { value, end } = readString(source, i);
      line += countLines(source.slice(i, end));
      tokens.push({ type: 'string', value, line: start });
      i = end;
    } else if (/[\p{L}_$]/u.test(char)) {
      const name = /^[\p{L}\p{N}_$]+/u.exec(source.slice(i, i + 200))![0];
      tokens.push({ type: 'name', value: name, line });
      i += name.length;
    } else {
      tokens.push({ type: 'punct', value: char, line });
      i++;
    }
  }
  return tokens;
}

function countLines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count++;
  return count;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '', '0': '' };

/** The value of the string literal at `start` and the index after it. */
function readString(source: string, start: number): { value: string; end: number } {
  const quote = source[start];
  const parts: string[] = [];
  let i = start + 1;
  while (i < source.length && source[i] !== quote) {
    const char = source[i];
    if (char === '\\') {
      const escaped = source[i + 1] ?? '';
      parts.push(ESCAPES[escaped] ?? escaped);
      i += 2;
    } else if (quote === '`' && source.startsWith('${', i)) {
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '{') depth++;
        else if (source[i] === '}' && --depth === 0) break;
      }
      i++;
    } else if (char === '\n' && quote !== '`') {
      break;
    } else {
      parts.push(char);
      i++;
    }
  }
  return { value: parts.join(''), end: i + 1 };
}
