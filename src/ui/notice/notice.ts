import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import { OPTIONAL_CATEGORIES, type Category, type Lang } from '../../core/types.js';
import type { CookieInfo } from '../../core/vendors.js';
import type { PageService } from '../../page-services.js';
import { SelosteOpenEvent } from '../../events.js';
import type { DialogTexts } from '../../i18n/texts.js';
import { warn } from '../../log.js';
import { HEADINGS } from '../../notice/headings.js';
import { LABELS, type NoticeLabels } from '../../notice/labels.js';
import { loadNotice, type LoadedNotice } from '../../notice/load-notice.js';
import {
  isSecurityParts,
  localize,
  noticeLanguages,
  richTexts,
  sectionOrder,
} from '../../notice/localize.js';
import type { NoticeIssue } from '../../notice/notice-schema.js';
import { renderRichText, richTextReady } from '../../notice/rich-text.js';
import { CONSENT_COOKIE } from '../../core/config.js';
import { type Localized, type Notice, type Party, type SectionId } from '../../notice/types.js';
import type { StoreView } from '../context.js';
import { ConsentController } from '../controllers/consent-controller.js';
import { DialogElement } from '../dialog.js';
import { formatDays, formatTime } from '../format.js';
import { buttons, sheet } from '../styles.js';
import noticeCss from './notice.css?inline';

/** While the notice is open, printing prints the notice alone. */
const printAlone = sheet(
  '@media print { body > :not(seloste-notice) { display: none !important; } }',
);

/** A section of the rendered notice. */
interface Entry {
  id: string;
  title: string;
  /** Built once per load: rich text becomes DOM nodes once. */
  body: unknown;
}

/** A row of the generated cookie table. */
interface CookieRow {
  name: string;
  provider: string;
  category: Category;
  purpose: string;
  cookies: readonly CookieInfo[];
  transferTo?: string;
  /** The safeguard for the transfer, when the service names its own. */
  safeguards?: PageService['safeguards'];
}

/** A loaded notice, ready to show in one language. */
interface View {
  notice: Notice;
  lang: Lang;
  fallbacks: Lang[];
  texts: DialogTexts;
  labels: NoticeLabels;
  /** The owner's introduction, as DOM nodes. */
  intro?: DocumentFragment;
  entries: Entry[];
}

/** Sections in the first frame; the others follow in the next, so that a long notice shows sooner. */
const FIRST_SECTIONS = 3;

/**
 * @summary The site's privacy notice (tietosuojaseloste) in a modal dialog: fetched when first
 * shown, in the visitor's language (else the notice's main one), with a table of contents, the
 * dates, Seloste's standard headings, and a cookies section built from the live configuration.
 *
 * Errors (not found, network, invalid JSON, a format violation) show a short message in the
 * dialog and name the exact problem in the console; the banner and the consent are untouched.
 *
 * @csspart dialog - the dialog
 * @csspart title - its heading
 * @csspart close - the close button
 * @csspart body - the scrolling content
 * @csspart contents - the table of contents
 * @csspart section - each section
 * @csspart button - the buttons (print, change cookie settings)
 *
 * @fires seloste-open - the visitor asked for the cookie settings (fired from the button)
 * @fires seloste-request-close - about to close by Escape, backdrop or close button; cancelable
 */
export class SelosteNotice extends DialogElement {
  static override styles: CSSResultGroup = [DialogElement.styles, buttons, sheet(noticeCss)];

  /** URL of the notice JSON. */
  @property() src = '';

  @property({ attribute: false }) store?: StoreView;

  /** The services on the page (page-services.ts), for the cookies section. */
  @property({ attribute: false }) services: readonly PageService[] = [];

  /** Lifetime of the consent cookie. */
  @property({ type: Number, attribute: 'consent-days' }) consentDays = 365;
  /** The consent cookie's name on this page (`__Host-seloste_consent` on https). */
  @property({ attribute: 'consent-cookie' }) consentCookie = CONSENT_COOKIE;

  /** Texts in another language, when the notice is shown in a language other than the widget's. */
  @property({ attribute: false }) loadTexts?: (lang: Lang) => Promise<DialogTexts>;

