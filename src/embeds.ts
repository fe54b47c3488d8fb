/**
 * The embeds chunk, `<build>/embeds.js`: iframes held back until consent,
 * `<iframe data-seloste-src="https://…" data-seloste-category="marketing" title="…">`. The loader
 * imports it only on a page that has some. Each waits behind a placeholder of its size until
 * its category is granted, or until the visitor loads it this time only; a withdrawal (without
 * the reload) puts the placeholder back.
 *
 * It imports nothing from the app chunk (see docs/architecture.md; the few lines of define.ts
 * are copied in): decisions go through `window.seloste`, and news of them comes as
 * `seloste-change` events.
 */
import { recogniseEmbed, type EmbedService } from './core/embeds.js';
import { allows } from './core/consent.js';
import type { Choice, Lang, OptionalCategory } from './core/types.js';
import { define } from './define.js';
import { SelosteEmbed } from './ui/embed/embed.js';
import { EMBED_TEXTS } from './ui/embed/texts.js';

interface Embed {
  frame: HTMLIFrameElement;
  service: EmbedService;
  src: string;
  category: OptionalCategory;
  placeholder?: SelosteEmbed;
  /** Loaded by the visitor's "this time only": stays until the page is left. */
  once?: boolean;
}

/**
 * Holds back or loads each iframe in `frames` (taken by the loader from the page as served) as
 * `choice` says, and follows every later decision.
 */
export function mountEmbeds(
  frames: readonly HTMLIFrameElement[],
  { lang, choice, warn }: { lang: Lang; choice: Choice | null; warn: (message: string) => void },
): void {
  define('seloste-embed', SelosteEmbed);
  const embeds: Embed[] = [];
  for (const frame of frames) {
    const value = frame.dataset.selosteSrc!;
    let category = frame.dataset.selosteCategory as OptionalCategory;
    if (category !== 'analytics' && category !== 'marketing') {
      warn(
        `<iframe data-seloste-src="${value}">: data-seloste-category="${category ?? ''}" ignored: expected analytics | marketing; held back as marketing.`,
      );
      category = 'marketing';
    }
    const found = recogniseEmbed(value, location.origin);
    if ('problem' in found) {
      warn(`<iframe data-seloste-src="${value}"> never loads: ${found.problem}.`);
      continue;
    }
    embeds.push({ frame, category, ...found });
  }

  const load = (embed: Embed) => {
    const { frame, placeholder } = embed;
    frame.style.removeProperty('display');
    if (frame.getAttribute('src') !== embed.src) frame.src = embed.src;
    embed.placeholder = undefined;
    if (placeholder) {
      // Focus goes on to the content it stood for, not to the page's start.
      const focused = placeholder.shadowRoot?.activeElement;
      placeholder.remove();
      if (focused) frame.focus();
    }
  };

  const hold = (embed: Embed) => {
    const { frame } = embed;
    if (embed.placeholder) return;
    // The placeholder takes the iframe's size: its width attribute (else its width on the
    // page), and the proportions of its width and height.
    const box = frame.getBoundingClientRect();
    const width = Number(frame.getAttribute('width')) || box.width || 560;
    const height = Number(frame.getAttribute('height')) || box.height || 315;
    frame.removeAttribute('src');
    frame.style.setProperty('display', 'none', 'important');
    const placeholder = Object.assign(new SelosteEmbed(), {
      service: embed.service,
      category: embed.category,
      label: frame.title,
      texts: EMBED_TEXTS[lang],
      lang,
    });
    placeholder.style.width = `${width}px`;
    placeholder.style.aspectRatio = `${width} / ${height}`;
    placeholder.addEventListener('seloste-embed-load', () => {
      embed.once = true;
      load(embed);
    });
    placeholder.addEventListener('seloste-embed-allow', () => {
      void window.seloste?.setConsent({
        [embed.category]: true,
        services: { [embed.service.id]: true },
      });
    });
    embed.placeholder = placeholder;
    frame.before(placeholder);
  };

  const follow = (now: Choice | null) => {
    for (const embed of embeds) {
      if (allows(now, embed.category, embed.service.id)) load(embed);
      else if (!embed.once) hold(embed);
    }
  };
  follow(choice);
  document.addEventListener('seloste-change', (e) => follow(e.detail));
}
