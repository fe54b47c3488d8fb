import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { DialogElement } from '../dialog.js';

/**
 * @summary The privacy notice in a modal dialog. (For now a frame with the notice's title
 * and a link to its source; rendering the notice itself comes with the notice format.)
 *
 * @csspart dialog - the dialog
 * @csspart title - its heading
 * @csspart close - the close button
 * @csspart body - the scrolling content
 *
 * @fires seloste-request-close - about to close by Escape, backdrop or close button; cancelable
 */
export class SelosteNotice extends DialogElement {
  /** URL of the notice JSON. */
  @property() src = '';

  protected override render() {
    const t = this.texts;
    return this.renderDialog(t.noticeTitle, html`<p>${t.noticeLoading}</p>`);
  }
}
