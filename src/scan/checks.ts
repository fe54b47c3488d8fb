/**
 * The checks: pure functions from what the phases recorded to pass / fail / warn / skip, each
 * with its evidence. Every check says `skip`, never `pass`, when the phase it needs could not
 * run (no banner button found, say).
 */
import { VENDORS } from '../core/vendors.js';
import { CONSENT_COOKIE } from '../core/config.js';
import { matchesCookie } from '../core/cookie-names.js';
import { trackerById } from './catalogue.js';
import type {
  BannerInfo,
  CheckId,
  CheckResult,
  CheckStatus,
  CookieRecord,
  Finding,
  Note,
  PhaseName,
  PhaseRecord,
  SelosteSite,
} from './types.js';

/** What the checks of one page look at. */
export interface PageFacts {
  /** The page's host, to tell a parent-domain cookie from a host-only one. */
  host: string;
  banner: BannerInfo;
  seloste: SelosteSite | null;
  phases: Record<PhaseName, PhaseRecord>;
}

/** Seloste's integration ids (its data attributes) and the vendors of src/core/vendors.ts. */
export const SELOSTE_VENDOR: Readonly<Record<string, string>> = {
  ga4: 'googleAnalytics',
  'google-ads': 'googleAds',
  gtm: 'googleTagManager',
  'meta-pixel': 'metaPixel',
  'bing-uet': 'bingUet',
};

const ORDER = { fail: 0, warn: 1, info: 2 } as const;

/** A check's result from its findings: the worst level decides. */
function result(id: CheckId, evidence: Finding[], status?: CheckStatus): CheckResult {
  const sorted = [...evidence].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  const worst = sorted[0]?.level;
  return {
    id,
    status: status ?? (worst === 'fail' ? 'fail' : worst === 'warn' ? 'warn' : 'pass'),
    evidence: sorted,
  };
}

/** `skip`, with why. */
const skip = (id: CheckId, why: Note[], phase?: PhaseName): CheckResult =>
  result(
    id,
    why.map((note) => ({ ...note, level: 'info' as const, phase })),
    'skip',
  );

const vendorName = (id: string | null) => (id && trackerById(id)?.name) || id || '';

/** Optional scripts' categories that may run without consent. */
const NECESSARY =
  /^(necessary|essential|strictly[-_ ]?necessary|required|välttämättömät|nödvändiga)$/i;

/**
 * What a phase left that consent should have prevented: requests to services (one finding per
 * service), their cookies, storage keys and frames; unknown cookies as warnings.
 */
export function trackerFindings(phase: PhaseRecord, name: PhaseName, from = 0): Finding[] {
  const findings: Finding[] = [];
  const byVendor = new Map<string, { url: string; count: number; kind?: string }>();
  for (const request of phase.requests.filter((r) => r.at >= from)) {
    const seen = byVendor.get(request.vendor);
    if (seen) seen.count++;
    else byVendor.set(request.vendor, { url: request.url, count: 1 });
  }
  for (const [vendor, { url, count }] of byVendor) {
    const tagManager = trackerById(vendor)?.kind === 'tag-manager';
    findings.push({
      code: tagManager ? 'tag-manager-request' : 'request',
      level: tagManager ? 'warn' : 'fail',
      phase: name,
      values: { vendor: vendorName(vendor), url, count },
    });
  }
  for (const cookie of phase.cookies) {
    if (cookie.category && cookie.category !== 'necessary') {
      findings.push({
        code: 'cookie',
        level: 'fail',
        phase: name,
        values: { name: cookie.name, domain: cookie.domain, vendor: vendorName(cookie.vendor) },
      });
    } else if (!cookie.category && cookie.name.replace(/^__Host-/, '') !== CONSENT_COOKIE) {
      findings.push({
        code: 'unknown-cookie',
        level: 'warn',
        phase: name,
        values: { name: cookie.name, domain: cookie.domain },
      });
    }
  }
  for (const item of phase.storage) {
    if (item.category && item.category !== 'necessary') {
      findings.push({
        code: 'storage',
        level: 'fail',
        phase: name,
        values: { key: item.key, origin: item.origin, vendor: vendorName(item.vendor) },
      });
    }
  }
  for (const frame of phase.iframes) {
    if (frame.category && frame.category !== 'necessary') {
      findings.push({
        code: 'iframe',
        level: 'fail',
        phase: name,
        values: { url: frame.url, vendor: vendorName(frame.vendor) },
      });
    }
  }
  return findings;
}

