import type { Layout } from '../../core/config.js';
import { ACCEPT_ALL, REJECT_ALL } from '../../core/consent.js';
import type { Choice } from '../../core/types.js';
import { SelosteChoiceEvent, SelosteOpenEvent, type OpenTarget } from '../../events.js';
import type { BannerTexts } from '../../i18n/texts.js';
import { checkOwnerColours } from '../owner-colours.js';
import type { Scheme } from '../scheme.js';
import { h } from '../dom.js';
import { buttons, sheet, tokens } from '../styles.js';
import bannerCss from './banner.css?inline';

const bannerStyles = sheet(bannerCss);

/**
 * @summary The first layer: a short notice with Accept all, Reject all and Settings, all of
 * equal weight, and a link to the privacy notice. A labelled, non-modal region: it never
 * takes focus or scrolls the page, and being fixed it shifts no layout.
 *
 * While it shows, the page gets room for it at the end and a scroll padding of its height,
 * so that a page control focused by Tab scrolls clear of it (WCAG 2.4.11) rather than behind
 * (see `_room`).
 *
 * It is the one element every first visit shows, so it is a plain custom element built with a
 * few DOM calls: its texts and options are set once, before it is connected, and nothing in it
 * ever re-renders, so Lit (about 3 KB, and its start-up work) would buy nothing on the path
 * every visitor takes. The dialogs, fetched on demand, are full Lit elements.
 *
 * @csspart banner - the fixed box
 * @csspart title - the heading
 * @csspart text - the paragraph
 * @csspart gpc - the note that the browser's Global Privacy Control signal is honoured
 * @csspart notice-link - the link to the privacy notice
 * @csspart actions - the row of buttons
 * @csspart button - each button (also `accept`, `reject`, `settings`)
 *
 * @cssproperty --seloste-z-index - stacking order of the banner
 *
 * @fires seloste-choice - the visitor accepted or rejected all
 * @fires seloste-open - the visitor asked for the settings or the notice (fired from the control)
 */
export class SelosteBanner extends HTMLElement {
  texts!: BannerTexts;
  /**
   * Where the link to the privacy notice points (a deep link such as `#tietosuojaseloste`,
   * which opens the notice even without this element's script); no link when empty.
   */
  noticeLink = '';
  layout: Layout = 'bar';
  /** Whether the browser's Global Privacy Control signal is honoured: the banner says so. */
  gpc = false;
  /**
   * Light or dark, resolved from the owner's theme before the banner joins the page
   * (`resolveScheme`): read here, it would make the browser compute the page's styles twice.
   */
  scheme: Scheme = 'light';

  /**
   * The page's room for the banner while it shows: a `scroll-padding` of the height it covers
   * at the viewport's bottom keeps focused controls above it, and a padding as tall lets the
   * last ones scroll up clear of it. The padding only adds room below the content, so nothing
   * on the page moves. Kept to the banner's size as that changes.
   */
  private readonly _room = new CSSStyleSheet();
  private readonly _resize = new ResizeObserver(() => {
    const box = this.shadowRoot!.querySelector('section')!;
    const covered = innerHeight - box.getBoundingClientRect().top;
    this._room.replaceSync(`html{scroll-padding-bottom:${covered}px;padding-bottom:${covered}px}`);
  });

  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [tokens, buttons, bannerStyles];
    // For the stylesheets: `:host([layout=…])`, and `:host([scheme=dark])` as the page looks now.
    this.setAttribute('layout', this.layout);
    this.setAttribute('scheme', this.scheme);
    root.append(this._build());
    // After the banner's first frame: reading its computed style now would be a second pass.
    requestAnimationFrame(() => setTimeout(() => this.isConnected && checkOwnerColours(this)));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this._room];
    this._resize.observe(root.querySelector('section')!);
  }

  disconnectedCallback(): void {
    this._resize.disconnect();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this._room);
  }

  private _build() {
    const t = this.texts;
    const button = (name: string, label: string, onclick: (e: Event) => void) =>
      h('button', { class: 'button', part: `button ${name}`, onclick }, label);
    const text = h('p', { id: 'text', part: 'text' }, t.bannerText);
    if (this.noticeLink) {
      text.append(
        ' ',
        h(
          'a',
          {
            part: 'notice-link',
            href: this.noticeLink,
            onclick: (e: Event) => this._open(e, 'notice'),
          },
          t.noticeLink,
        ),
      );
    }
    return h(
      'section',
      { part: 'banner', class: 'appear', 'aria-labelledby': 'title' },
      h(
        'div',
        { class: 'inner' },
        h('h2', { id: 'title', part: 'title' }, t.bannerTitle),
        text,
        ...(this.gpc ? [h('p', { class: 'gpc', part: 'gpc' }, t.gpcNote)] : []),
        h(
          'div',
          { class: 'actions', part: 'actions' },
          button('accept', t.acceptAll, () => this._choose(ACCEPT_ALL)),
          button('reject', t.rejectAll, () => this._choose(REJECT_ALL)),
          button('settings', t.settings, (e) => this._open(e, 'settings')),
        ),
      ),
    );
  }

  private _choose(choice: Choice) {
    this.dispatchEvent(new SelosteChoiceEvent(choice));
  }

  /** Fired from the control itself, so whoever opens the dialog can return focus to it. */
  private _open(e: Event, target: OpenTarget) {
    e.preventDefault();
    e.currentTarget!.dispatchEvent(new SelosteOpenEvent(target));
  }
}