  /** URL fragments that open the notice (`#tietosuojaseloste`); cleared when it closes. */
  @property({ attribute: false }) hashes: readonly string[] = [];

  protected override pageStyles = [printAlone];

  protected override focusBody = true;

  /** Set by Retry: the next successful load is announced. */
  @state() private _retried = false;

  /** Whether all sections are rendered, or the first few (see `FIRST_SECTIONS`). */
  @state() private _all = false;

  /** Keeps each table region's tab stop in step with whether it scrolls. */
  private readonly _resize = new ResizeObserver(() => this._scrollable());

  private readonly _consent = new ConsentController(this);

  /** The notice's response, when its request was made before this element (dialogs.ts). */
  early?: { src: string; response: Promise<Response> };

  private readonly _task = new Task(this, {
    task: async ([src], { signal }) => {
      // Taken once: a retry asks again.
      const early = this.early?.src === src ? this.early.response : undefined;
      this.early = undefined;
      const loaded = await loadNotice(src, signal, early);
      if (loaded.error) {
        warn(loaded.detail);
        throw loaded;
      }
      return this._prepare(loaded);
    },
    args: () => [this.src] as const,
  });

  private get _lang(): Lang {
    return (this.lang || 'en') as Lang;
  }

  protected override render() {
    const view = this._task.value;
    const pending = this._task.status === TaskStatus.PENDING;
    const status = pending
      ? this.texts.noticeLoading
      : this._retried && view
        ? this.texts.noticeLoaded
        : '';
    // The title and the print button speak the notice's language, which may not be the widget's.
    // The status stays in the dialog (the page's live region is inert behind it): it shows
    // while loading and, after Retry, says unseen that the notice is there.
    return this.renderDialog(
      view
        ? html`<span lang=${view.lang}>${view.texts.noticeTitle}</span>`
        : this.texts.noticeTitle,
      html`<p role="status" class=${pending ? 'loading' : 'sr'}>${status}</p>
        ${this._task.render({
          complete: (view) => this._notice(view),
          error: (error) => this._error(error as LoadedNotice),
        })}`,
      view
        ? html`<div class="foot" lang=${view.lang}>
            <button class="button" part="button print" @click=${() => window.print()}>
              ${view.labels.print}
            </button>
          </div>`
        : undefined,
    );
  }

  /** Picks the language, loads its texts, and builds the sections once. */
  private async _prepare({
    notice,
    warnings,
  }: {
    notice: Notice;
    warnings: NoticeIssue[];
  }): Promise<View> {
    for (const { path, message } of warnings)
      warn(`the notice: ${path ? `${path}: ` : ''}${message}`);
    const languages = noticeLanguages(notice);
    const lang =
      languages.length === 0 || languages.includes(this._lang) ? this._lang : languages[0]!;
    const fallbacks = languages.filter((other) => other !== lang);
    const sources = [...richTexts(notice)].map((value) => localize(value, lang, fallbacks) ?? '');
    const [texts] = await Promise.all([
      lang === this._lang || !this.loadTexts ? this.texts : this.loadTexts(lang),
      // Marked comes only for a notice with a text beyond the common shapes (a table, say).
      richTextReady(sources).catch((error) =>
        warn(`could not load the Markdown parser (${error}); some texts show as plain text.`),
      ),
    ]);
    const view: View = { notice, lang, fallbacks, texts, labels: LABELS[lang], entries: [] };
    view.entries = this._entries(view);
    const intro = localize(notice.intro, lang, fallbacks);
    if (intro) view.intro = renderRichText(intro);
    return view;
  }

