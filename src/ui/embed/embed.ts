import type { EmbedService } from '../../core/embeds.js';
import type { OptionalCategory } from '../../core/types.js';
import embedCss from './embed.css?inline';
import type { EmbedTexts } from './texts.js';

let styles: CSSStyleSheet | undefined;

/**
 * @summary The placeholder shown where an embed (a video, a map) waits for consent: it names the
 * service, says what loading it means, and offers to load it this time only or to allow its
 * category. A labelled group of native buttons: keyboard and screen-reader usable as it is.
 *
 * Plain DOM without Lit: it comes in the embeds chunk, which shares nothing with the app chunk.
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
    styles ??= new CSSStyleSheet();
    styles.replaceSync(embedCss);
    root.adoptedStyleSheets = [styles];
    const t = this.texts;
    const { service } = this;
    const el = <K extends keyof HTMLElementTagNameMap>(
      tag: K,
      props: Partial<HTMLElementTagNameMap[K]>,
      ...children: (Node | string)[]
    ) => {
      const node = Object.assign(document.createElement(tag), props);
      node.append(...children);
      return node;
    };
    const button = (part: string, text: string, type: string) => {
      const node = el('button', { type: 'button' }, text);
      node.setAttribute('part', `button ${part}`);
      node.addEventListener('click', () =>
        this.dispatchEvent(new Event(type, { bubbles: true, composed: true })),
      );
      return node;
    };
    const title = el('p', { className: 'title', id: 'title' }, service.name);
    if (this.label) title.append(`: ${this.label}`);
    const group = el(
      'div',
      {},
      title,
      el('p', {}, t.explain(service)),
      el(
        'div',
        { className: 'actions' },
        button('load', t.load[service.kind], 'seloste-embed-load'),
        button('allow', t.allow[this.category], 'seloste-embed-allow'),
      ),
    );
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', 'title');
    if (service.privacyUrl) {
      group.append(el('p', {}, el('a', { href: service.privacyUrl, target: '_blank' }, t.privacy)));
    }
    root.append(group);
  }
}
