import { html, LitElement, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Theme } from '../core/config.js';
import { SelosteRequestCloseEvent, type CloseSource } from '../events.js';
import type { Texts } from '../i18n/texts.js';
import dialogCss from './dialog.css?inline';
import { focusPage } from './focus.js';
import { checkOwnerColours } from './owner-colours.js';
import { adoptPageSheets, scrollLock } from './page-sheet.js';
import { resolveScheme } from './scheme.js';
import { sheet, tokens } from './styles.js';

const closeIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M5 5l14 14M19 5L5 19" stroke="currentColor" stroke-width="2.5" fill="none" />
</svg>`;

/**
 * What the modal dialogs (preferences, notice) share: a native `<dialog>` opened with
 * `showModal()` (focus moves in and stays in, the page behind is inert), a title that labels
 * it, one `requestClose(source)` for Escape, backdrop and close button, and focus back to
 * the control that opened it.
 */
export abstract class DialogElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, sheet(dialogCss)];

  @property({ attribute: false }) texts!: Texts;

  /** `light`, `dark`, or `auto`: as the page looks when the dialog opens. */
  @property() theme: Theme = 'auto';

  @query('dialog') protected _dialog!: HTMLDialogElement;

  /** Page styles a dialog needs while open, besides the scroll lock (the notice's print view). */
  protected pageStyles: CSSStyleSheet[] = [];

  /**
   * Whether focus starts on the scrolling body rather than on the close button, so that the
   * arrow keys, Page Down and End scroll the text at once (the notice, which is read).
   */
  protected focusBody = false;

  private _trigger?: HTMLElement | null;
  private _release?: () => void;

  get open(): boolean {
    return !!this._dialog?.open;
  }

  /** Opens the dialog; focus returns to `trigger` when it closes. The page stops scrolling. */
  async show(trigger: HTMLElement | null = null): Promise<void> {
    this._trigger = trigger;
    await this.updateComplete;
    if (this._dialog.open) return;
    this.setAttribute('scheme', resolveScheme(this.theme));
    this._release = adoptPageSheets(scrollLock(), ...this.pageStyles);
    this._dialog.showModal();
    checkOwnerColours(this);
  }

  hide(): void {
    if (this._dialog?.open) this._dialog.close();
  }

  /** Closes unless a `seloste-request-close` listener cancels it. */
  requestClose(source: CloseSource): void {
    if (this.dispatchEvent(new SelosteRequestCloseEvent(source))) this.hide();
  }

  // The click listener on <dialog> only catches clicks on the backdrop; keyboard users close
  // it with Escape (the cancel event) or the close button. The head and the foot are <div>s:
  // <header> and <footer> would make banner and contentinfo landmarks inside the dialog.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  protected renderDialog(title: unknown, body: unknown, footer?: TemplateResult) {
    return html`
      <dialog
        part="dialog"
        aria-labelledby="title"
        @cancel=${this._onCancel}
        @click=${this._onBackdrop}
        @close=${this._onClose}
      >
        <div class="head">
          <h2 id="title" part="title">${title}</h2>
          <button
            class="close"
            part="close"
            aria-label=${this.texts.close}
            @click=${() => this.requestClose('close-button')}
          >
            ${closeIcon}
          </button>
        </div>
        <div
          class="body"
          part="body"
          tabindex=${this.focusBody ? '-1' : nothing}
          ?autofocus=${this.focusBody}
        >
          ${body}
        </div>
        ${footer}
      </dialog>
    `;
  }

  /* eslint-enable lit-a11y/click-events-have-key-events */

  private _onCancel(e: Event) {
    e.preventDefault();
    this.requestClose('escape');
  }

  /** A click that lands on the `<dialog>` itself, outside its box, is on the backdrop. */
  private _onBackdrop(e: MouseEvent) {
    if (e.target !== this._dialog) return;
    const box = this._dialog.getBoundingClientRect();
    const inside =
      e.clientX >= box.left &&
      e.clientX <= box.right &&
      e.clientY >= box.top &&
      e.clientY <= box.bottom;
    if (!inside) this.requestClose('backdrop');
  }

  /** Called once the dialog has closed, before focus returns. */
  protected closed(): void {}

  private _onClose() {
    this._release?.();
    this._release = undefined;
    this.closed();
    const trigger = this._trigger;
    this._trigger = undefined;
    // Back to the control that opened the dialog (scrolled into view if need be). One that is
    // gone (the banner's, after a choice) or cannot take focus hands it on into the page, to
    // a control the visitor can see.
    trigger?.focus();
    if (!trigger?.matches(':focus')) focusPage();
  }
}
