/**
 * Fetches and checks the notice JSON: the only `fetch` of the widget. Never throws except for
 * an abort; every failure comes back as an error kind the modal can explain to the visitor,
 * with a detail that names the exact problem for the console.
 */
import { parseNotice, type NoticeIssue } from './notice-schema.js';
import type { Notice } from './types.js';

type NoticeError = 'not-found' | 'unavailable' | 'invalid';

export type LoadedNotice =
  | { notice: Notice; warnings: NoticeIssue[]; error?: undefined }
  | { notice?: undefined; error: NoticeError; detail: string };

const issueList = (issues: readonly NoticeIssue[]) =>
  issues.map(({ path, message }) => (path ? `${path}: ${message}` : message)).join('; ');

export async function loadNotice(url: string, signal?: AbortSignal): Promise<LoadedNotice> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
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
    json = JSON.parse(await response.text());
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