/** A phase's own notes that are findings of a check: a button that decided the wrong thing. */
const mismatches = (phase: PhaseRecord, name: PhaseName): Finding[] =>
  phase.notes
    .filter((note) => note.code === 'consent-mismatch')
    .map((note) => ({ ...note, level: 'fail', phase: name }));

/** Why a phase did not run, for a skipped check. */
const whyNot = (phase: PhaseRecord): Note[] =>
  phase.notes.length ? phase.notes : [{ code: 'phase-did-not-run' }];

export function noTrackersBeforeConsent({ phases }: PageFacts): CheckResult {
  const phase = phases.firstVisit;
  if (phase.status !== 'done') return skip('no-trackers-before-consent', whyNot(phase));
  return result('no-trackers-before-consent', trackerFindings(phase, 'firstVisit'));
}

export function noTrackersAfterReject({ phases }: PageFacts): CheckResult {
  const phase = phases.reject;
  if (phase.status !== 'done') return skip('no-trackers-after-reject', whyNot(phase), 'reject');
  return result('no-trackers-after-reject', [
    ...mismatches(phase, 'reject'),
    ...trackerFindings(phase, 'reject', phase.afterAt ?? 0),
  ]);
}

export function rejectOnFirstLayer({ banner }: PageFacts): CheckResult {
  const id = 'reject-on-first-layer';
  const { accept, reject } = banner;
  if (!accept && !reject) return skip(id, [{ code: 'no-banner' }], 'firstVisit');
  if (!reject) {
    return result(id, [
      {
        code: 'no-reject-on-first-layer',
        level: 'fail',
        phase: 'firstVisit',
        values: { accept: accept!.label },
      },
    ]);
  }
  const findings: Finding[] = [];
  if (accept) {
    const size = (reject.width * reject.height) / Math.max(1, accept.width * accept.height);
    const height = reject.height / Math.max(1, accept.height);
    const values = {
      accept: accept.label,
      reject: reject.label,
      acceptSize: `${accept.width}×${accept.height}`,
      rejectSize: `${reject.width}×${reject.height}`,
      acceptContrast: accept.textContrast,
      rejectContrast: reject.textContrast,
    };
    if (size < 0.5 || height < 0.75) {
      findings.push({ code: 'reject-smaller', level: 'warn', phase: 'firstVisit', values });
    }
    if (reject.role === 'link' && accept.role === 'button') {
      findings.push({ code: 'reject-is-link', level: 'warn', phase: 'firstVisit', values });
    }
    if (reject.textContrast < 4.5 && reject.textContrast < accept.textContrast) {
      findings.push({ code: 'reject-low-contrast', level: 'warn', phase: 'firstVisit', values });
    }
    if (accept.fillContrast >= 3 && reject.fillContrast < 1.5 && reject.role === 'link') {
      findings.push({ code: 'reject-less-prominent', level: 'warn', phase: 'firstVisit', values });
    }
    findings.push({ code: 'controls-compared', level: 'info', phase: 'firstVisit', values });
  } else {
    findings.push({
      code: 'reject-found',
      level: 'info',
      phase: 'firstVisit',
      values: { reject: reject.label },
    });
  }
  return result(id, findings);
}

export function vendorsLoadAfterAccept({ phases, seloste }: PageFacts): CheckResult {
  const id = 'vendors-load-after-accept';
  const phase = phases.accept;
  if (phase.status !== 'done') return skip(id, whyNot(phase), 'accept');
  // Scripts as added to the page: a second copy counts even when the browser's cache serves it.
  const after = phase.scripts.filter((r) => r.at >= (phase.afterAt ?? 0));
  const findings: Finding[] = [...mismatches(phase, 'accept')];
  if (seloste) {
    if (!seloste.vendors.length) {
      findings.push({ code: 'no-vendors-configured', level: 'info', phase: 'accept' });
    }
    // Google's tag serves Analytics and Ads alike: one load of gtag.js is right for both.
    const loads = new Map<string, number>();
    for (const src of new Set(Object.values(seloste.sources))) {
      loads.set(src, after.filter((r) => r.url.startsWith(src)).length);
    }
    for (const vendor of seloste.vendors) {
      const src = seloste.sources[vendor]!;
      const count = loads.get(src) ?? 0;
      const values = { vendor: vendorName(vendor), url: src, count };
      if (count === 0)
        findings.push({ code: 'vendor-not-loaded', level: 'fail', phase: 'accept', values });
      else if (count > 1)
        findings.push({ code: 'vendor-loaded-twice', level: 'fail', phase: 'accept', values });
      else findings.push({ code: 'vendor-loaded', level: 'info', phase: 'accept', values });
    }
    return result(id, findings);
  }
  const scripts = new Map<string, { vendor: string; count: number }>();
  for (const request of after) {
    const seen = scripts.get(request.url);
    if (seen) seen.count++;
    else scripts.set(request.url, { vendor: request.vendor, count: 1 });
  }
  for (const [url, { vendor, count }] of scripts) {
    const values = { vendor: vendorName(vendor), url, count };
    findings.push(
      count > 1
        ? { code: 'vendor-loaded-twice', level: 'warn', phase: 'accept', values }
        : { code: 'vendor-loaded', level: 'info', phase: 'accept', values },
    );
  }
  if (!scripts.size) findings.push({ code: 'nothing-loaded', level: 'info', phase: 'accept' });
  return result(id, findings);
}