  private _entries(view: View): Entry[] {
    const { notice, lang, fallbacks, labels } = view;
    const text = (value: Localized<string> | undefined) => localize(value, lang, fallbacks);
    const rich = (value: Localized<string> | undefined) => {
      const source = text(value);
      return source ? renderRichText(source) : nothing;
    };
    // An owner's heading in another language is no fallback: the reader's standard one is.
    const heading = (id: SectionId) =>
      localize(notice.headings?.[id], lang, []) ?? HEADINGS[lang][id];

    const bodies: Partial<Record<SectionId, unknown>> = {
      controller: notice.controller && this._party(notice.controller, text, labels),
      contact: notice.contact && this._party(notice.contact, text, labels),
      dpo: notice.dpo && this._party(notice.dpo, text, labels),
      registerName: text(notice.registerName) && html`<p>${text(notice.registerName)}</p>`,
      // Always there: the cookie table comes from the page's configuration.
      cookies: html`${rich(notice.cookies)}`,
    };
    const security = notice.security;
    if (security && isSecurityParts(security)) {
      bodies.security = html`
        ${
          security.manual
            ? html`<h4>${HEADINGS[lang].securityManual}</h4>
                ${rich(security.manual)}`
            : nothing
        }
        ${
          security.electronic
            ? html`<h4>${HEADINGS[lang].securityElectronic}</h4>
                ${rich(security.electronic)}`
            : nothing
        }
      `;
    }

    const entries: Entry[] = [];
    for (const id of sectionOrder(notice)) {
      const extra = notice.extraSections?.find((section) => section.id === id);
      if (extra) {
        entries.push({ id, title: text(extra.title) ?? id, body: rich(extra.text) });
        continue;
      }
      const known = id as SectionId;
      const value = notice[known];
      const body =
        known in bodies ? bodies[known] : value ? rich(value as Localized<string>) : undefined;
      if (body) entries.push({ id, title: heading(known), body });
    }
    return entries;
  }

  private _party(
    party: Party,
    text: (value: Localized<string> | undefined) => string | undefined,
    labels: NoticeLabels,
  ) {
    const address = text(party.address);
    return html`<address>
      <strong>${text(party.name)}</strong>
      ${text(party.role) ? html`<br />${text(party.role)}` : nothing}
      ${party.businessId ? html`<br />${labels.businessId} ${party.businessId}` : nothing}
      ${address ? address.split('\n').map((line) => html`<br />${line}`) : nothing}
      ${party.phone ? html`<br />${labels.phone}: <a href="tel:${party.phone.replace(/[^\d+]/g, '')}">${party.phone}</a>` : nothing}
      ${party.email ? html`<br />${labels.email}: <a href="mailto:${party.email}">${party.email}</a>` : nothing}
      ${party.website ? html`<br />${labels.website}: <a href=${party.website}>${party.website}</a>` : nothing}
    </address>`;
  }

  private _notice(view: View) {
    const { notice, lang, labels, entries } = view;
    return html`<article lang=${lang}>
      <p class="dates">
        ${labels.updated}
        <time datetime=${notice.updated}>${labels.date(notice.updated)}</time>
        ${
          notice.created
            ? html` · ${labels.created}
                <time datetime=${notice.created}>${labels.date(notice.created)}</time>`
            : nothing
        }
      </p>
      ${view.intro ?? nothing}
      <nav part="contents" aria-labelledby="contents">
        <h3 id="contents">${labels.contents}</h3>
        <ol>
          ${entries.map(
            (entry) =>
              html`<li>
                <a href="#s-${entry.id}" @click=${(e: Event) => this._jump(e, entry.id)}
                  >${entry.title}</a
                >
              </li>`,
          )}
        </ol>
      </nav>
      ${entries.slice(0, this._all ? undefined : FIRST_SECTIONS).map(
        (entry, index) =>
          html`<section part="section" data-section=${entry.id}>
            <h3 id="s-${entry.id}" tabindex="-1">${index + 1}. ${entry.title}</h3>
            ${entry.body} ${entry.id === 'cookies' ? this._cookies(view) : nothing}
          </section>`,
      )}
    </article>`;
  }

