/**
 * The cookies of the services a Seloste site names or declares beyond the built-in vendors
 * (`data-services`, `<script type="application/json" data-seloste-services>`): the widget lists
 * them in its settings and its notice, so for the scan they are declared.
 */
import { CATALOGUE } from '../services/catalogue.js';
import { parseServiceList } from '../services/declare.js';

/** `_hjSessionUser_<id>` → `_hjSessionUser_*`, the form `matchesCookie` reads. */
const asPattern = (name: string) => name.replace(/<[^>]*>.*$/, '*');

/**
 * Cookie names and patterns of the catalogue services in `services` (the tag's `data-services`)
 * and of the services in the JSON `blocks`' texts. Unreadable blocks and entries are skipped:
 * the widget names those mistakes itself, in the page's console.
 *
 * @example
 * await declaredServiceCookies('hotjar:123', ['[{"id":"chat","cookies":[{"name":"chat_id"}]}]'])
 * // ['_hjSessionUser_*', '_hjSession_*', '_hj*', 'chat_id']
 */
export async function declaredServiceCookies(
  services: string | undefined,
  blocks: readonly string[],
): Promise<string[]> {
  const names: string[] = [];
  for (const { id } of parseServiceList(services).named) {
    const { info } = await CATALOGUE[id]!.info();
    names.push(...info.cookies.map(({ name }) => asPattern(name)), ...info.patterns);
  }
  for (const text of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    const list = Array.isArray(data) ? data : (data as { services?: unknown } | null)?.services;
    for (const entry of Array.isArray(list) ? list : []) {
      const cookies = (entry as { cookies?: unknown } | null)?.cookies;
      for (const cookie of Array.isArray(cookies) ? cookies : []) {
        const name = (cookie as { name?: unknown } | null)?.name;
        if (typeof name === 'string' && name) names.push(asPattern(name));
      }
    }
  }
  return names;
}
