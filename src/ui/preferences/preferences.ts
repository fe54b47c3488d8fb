import { html, nothing, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ACCEPT_ALL, changes, REJECT_ALL } from '../../core/consent.js';
import type { Category, Choice, Lang, OptionalCategory } from '../../core/types.js';
import type { CookieInfo, VendorInfo } from '../../core/vendors.js';
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
 * @summary The second layer: a modal dialog with a switch per category, the services and
 * cookies in each, and Save choices, Reject all and Accept all.
 *
 * Nothing is pre-ticked: before a decision every optional switch is off. Closing without
 * saving changes nothing.
 *
 * @csspart dialog - the dialog
 * @csspart title - its heading
 * @csspart close - the close button
 * @csspart body - the scrolling content
 * @csspart switch - each category switch
 * @csspart button - each action button (also `save`, `reject`, `accept`)
 *
 * @fires seloste-choice - the visitor saved, accepted or rejected
 * @fires seloste-request-close - about to close by Escape, backdrop or close button; cancelable
 */
export class SelostePreferences extends DialogElement {
  static override styles: CSSResultGroup = [DialogElement.styles, buttons, sheet(preferencesCss)];

  @property({ attribute: false }) store?: StoreView;

  /** The vendors configured on the page. */
  @property({ attribute: false }) vendors: readonly VendorInfo[] = [];

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
    this._draft = { ...(this._consent.value?.categories ?? REJECT_ALL) };
    return super.show(trigger);
  }

  protected override render() {
    const t = this.texts;
    const record = this._consent.value;
    // Switching off what is allowed now withdraws consent: the note says so before Save, and
    // is heard as the switch goes off (a status region).
    const reload =
      this.reloads && changes(record?.categories ?? null, this._draft).revoked.length > 0;
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
    const services = necessary
      ? [
          this._service(category, 'seloste', 'Seloste', '', t.purposes.seloste, [
            { name: this.consentCookie, days: this.consentDays },
          ]),
        ]
      : this.vendors
          .filter((vendor) => vendor.category === category)
          .map((v) =>
            this._service(category, v.id, v.name, v.provider, t.purposes[v.id], v.cookies),
          );
    return html`
      <section class="category" data-category=${category}>
        <div class="row">
          <h3 id="h-${category}"><label for="s-${category}">${t[category]}</label></h3>
          <span class="control">
            ${necessary ? html`<span class="always">${t.alwaysOn}</span>` : nothing}
            <input
              type="checkbox"
              role="switch"
              part="switch"
              id="s-${category}"
              aria-describedby="d-${category}"
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

  /* eslint-enable lit-a11y/role-has-required-aria-attrs */

  /** A service and its cookies; the table is named by the category and the service. */
  private _service(
    category: Category,
    id: string,
    name: string,
    provider: string,
    purpose: string,
    cookies: readonly CookieInfo[],
  ) {
    const t = this.texts;
    return html`<div class="service">
      <p><strong id="n-${id}">${name}</strong>${provider ? ` (${provider})` : ''}</p>
      <p>${purpose}</p>
      <table aria-labelledby="h-${category} n-${id}">
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
      </table>
    </div>`;
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

  private _toggle(category: Category, e: Event) {
    this._draft = { ...this._draft, [category]: (e.target as HTMLInputElement).checked };
  }

  private _choose(choice: Choice) {
    this.dispatchEvent(new SelosteChoiceEvent(choice));
    this.hide();
  }
}