/** Whether a cookie sits on a parent domain of `host` rather than on the host itself. */
const onParent = (cookie: CookieRecord, host: string) => cookie.domain.replace(/^\./, '') !== host;

export function withdrawalClears({ phases, host }: PageFacts): CheckResult {
  const id = 'withdrawal-clears';
  if (phases.accept.status !== 'done') return skip(id, whyNot(phases.accept), 'accept');
  const phase = phases.withdraw;
  if (phase.status !== 'done') return skip(id, whyNot(phase), 'withdraw');
  const findings: Finding[] = [...mismatches(phase, 'withdraw')];
  if (phase.notes.some((note) => note.code === 'no-settings-link')) {
    findings.push({ code: 'no-settings-link', level: 'warn', phase: 'withdraw' });
  }
  for (const cookie of phase.cookies) {
    if (!cookie.category || cookie.category === 'necessary') continue;
    const values = { name: cookie.name, domain: cookie.domain, vendor: vendorName(cookie.vendor) };
    if (cookie.party === 'third') {
      findings.push({ code: 'third-party-cookie-left', level: 'info', phase: 'withdraw', values });
    } else {
      findings.push({
        code: onParent(cookie, host) ? 'cookie-left-parent' : 'cookie-left',
        level: 'fail',
        phase: 'withdraw',
        values,
      });
    }
  }
  const byVendor = new Map<string, { url: string; count: number }>();
  for (const request of phase.requests.filter((r) => r.at >= (phase.afterAt ?? 0))) {
    const seen = byVendor.get(request.vendor);
    if (seen) seen.count++;
    else byVendor.set(request.vendor, { url: request.url, count: 1 });
  }
  for (const [vendor, values] of byVendor) {
    findings.push({
      code: 'request-after-withdrawal',
      level: 'fail',
      phase: 'withdraw',
      values: { vendor: vendorName(vendor), ...values },
    });
  }
  for (const item of phase.storage) {
    if (item.category && item.category !== 'necessary') {
      findings.push({
        code: 'storage-left',
        level: 'warn',
        phase: 'withdraw',
        values: { key: item.key, origin: item.origin, vendor: vendorName(item.vendor) },
      });
    }
  }
  return result(id, findings);
}

/** Google's internal events, pushed by the tag manager itself. */
const GTM_EVENT = /^gtm\./;

export function consentDefaultFirst({ phases }: PageFacts): CheckResult {
  const id = 'consent-default-first';
  const findings: Finding[] = [];
  let google = false;
  for (const name of ['firstVisit', 'accept'] as const) {
    const layer = phases[name].dataLayer;
    const first = layer.findIndex(
      (entry) =>
        entry.command === 'config' ||
        (entry.command === 'event' && !GTM_EVENT.test(entry.target ?? '')),
    );
    const defaults = layer.findIndex(
      (entry) => entry.command === 'consent' && entry.target === 'default',
    );
    if (first < 0 && defaults < 0) continue;
    google = true;
    if (first >= 0 && (defaults < 0 || defaults > first)) {
      findings.push({
        code: defaults < 0 ? 'no-consent-default' : 'config-before-default',
        level: 'fail',
        phase: name,
        values: { command: layer[first]!.command, target: layer[first]!.target ?? '' },
      });
    } else {
      findings.push({ code: 'default-first', level: 'info', phase: name });
    }
  }
  if (!google) return skip(id, [{ code: 'no-google-tag' }]);
  return result(id, findings);
}

