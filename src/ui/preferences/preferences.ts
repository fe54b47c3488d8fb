import { html, nothing, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ACCEPT_ALL, allows, changes, REJECT_ALL } from '../../core/consent.js';
import { complete, setServices } from '../../core/services.js';
import type { Category, Choice, Lang, OptionalCategory } from '../../core/types.js';
import type { CookieInfo } from '../../core/vendors.js';
import type { PageService } from '../../page-services.js';
import { SelosteChoiceEvent } from '../../events.js';
import { CONSENT_COOKIE } from '../../core/config.js';
import type { StoreView } from '../context.js';
import { ConsentController } from '../controllers/consent-controller.js';
import { DialogElement } from '../dialog.js';
import { formatDays, formatTime } from '../format.js';
import { buttons, sheet } from '../styles.js';
import preferencesCss from './preferences.css?inline';

const CATEGORIES: readonly Category[] = ['necessary', 'analytics', 'marketing'];

/**
 * @summary The second layer: a modal dialog with a switch per category and per service, the
 * cookies of each service, and Save choices, Reject all and Accept all.
 *
 * Nothing is pre-ticked: before a decision every optional switch is off. A category switch
 * turns all of its services on or off; it is on while any of them is, and says how many are
 * (an ARIA switch has no "mixed" state, so the words carry it). Closing without saving changes
 * nothing.
 *
 * @csspart dialog - the dialog
 * @csspart title - its heading
 * @csspart close - the close button
 * @csspart body - the scrolling content
 * @csspart switch - each category and service switch (also `service` for a service's)
 * @csspart button - each action button (also `save`, `reject`, `accept`)
 *
 * @fires seloste-choice - the visitor saved, accepted or rejected
 * @fires seloste-request-close - about to close by Escape, backdrop or close button; cancelable
 */
export class SelostePreferences extends DialogElement {
  static override styles: CSSResultGroup = [DialogElement.styles, buttons, sheet(preferencesCss)];

  @property({ attribute: false }) store?: StoreView;

  /** The services on the page (page-services.ts). */
  @property({ attribute: false }) services: readonly PageService[] = [];

  /** Lifetime of the consent cookie, for the list of necessary cookies. */
  @property({ type: Number, attribute: 'consent-days' }) consentDays = 365;
  /** The consent cookie's name on this page (`__Host-seloste_consent` on https). */
  @property({ attribute: 'consent-cookie' }) consentCookie = CONSENT_COOKIE;

  /** Whether a withdrawal reloads the page (`data-reload-on-revoke`): the dialog says so. */
  @property({ type: Boolean }) reloads = false;

  /** Whether the browser's Global Privacy Control signal is honoured: marketing says so. */
  @property({ type: Boolean }) gpc = false;

  @state() private _draft: Choice = { ...REJECT_ALL };

  private readonly _consent = new ConsentController(this);

  /** The language of the texts, from the element's `lang` attribute (it also tells screen readers). */
  private get _lang(): Lang {
    return (this.lang || 'en') as Lang;
  }

  /** Opens with the stored choice (all off before a decision). */
  override show(trigger: HTMLElement | null = null): Promise<void> {
    this._draft = complete(this._consent.value?.categories ?? REJECT_ALL, this.services);
    return super.show(trigger);
  }

  protected override render() {
    const t = this.texts;
    const record = this._consent.value;
    // Switching off what is allowed now withdraws consent: the note says so before Save, and
    // is heard as the switch goes off (a status region).
    const reload =
      this.reloads &&
      changes(record?.categories ?? null, this._draft, this.services).revoked.length > 0;
    return this.renderDialog(
      t.settingsTitle,
      html`
        <p class="muted">${t.settingsIntro}</p>
        ${CATEGORIES.map((category) => this._category(category))}
        ${
          record
            ? html`<p class="muted">
                ${t.consentId}: <code>${record.id}</code><br />
                ${t.consentDate}: ${formatTime(record.updatedAt, this._lang)}
              </p>`
            : nothing
        }
      `,
      html`<div class="foot">
        <p id="reload" role="status">${reload ? t.reloadNote : ''}</p>
        <div class="actions">
          ${this._button('save', t.save, this._draft, reload)}
          ${this._button('reject', t.rejectAll, REJECT_ALL, reload)}
          ${this._button('accept', t.acceptAll, ACCEPT_ALL)}
        </div>
      </div>`,
    );
  }

