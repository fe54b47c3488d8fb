/**
 * The importer: a privacy notice as published (plain text, Markdown, HTML, a page template or a
 * script holding it as data) into the notice format. The stages, each its own module:
 *
 * 1. a reader turns the document into blocks (plain-text.ts, markdown.ts, html.ts with
 *    templates.ts, script.ts);
 * 2. the passes shared by every reader run over the blocks (passes.ts);
 * 3. the sections are found, and each is placed (sections.ts, assemble.ts, heading-match.ts).
 *
 * Pure functions, text in and notice out; reading files, Word documents and URLs is document.ts.
 * Node only: it uses parse5, marked and Readability.
 */
import type { Lang } from '../../core/types.js';
import { LANG_NAMES } from '../text.js';
import type { Notice } from '../types.js';
import { assemble, type Placement } from './assemble.js';
import { blockText, type Block, type ReadResult } from './blocks.js';
import { htmlToBlocks } from './html.js';
import { detectLanguage } from './language.js';
import { markdownToBlocks } from './markdown.js';
import { runPasses } from './passes.js';
import { textToBlocks } from './plain-text.js';
import { scriptToBlocks } from './script.js';
import { templateKind, templateToHtml } from './templates.js';

export type { Placement };

export type ImportFormat = 'text' | 'markdown' | 'html';

export interface ImportOptions {
  /** How the document is written. @default guessed from `filename`, else from the text */
  format?: ImportFormat;
  /** The document's file name, for guessing its format (and template language) by extension. */
  filename?: string;
  /** The document's language; a document in several languages is then read as one. @default detected */
  lang?: Lang;
  /** Today's date, `YYYY-MM-DD`: the notice's `updated` date when the document states none. */
  today: string;
  /** Keep the document's own wording of known headings (in `headings`) where it differs from Seloste's. @default false */
  keepHeadings?: boolean;
  /** Which notice to import, from 1, when the document holds several. @default 1 */
  part?: number;
}

export interface ImportResult {
  notice: Notice;
  format: ImportFormat;
  /** The main language. */
  lang: Lang;
  /** Every language the notice was imported in, main first. */
  languages: Lang[];
  /** How many notices the document holds, and which of them this is. */
  parts: number;
  part: number;
  /** Where each heading of the document went: a known section, or an extra section. */
  placed: Placement[];
  /** What could not go into a known section: kept as extra sections, or left out. */
  unplaced: string[];
  /** Guesses worth checking. */
  guessed: string[];
  /** Other changes and findings. */
  notes: string[];
}

/** The largest document the importer reads, in characters: notices are a few pages long. */
export const MAX_DOCUMENT_CHARACTERS = 2_000_000;

/** A document too large to be a privacy notice. */
export class DocumentTooLargeError extends Error {
  override name = 'DocumentTooLargeError';
}

/**
 * Reads a published privacy notice into the notice format.
 *
 * @example
 * const { notice, unplaced, notes } = importNotice(await readFile('seloste.txt', 'utf8'), {
 *   filename: 'seloste.txt',
 *   today: '2026-11-22',
 * });
 */
export function importNotice(text: string, options: ImportOptions): ImportResult {
  if (text.length > MAX_DOCUMENT_CHARACTERS) {
    throw new DocumentTooLargeError(
      `The document has ${text.length.toLocaleString('en')} characters; a privacy notice has far fewer, and Seloste reads at most ${MAX_DOCUMENT_CHARACTERS.toLocaleString('en')}. Import the notice alone, not a whole site or a database dump.`,
    );
  }
  const format = options.format ?? guessFormat(text, options.filename);
  const read = readBlocks(text, format, options.filename);
  const notes = [...read.notes];
  const blocks = runPasses(read.blocks, notes);

  const detected = detectLanguage(blocks.map(blockText).join('\n'));
  const fallbackLang = options.lang ?? detected.lang;
  const assembled = assemble(blocks, {
    lang: options.lang,
    fallbackLang,
    today: options.today,
    keepHeadings: options.keepHeadings,
    part: options.part,
  });
  const [lang] = assembled.languages;
  if (!options.lang && assembled.languages.length === 1) {
    const sure = detected.certainty >= 0.8 ? '' : ', not for certain';
    notes.unshift(
      `The document looks ${LANG_NAMES[lang]} (${lang}${sure}); use --lang to say otherwise.`,
    );
  }
  const { notice, languages, parts, part, placed, unplaced, guessed } = assembled;
  return {
    notice,
    format,
    lang,
    languages,
    parts,
    part,
    placed,
    unplaced,
    guessed,
    notes: [...new Set([...notes, ...assembled.notes])],
  };
}

/** The blocks of a document in `format`; a page template or a script is read as HTML. */
function readBlocks(text: string, format: ImportFormat, filename?: string): ReadResult {
  if (format === 'markdown') return markdownToBlocks(text);
  if (format === 'text') return textToBlocks(text);
  const kind = templateKind(filename, text);
  if (kind === 'jsx') {
    const script = scriptToBlocks(text);
    if (script) return script;
  }
  const template = templateToHtml(text, kind);
  const read = htmlToBlocks(template.html);
  // A Word document's HTML comes from mammoth on one line: its lines mean nothing.
  const blocks = /\.docx$/i.test(filename ?? '') ? read.blocks.map(withoutLine) : read.blocks;
  return { blocks, notes: [...template.notes, ...read.notes] };
}

function withoutLine(block: Block): Block {
  const copy = { ...block };
  delete copy.line;
  return copy;
}

/**
 * The format of a document: by its file name's extension (page templates and scripts are HTML),
 * else by its look.
 *
 * @example guessFormat('<table><tr><td>…', undefined) // 'html'
 * @example guessFormat('', 'seloste.md') // 'markdown'
 * @example guessFormat('', 'tietosuoja.vue') // 'html'
 */
export function guessFormat(text: string, filename?: string): ImportFormat {
  const extension = /\.([a-z]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase() ?? '';
  if (['html', 'htm', 'xhtml', 'shtml'].includes(extension)) return 'html';
  if (['md', 'markdown', 'mdx'].includes(extension)) return 'markdown';
  if (['txt', 'text', 'tsv'].includes(extension)) return 'text';
  if (templateKind(filename, '') !== 'html') return 'html';
  const head = text.slice(0, 50_000);
  if (/<(?:!doctype|html|body|p|div|table|h[1-6]|ul|template)[\s>]/i.test(head)) return 'html';
  if (
    /^#{1,6}\s\S/m.test(head) ||
    /^\|.+\|\s*$/m.test(head) ||
    /^\S.*\n(?:={3,}|-{3,})\s*$/m.test(head)
  )
    return 'markdown';
  return 'text';
}
