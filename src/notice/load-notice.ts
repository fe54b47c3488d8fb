/**
 * Fetches and checks the notice JSON: the only `fetch` of the widget. Never throws except for
 * an abort; every failure comes back as an error kind the modal can explain to the visitor,
 * with a detail that names the exact problem for the console.
 */
import { parseNotice, type NoticeIssue } from './notice-schema.js';
import { sanitizerReady } from './rich-text.js';
import type { Notice } from './types.js';

type NoticeError = 'not-found' | 'unavailable' | 'invalid';

export type LoadedNotice =
  | { notice: Notice; warnings: NoticeIssue[]; error?: undefined }
  | { notice?: undefined; error: NoticeError; detail: string };

/**
 * The largest notice read: ten times the longest real notice seen. A larger file is a mistake
 * (a whole site exported, say), and would hold the page's main thread for seconds.
 */
export const MAX_NOTICE_CHARS = 512 * 1024;

const issueList = (issues: readonly NoticeIssue[]) =>
  issues.map(({ path, message }) => (path ? `${path}: ${message}` : message)).join('; ');

/**
 * The notice at `url`, checked. `early` is its response when the request was made already
 * (`dialogs.ts` makes it as the notice is asked for, so that it travels while this chunk does;
 * the same request as here).
 */
export async function loadNotice(
  url: string,
  signal?: AbortSignal,
  early?: Promise<Response>,
): Promise<LoadedNotice> {
  let response: Response;
  // The sanitizer, where it must be fetched, comes while the notice does.
  const sanitizer = sanitizerReady().catch(() => undefined);
  try {
    [response] = await Promise.all([
      early ?? fetch(url, { signal, headers: { accept: 'application/json' } }),
      sanitizer,
    ]);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { error: 'unavailable', detail: `the notice ${url} could not be fetched (${error}).` };
  }
  if (!response.ok) {
    return {
      error: response.status === 404 || response.status === 410 ? 'not-found' : 'unavailable',
      detail: `the notice ${url} answered ${response.status} ${response.statusText}.`.replace(
        ' .',
        '.',
      ),
    };
  }
  let json: unknown;
  try {
    const text = await response.text();
    if (text.length > MAX_NOTICE_CHARS) {
      return {
        error: 'invalid',
        detail: `the notice ${url} is ${Math.ceil(text.length / 1024)} KB; at most ${MAX_NOTICE_CHARS / 1024} KB is read.`,
      };
    }
    json = JSON.parse(text);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { error: 'invalid', detail: `the notice ${url} is not valid JSON (${error}).` };
  }
  const { notice, errors, warnings } = parseNotice(json);
  if (!notice) {
    return {
      error: 'invalid',
      detail: `the notice ${url} does not follow the format: ${issueList(errors)}`,
    };
  }
  return { notice, warnings };
}
