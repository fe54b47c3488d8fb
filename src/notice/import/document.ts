/**
 * Getting a document's text for the importer: bytes in any of the encodings Finnish notices are
 * saved in, Word documents (.docx, through mammoth) and web pages fetched by URL (with a
 * timeout, a size limit, a few redirects and a clear error for each failure). Node only.
 */
import mammoth from 'mammoth';
import { decodeText } from './decode-text.js';
import type { ImportFormat } from './index.js';

/** The largest file or download read, in bytes. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The most a Word document may unpack to, in bytes: more is no notice, but a zip bomb. */
const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

/** A document that cannot be read; the message says why, for the site owner. */
export class DocumentError extends Error {
  override name = 'DocumentError';
}

/** A document's text, the format it is in when its kind says so, and what was noticed. */
export interface DocumentText {
  text: string;
  /** Set when the kind of file decides it: a Word document is read as HTML. */
  format?: ImportFormat;
  notes: string[];
}

/**
 * The text of a document's bytes: a Word document converted to HTML, other files decoded from
 * UTF-8, UTF-16 with a byte order mark, or Windows-1252 as older Finnish pages were saved.
 *
 * @example (await readDocument(await readFile('seloste.docx'), 'seloste.docx')).format // 'html'
 */
export async function readDocument(bytes: Uint8Array, filename = ''): Promise<DocumentText> {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(
      `${filename || 'The document'} is ${megabytes(bytes.length)}; Seloste reads documents of up to ${megabytes(MAX_DOCUMENT_BYTES)}. A privacy notice is far smaller: import the notice alone.`,
    );
  }
  if (isZip(bytes)) {
    if (/\.(?:doc|odt|pages)$/i.test(filename)) {
      throw new DocumentError(`${filename} is not a .docx file: save it as .docx (Word) first.`);
    }
    return readDocx(bytes, filename);
  }
  if (/\.doc$/i.test(filename) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new DocumentError(
      `${filename || 'The document'} is an old Word file (.doc): open it in Word or LibreOffice and save it as .docx, then import that.`,
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new DocumentError(
      `${filename || 'The document'} is a PDF, which Seloste cannot read: copy its text into a .txt file, or import the Word or web version of the notice.`,
    );
  }
  const decoded = decodeText(bytes);
  if (!decoded) throw new DocumentError(`${filename || 'The document'} is not a text file.`);
  const notes = decoded.legacy ? ['The file was read as Windows-1252, not UTF-8.'] : [];
  return { text: decoded.text, notes };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The sizes a ZIP file says its files unpack to, from its central directory, or undefined when
 * that cannot be read.
 */
function unpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return total;
}

