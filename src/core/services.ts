import type { CookiePattern } from './cookie-names.js';
import type { Lang, OptionalCategory } from './types.js';
import type { CookieInfo } from './vendors.js';

/**
 * A service the visitor can allow or refuse on its own, inside its category: a built-in vendor
 * (`googleAnalytics`, `metaPixel`…), a catalogue service the owner names in `data-services`
 * (`hotjar`, `clarity`…), an embed service (`youtube`…), or one the owner declares in a
 * `<script type="application/json" data-seloste-services>` block.
 *
 * What the visitor is told about it, in the settings and in the notice's cookie table.
 */
export interface ServiceInfo {
  /** Lower-case letters, digits, `-` and `_`, starting with a letter; at most 32 characters. */
  readonly id: string;
  readonly category: OptionalCategory;
  /** As the visitor knows it: "Hotjar", "Microsoft Clarity". */
  readonly name: string;
  /** The company the visitor's data goes to (in the EU where it has an EU entity). */
  readonly provider: string;
  /** What it is used for, per language; shown in the visitor's language, else English. */
  readonly purpose: Readonly<Partial<Record<Lang, string>>>;
  /** Country outside the EU/EEA the data may be transferred to (ISO 3166 code), if any. */
  readonly transferTo?: string;
  /** The safeguard for that transfer, e.g. "EU–US Data Privacy Framework", per language. */
  readonly safeguards?: Readonly<Partial<Record<Lang, string>>>;
  readonly privacyUrl?: string;
  readonly cookies: readonly CookieInfo[];
  /** First-party cookies to delete when the service is refused (exact names or `prefix*`). */
  readonly patterns: readonly CookiePattern[];
}

/** A service id: what `ServiceInfo.id` may be. */
export const SERVICE_ID = /^[a-z][a-z0-9_-]{0,31}$/;
