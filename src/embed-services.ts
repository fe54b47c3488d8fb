/**
 * The services of the embeds held back on the page, for the settings and the notice: a chunk
 * of its own, loaded only on a page with embeds.
 */
import { recogniseEmbed } from './core/embeds.js';
import type { Lang } from './core/types.js';
import type { PageService } from './page-services.js';
import { EMBED_TEXTS } from './ui/embed/texts.js';

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
