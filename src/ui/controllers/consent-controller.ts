import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentRecord } from '../../core/types.js';
import type { StoreView } from '../context.js';

/**
 * Keeps an element in step with the consent store: it re-renders after every decision while
 * connected. Set the host's `store` before connecting it.
 */
export class ConsentController implements ReactiveController {
  private _unsubscribe?: () => void;

  constructor(private readonly _host: ReactiveControllerHost & { store?: StoreView }) {
    _host.addController(this);
  }

  get value(): ConsentRecord | null {
    return this._host.store?.get() ?? null;
  }

  hostConnected(): void {
    this._unsubscribe = this._host.store?.subscribe(() => this._host.requestUpdate());
  }

  hostDisconnected(): void {
    this._unsubscribe?.();
    this._unsubscribe = undefined;
  }
}
