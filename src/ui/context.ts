import type { SelosteConfig } from '../core/config.js';
import type { ConsentStore } from '../core/store.js';
import type { Lang } from '../core/types.js';
import type { PageServices } from '../page-services.js';
import type { BannerTexts, DialogTexts } from '../i18n/texts.js';
import type * as ConsentLog from '../consent-log.js';

/** The store as the elements see it: read and watch, never write (they fire events instead). */
export type StoreView = Pick<ConsentStore, 'get' | 'subscribe'>;

/** What the loader hands to the UI chunk. */
export interface UiContext {
  readonly store: StoreView;
  readonly config: SelosteConfig;
  /** The services on this page (page-services.ts). */
  readonly services: PageServices;
  /** The built-in banner texts of `config.lang` (a chunk of their own, fetched beside the UI). */
  readonly texts: BannerTexts;
  /** This page view is the reload after a withdrawal in the settings: the UI says what was saved. */
  readonly reloaded?: boolean;
  /** When aborted, the UI stops listening to the page (tests). */
  readonly signal?: AbortSignal;
  /** Imports a chunk of the embed build by name: the dialog texts of a language. */
  load(name: `dialogs-${Lang}`): Promise<{ default: DialogTexts }>;
  load(name: 'consent-log'): Promise<typeof ConsentLog>;
}

/** What the UI chunk gives back to the loader. */
export interface UiApp {
  showBanner(): void | Promise<void>;
  /** The banner texts shown on this page (with the owner's overrides), if the banner was. */
  shownTexts(): object | undefined;
  openSettings(trigger?: HTMLElement | null): Promise<void>;
  openNotice(trigger?: HTMLElement | null): Promise<void>;
}