  // A native checkbox with role="switch" exposes its checked state itself; ARIA in HTML asks
  // authors not to add aria-checked to it.
  /* eslint-disable lit-a11y/role-has-required-aria-attrs */
  private _category(category: Category) {
    const t = this.texts;
    const necessary = category === 'necessary';
    const inCategory = this.services.filter((service) => service.category === category);
    const on = inCategory.filter(({ id }) => allows(this._draft, category, id)).length;
    const some = on > 0 && on < inCategory.length;
    const services = necessary
      ? [
          this._service(category, {
            id: 'seloste',
            name: 'Seloste',
            provider: '',
            purpose: t.purposes.seloste,
            cookies: [{ name: this.consentCookie, days: this.consentDays }],
          }),
        ]
      : inCategory.map((service) => this._service(category, service));
    return html`
      <section class="category" data-category=${category}>
        <div class="row">
          <h3 id="h-${category}"><label for="s-${category}">${t[category]}</label></h3>
          <span class="control">
            ${necessary ? html`<span class="always">${t.alwaysOn}</span>` : nothing}
            ${
              inCategory.length > 1 && on
                ? html`<span class="count" id="c-${category}"
                    >${t.servicesOn.replace('{on}', `${on}`).replace('{all}', `${inCategory.length}`)}</span
                  >`
                : nothing
            }
            <input
              type="checkbox"
              role="switch"
              part="switch"
              class=${some ? 'some' : ''}
              id="s-${category}"
              aria-describedby="d-${category}${inCategory.length > 1 && on ? ` c-${category}` : ''}"
              .checked=${necessary || this._draft[category as OptionalCategory]}
              ?disabled=${necessary}
              @change=${(e: Event) => this._toggle(category, e)}
            />
          </span>
        </div>
        <p id="d-${category}">
          ${t[`${category}Text`]}
          ${
            category === 'marketing' && this.gpc
              ? html`<span class="gpc" part="gpc">${t.gpcSettingsNote}</span>`
              : nothing
          }
        </p>
        ${
          services.length
            ? html`<details>
                <summary>
                  ${t.services} (${services.length})<span class="sr"> ${t[category]}</span>
                </summary>
                ${services}
              </details>`
            : nothing
        }
      </section>
    `;
  }

  /**
   * A service, its switch (not for the necessary one) and its cookies; the table is named by
   * the category and the service.
   */
  private _service(
    category: Category,
    service: Pick<PageService, 'id' | 'name' | 'provider' | 'cookies'> & {
      purpose: PageService['purpose'] | string;
    },
  ) {
    const t = this.texts;
    const { id, name, provider, cookies } = service;
    const purpose =
      typeof service.purpose === 'string'
        ? service.purpose
        : (service.purpose[this._lang] ??
          service.purpose.en ??
          t.purposes[id as 'seloste'] ??
          // An owner's service written in one language only: its words, rather than none.
          Object.values(service.purpose)[0] ??
          '');
    const optional = category !== 'necessary';
    return html`<div class="service" data-service=${id}>
      <div class="row">
        <p>
          <strong id="n-${id}"
            >${optional ? html`<label for="v-${id}">${name}</label>` : name}</strong
          >${provider ? ` (${provider})` : ''}
        </p>
        ${
          optional
            ? html`<input
                type="checkbox"
                role="switch"
                part="switch service"
                id="v-${id}"
                aria-describedby="p-${id}"
                .checked=${allows(this._draft, category, id)}
                @change=${(e: Event) => this._toggleService(id, e)}
              />`
            : nothing
        }
      </div>
      <p id="p-${id}">${purpose}</p>
      ${cookies.length ? this._cookies(category, id, cookies) : nothing}
    </div>`;
  }

  private _cookies(category: Category, id: string, cookies: readonly CookieInfo[]) {
    const t = this.texts;
    return html`<table aria-labelledby="h-${category} n-${id}">
      <thead>
        <tr>
          <th scope="col">${t.cookie}</th>
          <th scope="col">${t.lifetime}</th>
        </tr>
      </thead>
      <tbody>
        ${cookies.map(
          (cookie) =>
            html`<tr>
              <th scope="row"><code>${cookie.name}</code></th>
              <td>${formatDays(cookie.days, this._lang, t.session)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** An action button; `reloads` when pressing it would withdraw consent and reload the page. */
  private _button(name: string, label: string, choice: Choice, reloads = false) {
    return html`<button
      class="button"
      part="button ${name}"
      aria-describedby=${reloads ? 'reload' : nothing}
      @click=${() => this._choose(choice)}
    >
      ${label}
    </button>`;
  }

  /** A category switch: all of its services follow it. */
  private _toggle(category: Category, e: Event) {
    const on = (e.target as HTMLInputElement).checked;
    const services = { ...this._draft.services };
    for (const service of this.services)
      if (service.category === category) services[service.id] = on;
    this._draft = { ...this._draft, [category]: on, services };
  }

  /**
   * A service switch: its category is on while any of its services is, and turning one on in
   * a refused category leaves its other services off (as `setConsent` does).
   */
  private _toggleService(id: string, e: Event) {
    const on = (e.target as HTMLInputElement).checked;
    this._draft = complete(
      setServices(this._draft, {}, { [id]: on }, this.services),
      this.services,
    );
  }

  private _choose(choice: Choice) {
    this.dispatchEvent(new SelosteChoiceEvent(choice));
    this.hide();
  }
}
