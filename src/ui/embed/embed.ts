import type { EmbedService } from '../../core/embeds.js';
import type { OptionalCategory } from '../../core/types.js';
import buttonsCss from '../buttons.css?inline';
import { h } from '../dom.js';
import embedCss from './embed.css?inline';
import type { EmbedTexts } from './texts.js';

/** The buttons' look shared with the banner and the dialogs (buttons.css), then its own. */
let styles: CSSStyleSheet[] | undefined;

/**
 * @summary The placeholder shown where an embed (a video, a map) waits for consent: it names the
 * service, says what loading it means, and offers to load it this time only or to allow its
 * category. A labelled group of native buttons: keyboard and screen-reader usable as it is.
 *
 * Plain DOM without Lit (`h`, as the banner): it comes in the embeds chunk, which shares nothing
 * with the app chunk (a copy of the little it uses).
 *
 * @csspart button - each button (also `load`, `allow`)
 *
 * @fires seloste-embed-load - the visitor loads this embed once
 * @fires seloste-embed-allow - the visitor allows the embed's category
 */
export class SelosteEmbed extends HTMLElement {
  service!: EmbedService;
  category: OptionalCategory = 'marketing';
  /** The iframe's own title (what the content is), if it has one. */
  label = '';
  /** In the language of the element's `lang` (which may differ from the page's). */
  texts!: EmbedTexts;

  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = styles ??= [buttonsCss, embedCss].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
    const t = this.texts;
    const { service } = this;
    const button = (part: string, text: string, type: string) =>
      h(
        'button',
        {
          type: 'button',
          class: 'button',
          part: `button ${part}`,
          onclick: () => this.dispatchEvent(new Event(type, { bubbles: true, composed: true })),
        },
        text,
      );
    const title = h('p', { class: 'title', id: 'title' }, service.name);
    if (this.label) title.append(`: ${this.label}`);
    const group = h(
      'div',
      { role: 'group', 'aria-labelledby': 'title' },
      title,
      h('p', {}, t.explain(service)),
      h(
        'div',
        { class: 'actions' },
        button('load', t.load[service.kind], 'seloste-embed-load'),
        button('allow', t.allow[this.category], 'seloste-embed-allow'),
      ),
    );
    if (service.privacyUrl) {
      group.append(h('p', {}, h('a', { href: service.privacyUrl, target: '_blank' }, t.privacy)));
    }
    root.append(group);
  }
}