/** A Word document as HTML, through mammoth: headings, paragraphs, lists, tables, bold. */
async function readDocx(bytes: Uint8Array, filename: string): Promise<DocumentText> {
  const name = filename || 'The document';
  const size = unpackedSize(bytes);
  if (size === undefined)
    throw new DocumentError(`${name} is not a Word document that can be read (.docx).`);
  if (size > MAX_UNPACKED_BYTES) {
    throw new DocumentError(
      `${name} unpacks to ${megabytes(size)}, more than a Word notice can be; it was not read.`,
    );
  }
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    const notes = ['Read the Word document through mammoth, as HTML.'];
    const warnings = result.messages.filter((message) => message.type === 'warning').length;
    if (warnings > 0) {
      notes.push(
        `${warnings} thing${warnings === 1 ? '' : 's'} in the Word document (such as unknown styles) could not be carried over exactly; check the formatting.`,
      );
    }
    return { text: result.value, format: 'html', notes };
  } catch (error) {
    throw new DocumentError(
      `${name} could not be read as a Word document (.docx): ${(error as Error).message}.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// URLs

export interface FetchOptions {
  /** Give up after this long, in milliseconds. @default 20000 */
  timeout?: number;
  /** Refuse a page larger than this, in bytes. @default MAX_DOCUMENT_BYTES */
  maxBytes?: number;
  /** Follow at most this many redirects. @default 5 */
  maxRedirects?: number;
  /** For tests: the fetch to use. @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** A fetched document: its bytes, a file name for guessing its format, and where it came from. */
export interface Fetched {
  bytes: Uint8Array;
  /** The last part of the final URL's path, with an extension by its content type. */
  filename: string;
  contentType: string;
  /** The URL after redirects. */
  url: string;
}

/** Content types and the extension the importer knows them by. */
const TYPES: [RegExp, string][] = [
  [/^text\/html|^application\/xhtml\+xml/, 'html'],
  [/^text\/markdown/, 'md'],
  [/^text\/plain/, 'txt'],
  [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/, 'docx'],
];

/**
 * Fetches a published notice: http and https only, following up to `maxRedirects` redirects
 * (each checked again), within `timeout`, and no more than `maxBytes`. Every failure is a
 * `DocumentError` saying what went wrong.
 *
 * @example const page = await fetchDocument('https://kuura.example/tietosuojaseloste');
 */
export async function fetchDocument(address: string, options: FetchOptions = {}): Promise<Fetched> {
  const { timeout = 20_000, maxBytes = MAX_DOCUMENT_BYTES, maxRedirects = 5 } = options;
  const fetcher = options.fetch ?? fetch;
  let url = checkedUrl(address);
  const signal = AbortSignal.timeout(timeout);
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await fetcher(url, {
        redirect: 'manual',
        signal,
        headers: {
          accept: 'text/html, text/plain;q=0.9, */*;q=0.5',
          'user-agent': 'seloste-import',
        },
      });
    } catch (error) {
      throw new DocumentError(fetchFailure(url, error, timeout));
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location)
        throw new DocumentError(
          `${url.href} redirects (${response.status}) without saying where to.`,
        );
      if (redirects >= maxRedirects) {
        throw new DocumentError(
          `${address} redirects more than ${maxRedirects} times; stopped at ${url.href}.`,
        );
      }
      url = checkedUrl(new URL(location, url).href, url.href);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      const why =
        response.status === 404 || response.status === 410 ? ': there is no such page' : '';
      throw new DocumentError(
        `${url.href} answered ${response.status} ${response.statusText}${why}.`.replace(' .', '.'),
      );
    }
    const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
    const known = TYPES.find(([pattern]) => pattern.test(contentType));
    if (contentType && !known) {
      await response.body?.cancel();
      throw new DocumentError(
        `${url.href} is ${contentType.split(';')[0]}, not a web page, text or Word document.`,
      );
    }
    const bytes = await readLimited(response, url.href, maxBytes, timeout, signal);
    const text = known && known[1] !== 'docx' ? decodeCharset(bytes, contentType) : undefined;
    const base = decodeURIComponent(url.pathname.split('/').pop() || 'index').replace(
      /[^\w.-]/g,
      '_',
    );
    const extension = known?.[1] ?? 'html';
    const filename = base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
    return {
      bytes: text === undefined ? bytes : new TextEncoder().encode(text),
      filename,
      contentType,
      url: url.href,
    };
  }
}

/** The URL, or a `DocumentError` when it is none or not http(s). */
function checkedUrl(address: string, from?: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new DocumentError(`"${address}" is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const where = from ? ` (${from} redirects there)` : '';
    throw new DocumentError(
      `Only http and https addresses can be imported, not ${url.protocol}${where}.`,
    );
  }
  if (url.username || url.password) {
    throw new DocumentError('Leave the user name and password out of the address.');
  }
  return url;
}

/** What went wrong with a fetch, in words. */
function fetchFailure(url: URL, error: unknown, timeout: number): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `${url.href} did not answer within ${timeout / 1000} s.`;
  }
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot find the host ${url.hostname}: check the address (and the network).`;
    case 'ECONNREFUSED':
      return `${url.host} refused the connection.`;
    case 'ECONNRESET':
      return `${url.host} closed the connection.`;
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `${url.host}'s certificate cannot be trusted (${cause.code}).`;
  }
  return `${url.href} could not be fetched: ${cause?.message ?? (error as Error).message}.`;
}

/** The body, up to `maxBytes`; a `DocumentError` beyond that. */
async function readLimited(
  response: Response,
  url: string,
  maxBytes: number,
  timeout: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new DocumentError(
      `${url} is larger than ${megabytes(maxBytes)}, more than a privacy notice can be; it was not read.`,
    );
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    if (signal.aborted) {
      throw new DocumentError(`${url} did not finish loading within ${timeout / 1000} s.`);
    }
    throw new DocumentError(`${url} broke off while loading: ${(error as Error).message}.`);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Text in the charset the response or the page names, else as `decodeText` guesses. */
function decodeCharset(bytes: Uint8Array, contentType: string): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 2048));
  const charset =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  if (charset) {
    try {
      return new TextDecoder(charset.toLowerCase()).decode(bytes);
    } catch {
      // An unknown charset: guess, as for a file.
    }
  }
  return decodeText(bytes)?.text;
}
