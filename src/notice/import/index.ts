/**
 * The importer: a privacy notice as published (plain text, Markdown or HTML) into the notice
 * format. Pure functions, text in and notice out; the CLI (`seloste import`) reads the file.
 * Node only: it uses parse5 and marked.
 */
import type { Lang } from '../../core/types.js';
import { LANG_NAMES } from '../notice-schema.js';
import type { Notice } from '../types.js';
import { assemble, type Placement } from './assemble.js';
import { plainText, type ReadResult } from './blocks.js';
import { htmlToBlocks } from './html.js';
import { detectLanguage } from './language.js';
import { markdownToBlocks } from './markdown.js';
import { textToBlocks } from './plain-text.js';

export type { Placement };

export type ImportFormat = 'text' | 'markdown' | 'html';

export interface ImportOptions {
  /** How the document is written. @default guessed from `filename`, else from the text */
  format?: ImportFormat;
  /** The document's file name, for guessing its format from the extension. */
  filename?: string;
  /** The document's language. @default detected from the text */
  lang?: Lang;
  /** Today's date, `YYYY-MM-DD`: the notice's `updated` date when the document states none. */
  today: string;
  /** Keep the document's own wording of known headings (in `headings`) where it differs from Seloste's. @default false */
  keepHeadings?: boolean;
}

export interface ImportResult {
  notice: Notice;
  format: ImportFormat;
  lang: Lang;
  /** Where each heading of the document went: a known section, or an extra section. */
  placed: Placement[];
  /** What could not go into a known section: kept as extra sections, or left out. */
  unplaced: string[];
  /** Guesses and changes worth checking. */
  notes: string[];
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
  const format = options.format ?? guessFormat(text, options.filename);
  const read: ReadResult =
    format === 'html'
      ? htmlToBlocks(text)
      : format === 'markdown'
        ? markdownToBlocks(text)
        : textToBlocks(text);
  const notes = [...read.notes];

  let lang = options.lang;
  if (!lang) {
    const words = read.blocks.map((block) =>
      block.kind === 'text' ? plainText(block.markdown) : block.text,
    );
    const detected = detectLanguage(words.join('\n'));
    lang = detected.lang;
    const sure = detected.certainty >= 0.8 ? '' : ', not for certain';
    notes.unshift(
      `The document looks ${LANG_NAMES[lang]} (${lang}${sure}); use --lang to say otherwise.`,
    );
  }

  const assembled = assemble(read.blocks, {
    lang,
    today: options.today,
    keepHeadings: options.keepHeadings,
  });
  return { ...assembled, format, lang, notes: [...notes, ...assembled.notes] };
}

/**
 * The format of a document: by its file name's extension, else by its look.
 *
 * @example guessFormat('<table><tr><td>…', undefined) // 'html'
 * @example guessFormat('', 'seloste.md') // 'markdown'
 */
export function guessFormat(text: string, filename?: string): ImportFormat {
  const extension = /\.([a-z]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'txt' || extension === 'text') return 'text';
  if (/<(?:!doctype|html|body|p|div|table|h[1-6]|ul)[\s>]/i.test(text)) return 'html';
  if (/^#{1,6}\s\S/m.test(text) || /^\|.+\|\s*$/m.test(text)) return 'markdown';
  return 'text';
}
