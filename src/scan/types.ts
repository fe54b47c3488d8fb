/**
 * What a scan records and reports: the shapes of the JSON report (`--json`), which the HTML
 * report and the terminal summary are rendered from.
 */
import type { Lang } from '../core/types.js';
import type { TrackerCategory } from './catalogue.js';

/** The four phases each page goes through. */
export type PhaseName = 'firstVisit' | 'reject' | 'accept' | 'withdraw';

export const PHASES: readonly PhaseName[] = ['firstVisit', 'reject', 'accept', 'withdraw'];

/**
 * Something the report says, as a code and values, so that it can be told in each language
 * (see texts.ts); the JSON report carries the rendered `message` too.
 */
export interface Note {
  readonly code: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** A request to a service in the catalogue. */
export interface RequestRecord {
  readonly url: string;
  readonly vendor: string;
  readonly category: TrackerCategory;
  /** Milliseconds since the phase began. */
  readonly at: number;
  /** Playwright's resource type: `script`, `image`, `xhr`, `document` … */
  readonly type: string;
}

/** A script of a known service added to the page. */
export interface ScriptRecord {
  readonly url: string;
  readonly vendor: string;
  /** Milliseconds since the phase began. */
  readonly at: number;
}

export interface CookieRecord {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  /** ISO 8601, or `null` for a session cookie. */
  readonly expires: string | null;
  /** First party: on the scanned site's registrable domain. */
  readonly party: 'first' | 'third';
  readonly vendor: string | null;
  readonly category: TrackerCategory | null;
  /** The response (Set-Cookie) or script (`document.cookie`) that set it, when known. */
  readonly setBy: string | null;
  /** Milliseconds since the phase began when it was first set, when known. */
  readonly at: number | null;
}

export interface StorageRecord {
  readonly area: 'local' | 'session';
  readonly origin: string;
  readonly key: string;
  readonly vendor: string | null;
  readonly category: TrackerCategory | null;
}

export interface FrameRecord {
  readonly url: string;
  readonly vendor: string | null;
  readonly category: TrackerCategory | null;
}

/** A `dataLayer` entry in short: a gtag command (`consent`, `config`, `event` …) or an event object. */
export interface DataLayerEntry {
  readonly command: string;
  /** The command's first argument: `default` for consent, the id for config, the event name. */
  readonly target?: string;
}

/** A script the page held back as `type="text/plain"`, and whether it ran in the phase. */
export interface GatedScript {
  /** Its `src`, or the start of its text. */
  readonly label: string;
  /** `data-seloste-category` or a similar attribute, if any. */
  readonly category: string | null;
  /** Milliseconds since the phase began when it was made to run, or `null`. */
  readonly ranAt: number | null;
}

export interface PhaseRecord {
  /** `done`, `skipped` (nothing to do: no banner button, say) or `failed` (see `notes`). */
  status: 'done' | 'skipped' | 'failed';
  /** The page's URL at the end of the phase. */
  url: string;
  /** When the phase's button was pressed (ms since the phase began). */
  actionAt: number | null;
  /** From when requests count as "after" the action (the reload, else the press). */
  afterAt: number | null;
  requests: RequestRecord[];
  /** Scripts of known services added to the page (parsed or inserted), in order. */
  scripts: ScriptRecord[];
  cookies: CookieRecord[];
  storage: StorageRecord[];
  iframes: FrameRecord[];
  dataLayer: DataLayerEntry[];
  gated: GatedScript[];
  /** `window.seloste.getConsent()` at the end, on a Seloste site. */
  consent?: Record<string, unknown> | null;
  /** What went wrong or is worth knowing, in order. */
  notes: Note[];
  /** How long the phase took (ms). */
  duration: number;
}

/** A button or link of the banner, as measured on the first visit. */
export interface ControlInfo {
  readonly label: string;
  readonly role: 'button' | 'link';
  readonly width: number;
  readonly height: number;
  /** Contrast of its text on its background (WCAG ratio, 1–21). */
  readonly textContrast: number;
  /** Contrast of its background with what is around it (1 for an unfilled control). */
  readonly fillContrast: number;
}

export interface BannerInfo {
  /** `seloste`: Seloste's own banner; `other`: found by its buttons' names; `none`. */
  readonly kind: 'seloste' | 'other' | 'none';
  readonly accept: ControlInfo | null;
  readonly reject: ControlInfo | null;
}

/** What the scanner read from a Seloste tag. */
export interface SelosteSite {
  readonly version: string;
  /** Catalogue ids of the configured vendors (`ga4`, `google-ads`, `meta-pixel`, `bing-uet`). */
  readonly vendors: string[];
  /** Script URLs the configured vendors load from (`data-gtag-src` …), by vendor id. */
  readonly sources: Record<string, string>;
  /** `data-notice`, resolved. */
  readonly notice: string | null;
  /** Cookie names the notice's own text mentions (its cookies section and extra sections). */
  readonly noticeCookies: string[];
  /** Cookie names (or `prefix*`) of the services named in `data-services` or declared as JSON. */
  readonly serviceCookies: string[];
  /** Why the notice could not be read, if it could not. */
  readonly noticeProblem: Note | null;
}

export type CheckId =
  | 'no-trackers-before-consent'
  | 'no-trackers-after-reject'
  | 'reject-on-first-layer'
  | 'vendors-load-after-accept'
  | 'withdrawal-clears'
  | 'consent-default-first'
  | 'cookies-declared'
  | 'gated-scripts-inert';

export const CHECK_IDS: readonly CheckId[] = [
  'no-trackers-before-consent',
  'no-trackers-after-reject',
  'reject-on-first-layer',
  'vendors-load-after-accept',
  'withdrawal-clears',
  'consent-default-first',
  'cookies-declared',
  'gated-scripts-inert',
];

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

/** One piece of evidence: what was seen, how bad it is, and in which phase. */
export interface Finding extends Note {
  readonly level: 'fail' | 'warn' | 'info';
  readonly phase?: PhaseName;
}

export interface CheckResult {
  readonly id: CheckId;
  readonly status: CheckStatus;
  /** Worst first. */
  readonly evidence: Finding[];
}

export interface PageResult {
  /** The URL as asked for. */
  url: string;
  /** Where the first visit ended up, after redirects. */
  finalUrl: string;
  /** Whether the page could be scanned at all (see `notes` when not). */
  scanned: boolean;
  seloste: SelosteSite | null;
  banner: BannerInfo;
  phases: Record<PhaseName, PhaseRecord>;
  checks: CheckResult[];
  notes: Note[];
  duration: number;
}

export interface ScanSummary {
  /** `pass`, `warn`, `fail`, or `error` when no page could be scanned. */
  status: 'pass' | 'warn' | 'fail' | 'error';
  /** Failed checks, over all pages. */
  violations: number;
  /** Checks with warnings, over all pages. */
  warnings: number;
  /** Pages scanned, and pages that could not be. */
  pages: number;
  unscanned: number;
}

export interface ScanReport {
  tool: 'seloste scan';
  version: string;
  startedAt: string;
  finishedAt: string;
  /** The start URL. */
  site: string;
  lang: Lang;
  browser: string;
  pages: PageResult[];
  /** About the scan as a whole: the sitemap, pages left out. */
  notes: Note[];
  summary: ScanSummary;
}
