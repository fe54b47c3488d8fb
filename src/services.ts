/**
 * The services chunk, `<build>/services.js`: the services a page declares beyond the built-in
 * vendors, fetched only on a page that declares some (`data-services`, or a
 * `<script type="application/json" data-seloste-services>` block). It holds the catalogue's
 * texts and the snippets together: one small request serves both the settings (which need the
 * texts) and the vendors (which need the loaders). See docs/services.md.
 */
import type { Integration } from './integrations/integration.js';
import { declareServices, type DeclaredService } from './services/declare.js';
import { scriptsIntegration, SNIPPETS } from './services/snippets.js';

export type { DeclaredService } from './services/declare.js';

export interface Services {
  /** Every service the page declared and Seloste accepted, catalogue ones first. */
  services: DeclaredService[];
  /** One per service that loads a script: a catalogue snippet, or a custom service's `src`. */
  integrations: Integration[];
  /** The script URLs those may load, for the loader's Trusted Types allow-list (by origin). */
  sources: string[];
  /** One message per declaration left out or partly ignored, for `warn` (src/log.ts). */
  problems: string[];
}

/**
 * The services declared on the page: `dataset` is Seloste's tag's, `nonce` the page's CSP nonce
 * (`''` when it has none). Reads the page once; touches no vendor until an integration's `grant`.
 *
 * @example
 * createServices({ services: 'hotjar:1234567 youtube' }, document, '').sources
 * // ['https://static.hotjar.com']
 */
export function createServices(
  dataset: Readonly<Record<string, string | undefined>>,
  doc: Document,
  nonce: string,
): Services {
  const { services, problems } = declareServices(dataset, doc, nonce);
  const integrations: Integration[] = [];
  const sources: string[] = [];
  for (const service of services) {
    const snippet = SNIPPETS[service.id];
    if (snippet && service.account) {
      integrations.push(snippet.create(service.account));
      sources.push(...snippet.origins);
    } else if (service.src.length) {
      integrations.push(scriptsIntegration(service.id, service.category, service.src));
      sources.push(...service.src);
    }
  }
  return { services, integrations, sources, problems };
}