  /** The cookies the page really uses, and the visitor's current choice. */
  private _cookies({ notice, lang, fallbacks, texts, labels }: View) {
    const record = this._consent.value;
    const rows: CookieRow[] = [
      {
        name: 'Seloste',
        provider: localize(notice.controller.name, lang, fallbacks) ?? '',
        category: 'necessary',
        purpose: texts.purposes.seloste,
        cookies: [{ name: this.consentCookie, days: this.consentDays }],
      },
      ...this.services.map((service) => ({
        ...service,
        purpose:
          service.purpose[lang] ??
          service.purpose.en ??
          texts.purposes[service.id as 'seloste'] ??
          // An owner's service written in one language only: its words, rather than none.
          Object.values(service.purpose)[0],
      })),
    ];
    return html`
      <h4 id="site-cookies">${labels.siteCookies}</h4>
      <div class="table" role="region" aria-labelledby="site-cookies">
        <table>
          <thead>
            <tr>
              <th scope="col">${labels.service}</th>
              <th scope="col">${labels.purpose}</th>
              <th scope="col">${labels.cookieColumn}</th>
              <th scope="col">${labels.transfer}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr>
                  <th scope="row">
                    ${row.name}<br /><small>${row.provider} · ${texts[row.category]}</small>
                  </th>
                  <td>${row.purpose}</td>
                  <td>
                    ${row.cookies.map(
                      (cookie, i) =>
                        html`${i ? html`<br />` : nothing}<code>${cookie.name}</code>
                          ${formatDays(cookie.days, lang, texts.session)}`,
                    )}
                  </td>
                  <td>
                    ${
                      row.transferTo
                        ? `${labels.countries[row.transferTo] ?? row.transferTo} (${row.safeguards?.[lang] ?? row.safeguards?.en ?? labels.safeguards})`
                        : labels.noTransfer
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="choice">
        ${
          record
            ? html`${labels.yourChoice}:
                ${OPTIONAL_CATEGORIES.map(
                  (c, i) =>
                    `${i ? ', ' : ''}${texts[c].toLowerCase()} ${record.categories[c] ? labels.allowed : labels.refused}`,
                )}.
                ${texts.consentId}: <code>${record.id}</code>. ${texts.consentDate}:
                ${formatTime(record.updatedAt, lang)}.`
            : labels.noChoice
        }
      </p>
      <button class="button" part="button settings" @click=${this._openSettings}>
        ${labels.changeSettings}
      </button>
    `;
  }

  private _error(failure: LoadedNotice) {
    const labels = LABELS[this._lang];
    const kind = failure.error ?? 'unavailable';
    const message = {
      'not-found': labels.notFound,
      unavailable: labels.unavailable,
      invalid: labels.invalid,
    }[kind];
    return html`<div class="error" role="alert">
      <p>${message}</p>
      ${
        kind === 'unavailable'
          ? html`<p>
              <button class="button" part="button retry" @click=${this._retry}>
                ${labels.retry}
              </button>
            </p>`
          : nothing
      }
      ${kind !== 'not-found' && this.src ? html`<p><a href=${this.src}>${labels.openDirectly}</a></p>` : nothing}
    </div>`;
  }

  protected override updated(): void {
    // The observer's first report on each (after layout, never forcing one) and every change of
    // the region (the dialog's width) or of its table (its content) update the tab stops.
    for (const region of this.renderRoot.querySelectorAll('.table, .table > table'))
      this._resize.observe(region);
    if (this._task.value && !this._all) this._rest ??= this._renderRest();
  }

  /** The sections after the first few, rendered once the first frame has been painted. */
  private _rest?: Promise<void>;

  private async _renderRest() {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    this._all = true;
  }

  /** Complete once every section is rendered, not just the first few. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this._rest) return complete;
    await this._rest;
    return super.getUpdateComplete();
  }

  /**
   * A table region is a tab stop only while it scrolls sideways: the keyboard's way to
   * scroll it. A region that fits stays out of the tab order.
   */
  private _scrollable() {
    for (const region of this.renderRoot.querySelectorAll<HTMLElement>('.table'))
      region.tabIndex = region.scrollWidth > region.clientWidth ? 0 : -1;
  }

  /**
   * Loads again. The button goes while it loads, so focus moves to the body first and stays
   * in the dialog; the status then says how it went.
   */
  private _retry() {
    this.renderRoot.querySelector<HTMLElement>('.body')?.focus();
    this._retried = true;
    void this._task.run();
  }

  /** A deep link opened it: drop the fragment, so the same link opens the notice again. */
  protected override closed(): void {
    if (this.hashes.includes(location.hash.slice(1))) {
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  }

  /** In-dialog anchors: the shadow root is not the document, so scroll and focus by hand. */
  private _jump(e: Event, id: string) {
    e.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="s-${id}"]`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }

  private _openSettings(e: Event) {
    (e.currentTarget as HTMLElement).dispatchEvent(new SelosteOpenEvent('settings'));
  }
}
