import type { Choice, Consent } from './core/types.js';

const init = { bubbles: true, composed: true };

/** From an element: the visitor picked these categories. `embed.ts` stores and applies them. */
export class SelosteChoiceEvent extends CustomEvent<Choice> {
  constructor(choice: Choice) {
    super('seloste-choice', { ...init, detail: { ...choice } });
  }
}

/**
 * On `document`, after a decision is stored and applied (and after `reset()`, with `null`).
 * `detail` is a copy: changing it changes nothing.
 */
export class SelosteChangeEvent extends CustomEvent<Consent | null> {
  constructor(consent: Consent | null) {
    super('seloste-change', { ...init, detail: consent });
  }
}

/** On `document`, once `window.seloste` is ready; `detail` is the stored consent or `null`. */
export class SelosteReadyEvent extends CustomEvent<Consent | null> {
  constructor(consent: Consent | null) {
    super('seloste-ready', { ...init, detail: consent });
  }
}

export type OpenTarget = 'settings' | 'notice';

/** From an element: the visitor asked for the preferences or the privacy notice. */
export class SelosteOpenEvent extends CustomEvent<OpenTarget> {
  constructor(target: OpenTarget) {
    super('seloste-open', { ...init, detail: target });
  }
}

export type CloseSource = 'close-button' | 'escape' | 'backdrop';

/** From a dialog about to close; cancel it to keep the dialog open. */
export class SelosteRequestCloseEvent extends CustomEvent<{ source: CloseSource }> {
  constructor(source: CloseSource) {
    super('seloste-request-close', { ...init, cancelable: true, detail: { source } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seloste-choice': SelosteChoiceEvent;
    'seloste-change': SelosteChangeEvent;
    'seloste-ready': SelosteReadyEvent;
    'seloste-open': SelosteOpenEvent;
    'seloste-request-close': SelosteRequestCloseEvent;
  }
  interface DocumentEventMap {
    'seloste-choice': SelosteChoiceEvent;
    'seloste-change': SelosteChangeEvent;
    'seloste-ready': SelosteReadyEvent;
    'seloste-open': SelosteOpenEvent;
  }
}