/**
 * Cookie names a Seloste site declares: its consent cookie, the cookies of its configured
 * vendors as its notice's cookie table lists them (`_ga_<id>` as `_ga_*`), those of the services
 * it names or declares (which the table lists too), and any name its notice's text mentions.
 */
export function declaredCookies(site: SelosteSite): string[] {
  const configured = site.vendors.map((vendor) => SELOSTE_VENDOR[vendor]);
  return [
    CONSENT_COOKIE,
    `__Host-${CONSENT_COOKIE}`,
    ...VENDORS.filter((vendor) => configured.includes(vendor.id as string)).flatMap((vendor) =>
      vendor.cookies.map((cookie) => cookie.name.replace(/<id>$/, '*')),
    ),
    ...site.noticeCookies,
    ...site.serviceCookies,
  ];
}

export function cookiesDeclared({ phases, seloste }: PageFacts): CheckResult {
  const id = 'cookies-declared';
  const all = new Map<string, CookieRecord>();
  for (const name of ['firstVisit', 'reject', 'accept', 'withdraw'] as const) {
    for (const cookie of phases[name].cookies) all.set(`${cookie.name} ${cookie.domain}`, cookie);
  }
  const cookies = [...all.values()];
  if (!seloste) {
    return skip(
      id,
      cookies.length
        ? cookies.map((c) => ({
            code: 'cookie-seen',
            values: { name: c.name, domain: c.domain, vendor: vendorName(c.vendor) },
          }))
        : [{ code: 'not-seloste-no-cookies' }],
    );
  }
  const declared = declaredCookies(seloste);
  const findings: Finding[] = [];
  if (seloste.noticeProblem) findings.push({ ...seloste.noticeProblem, level: 'warn' });
  for (const cookie of cookies) {
    const values = { name: cookie.name, domain: cookie.domain, vendor: vendorName(cookie.vendor) };
    const byName = declared.some((pattern) => matchesCookie(cookie.name, pattern));
    const byVendor =
      cookie.party === 'third' && !!cookie.vendor && seloste.vendors.includes(cookie.vendor);
    if (byName || byVendor) findings.push({ code: 'cookie-declared', level: 'info', values });
    else if (cookie.category && cookie.category !== 'necessary') {
      findings.push({ code: 'cookie-undeclared', level: 'fail', values });
    } else findings.push({ code: 'cookie-undeclared-unknown', level: 'warn', values });
  }
  if (!cookies.length) findings.push({ code: 'no-cookies', level: 'info' });
  return result(id, findings);
}

export function gatedScriptsInert({ phases }: PageFacts): CheckResult {
  const id = 'gated-scripts-inert';
  const gated = phases.firstVisit.gated;
  if (phases.firstVisit.status !== 'done') return skip(id, whyNot(phases.firstVisit));
  if (!gated.length) return skip(id, [{ code: 'no-gated-scripts' }]);
  const findings: Finding[] = [];
  const optional = (category: string | null) => !category || !NECESSARY.test(category.trim());
  for (const script of gated.filter((s) => optional(s.category) && s.ranAt !== null)) {
    findings.push({
      code: 'gated-ran',
      level: 'fail',
      phase: 'firstVisit',
      values: { script: script.label, category: script.category ?? '' },
    });
  }
  const reject = phases.reject;
  for (const script of reject.gated.filter(
    (s) => optional(s.category) && s.ranAt !== null && s.ranAt >= (reject.actionAt ?? 0),
  )) {
    findings.push({
      code: 'gated-ran',
      level: 'fail',
      phase: 'reject',
      values: { script: script.label, category: script.category ?? '' },
    });
  }
  const ranAfterAccept = phases.accept.gated.filter((s) => s.ranAt !== null).length;
  findings.push({
    code: 'gated-held',
    level: 'info',
    values: { count: gated.length, accepted: ranAfterAccept },
  });
  return result(id, findings);
}

/** Every check, in the report's order. */
export const CHECKS: readonly ((facts: PageFacts) => CheckResult)[] = [
  noTrackersBeforeConsent,
  noTrackersAfterReject,
  rejectOnFirstLayer,
  vendorsLoadAfterAccept,
  withdrawalClears,
  consentDefaultFirst,
  cookiesDeclared,
  gatedScriptsInert,
];

/** Runs every check on a page. */
export const runChecks = (facts: PageFacts): CheckResult[] => CHECKS.map((check) => check(facts));
