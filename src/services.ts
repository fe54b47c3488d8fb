/**
 * The services chunk, `<build>/services.js`: the services a page declares beyond the built-in
 * vendors, fetched only on a page that declares some (`data-services`, or a
 * `<script type="application/json" data-seloste-services>` block). It carries the catalogue's
 * index and the reading of `data-services`. The rest comes in chunks of their own, each fetched
 * only when needed: per catalogue service its texts (for the settings, the notice, a
 * placeholder) and its loader (for the vendors side), and the checking of JSON blocks. See
 * docs/services.md.
 */
import type { Integration } from './integrations/integration.js';
import { CATALOGUE } from './services/catalogue.js';
import {
  BUILT_IN,
  parseServiceList,
  readServiceBlocks,
  type DeclaredService,
} from './services/declare.js';

export type { DeclaredService } from './services/declare.js';

export interface Services {
  /** Every service the page declared and Seloste accepted, catalogue ones first (with `info`). */
  services: DeclaredService[];
  /** One per service that loads a script: a catalogue snippet, or a custom `src` (with `loaders`). */
  integrations: Integration[];
  /** The script URLs those may load, for the loader's Trusted Types allow-list (by origin). */
  sources: string[];
  /** One message per declaration left out or partly ignored, for `warn` (src/log.ts). */
  problems: string[];
}

/** What to fetch: the texts (`info`), the loaders (`loaders`), or, by default, both. */
export interface Wanted {
  info?: boolean;
  loaders?: boolean;
}

/**
 * The services declared on the page: `dataset` is Seloste's tag's, `nonce` the page's CSP nonce
 * (`''` when it has none). Reads the page and fetches what `want` asks for of the entries it
 * names: the vendors side needs only `loaders`, the settings only `info`. Touches no vendor
 * until an integration's `grant`. Never rejects: a chunk that cannot be fetched is named in
 * `problems` and its service left out. Each call reports the page's problems again, so call it
 * once with both, or name problems once (a `Set`).
 *
 * @example
 * (await createServices({ services: 'hotjar:1234567 youtube' }, document, '')).sources
 * // ['https://static.hotjar.com']
 */
export async function createServices(
  dataset: Readonly<Record<string, string | undefined>>,
  doc: Document,
  nonce: string,
  want: Wanted = { info: true, loaders: true },
): Promise<Services> {
  const listed = parseServiceList(dataset.services);
  const blocks = readServiceBlocks(doc, nonce);
  const problems = [...listed.problems, ...blocks.problems];
  /** `chunk`, or undefined after a message naming `what`. */
  const fetch = <T>(chunk: (() => Promise<T>) | false | undefined, what: string) =>
    chunk
      ? chunk().catch(
          () =>
            void problems.push(`${what} could not be fetched (offline, or blocked?); left out.`),
        )
      : undefined;

  const [infos, loaders, custom] = await Promise.all([
    Promise.all(
      listed.named.map(({ id }) =>
        fetch(want.info && CATALOGUE[id]!.info, `data-services: service "${id}"`),
      ),
    ),
    Promise.all(
      listed.named.map(({ id, account }) =>
        fetch(!!account && want.loaders && CATALOGUE[id]!.loader, `data-services: service "${id}"`),
      ),
    ),
    blocks.entries.length
      ? fetch(() => import('./services/custom.js'), 'data-seloste-services: the block checker')
      : undefined,
  ]);

  const services: DeclaredService[] = [];
  const integrations: Integration[] = [];
  const sources: string[] = [];
  listed.named.forEach(({ account }, index) => {
    const info = infos[index]?.info;
    if (info) services.push({ ...info, origin: 'catalogue', src: [], ...(account && { account }) });
    const loader = loaders[index];
    if (loader && account) {
      integrations.push(loader.create(account));
      sources.push(...loader.origins);
    }
  });
  if (custom) {
    const declared = custom.parseCustomServices(blocks.entries, new URL(doc.URL), BUILT_IN);
    problems.push(...declared.problems);
    for (const service of declared.services) {
      if (want.info) services.push(service);
      if (want.loaders && service.src.length) {
        integrations.push(custom.scriptsIntegration(service.id, service.category, service.src));
        sources.push(...service.src);
      }
    }
  }
  return { services, integrations, sources, problems };
}
