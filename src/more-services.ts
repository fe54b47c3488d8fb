/**
 * The services beyond the built-in vendors, for the consent manager, the settings and the
 * notice: those the owner names or declares (the services chunk, `services.ts`) and those of the
 * embeds held back on the page. A chunk of its own, loaded only on a page that has some.
 */
import { recogniseEmbed } from './core/embeds.js';
import type { Problem } from './core/config.js';
import { SERVICES_BLOCK } from './core/services.js';
import type { Lang } from './core/types.js';
import type { PageService } from './page-services.js';
import type * as ServicesChunk from './services.js';
import { EMBED_TEXTS } from './ui/embed/texts.js';

/** What the app chunk lends: the tag's attributes, and the loader's chunks and reports. */
export interface MoreContext {
  readonly dataset: Readonly<Record<string, string | undefined>>;
  readonly lang: Lang;
  readonly nonce: string;
  load(name: 'services'): Promise<typeof ServicesChunk>;
  report(problems: readonly Problem[]): unknown;
}

/**
 * The declared services (catalogue entries first), then those of the page's embeds that are
 * not among them. Declaration mistakes are reported (once, whichever chunk names them first).
 */
export async function moreServices(
  frames: readonly HTMLIFrameElement[],
  { dataset, lang, nonce, load, report }: MoreContext,
): Promise<PageService[]> {
  const declared =
    dataset.services || document.querySelector(SERVICES_BLOCK)
      ? await load('services').then(
          (chunk) => chunk.createServices(dataset, document, nonce, { info: true }),
          () => undefined,
        )
      : undefined;
  report(declared?.problems.map((message) => ['!service', message]) ?? []);
  const named: PageService[] = declared?.services ?? [];
  return [
    ...named,
    ...embedServices(frames, lang).filter((embed) => !named.some(({ id }) => id === embed.id)),
  ];
}

/** The services of the embeds in `frames`, one entry each, as the embeds chunk will see them. */
export function embedServices(frames: readonly HTMLIFrameElement[], lang: Lang): PageService[] {
  const services = new Map<string, PageService>();
  for (const frame of frames) {
    const found = recogniseEmbed(frame.dataset.selosteSrc!, location.origin);
    if ('problem' in found || services.has(found.service.id)) continue;
    const texts = EMBED_TEXTS[lang];
    const service =
      found.service.id === 'embed' ? { ...found.service, name: texts.other } : found.service;
    const category = frame.dataset.selosteCategory === 'analytics' ? 'analytics' : 'marketing';
    services.set(service.id, {
      id: service.id,
      category,
      name: service.name,
      provider: service.provider ?? '',
      purpose: { [lang]: texts.explain(service) },
      transferTo: service.transferTo,
      privacyUrl: service.privacyUrl,
      cookies: [],
      patterns: [],
    });
  }
  return [...services.values()];
}
