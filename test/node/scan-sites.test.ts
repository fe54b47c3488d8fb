/**
 * `seloste scan` on offline fixture sites: each check passes the clean Seloste shop and fails
 * (or warns about) the site built to break it. Vendor hosts are stand-ins; waits are short.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ScanReport } from '../../src/scan/types.js';
import {
  FAST,
  check,
  codes,
  startFixtureSites,
  statuses,
  type FixtureSites,
} from '../scan/harness.js';

let sites: FixtureSites;
before(async () => (sites = await startFixtureSites()));
after(() => sites.close());

describe('a clean Seloste shop', () => {
  let report: ScanReport;
  before(async () => (report = await sites.scan('/clean/', { pages: 1 })));

  it('passes every check', () => {
    assert.deepEqual(
      report.pages.map((page) => statuses(page)),
      report.pages.map(() => ({
        'no-trackers-before-consent': 'pass',
        'no-trackers-after-reject': 'pass',
        'reject-on-first-layer': 'pass',
        'vendors-load-after-accept': 'pass',
        'withdrawal-clears': 'pass',
        'consent-default-first': 'pass',
        'cookies-declared': 'pass',
        'gated-scripts-inert': 'pass',
      })),
    );
    assert.equal(report.summary.status, 'pass');
  });

  it('takes the second page from the sitemap, never another site or a file', () => {
    assert.deepEqual(
      report.pages.map((page) => new URL(page.url).pathname),
      ['/clean/', '/clean/tuotteet.html'],
    );
  });

  it("uses Seloste's own banner and reads its configuration", () => {
    const [page] = report.pages;
    assert.equal(page!.banner.kind, 'seloste');
    assert.equal(page!.banner.accept?.label, 'Hyväksy kaikki');
    assert.equal(page!.banner.reject?.label, 'Hylkää kaikki');
    assert.deepEqual(page!.seloste?.vendors, ['ga4', 'meta-pixel']);
    assert.deepEqual(page!.seloste?.noticeCookies, ['cart']);
  });

  it('records what accepting sets, with the service and the script that set it', () => {
    const { accept } = report.pages[0]!.phases;
    const ga = accept.cookies.find((cookie) => cookie.name === '_ga');
    assert.equal(ga?.vendor, 'ga4');
    assert.equal(ga?.category, 'analytics');
    assert.equal(ga?.party, 'first');
    assert.match(
      ga?.setBy ?? '',
      /^https:\/\/(www\.googletagmanager\.com|connect\.facebook\.net)\//,
    );
    assert.ok(ga?.expires, 'a persistent cookie has an expiry');
    const setBy = (name: string) => accept.cookies.find((cookie) => cookie.name === name)?.setBy;
    assert.match(setBy('seloste_consent') ?? '', /\/dist\/\w+\/app\.js$/, 'by the widget');
    assert.equal(setBy('cart'), report.pages[0]!.url, 'by an inline script of the page');
    const loaded = accept.requests.filter((r) => r.type === 'script').map((r) => r.vendor);
    assert.deepEqual(loaded.sort(), ['ga4', 'meta-pixel']);
    assert.ok(
      accept.requests.every((r) => r.at >= accept.actionAt!),
      'nothing before the press',
    );
    assert.deepEqual(accept.consent && [accept.consent.analytics, accept.consent.marketing], [
      true,
      true,
    ]);
  });

  it('ends the withdrawal with the vendor cookies gone and consent refused', () => {
    const { withdraw } = report.pages[0]!.phases;
    assert.deepEqual(withdraw.cookies.map((cookie) => cookie.name).sort(), [
      'cart',
      'seloste_consent',
    ]);
    assert.deepEqual(withdraw.consent && [withdraw.consent.analytics, withdraw.consent.marketing], [
      false,
      false,
    ]);
    assert.ok(withdraw.afterAt! > withdraw.actionAt!, 'the page reloaded after the press');
  });
});

describe('a leaky shop (hard-coded gtag, direct YouTube embed, eager plugins)', () => {
  let report: ScanReport;
  before(async () => (report = await sites.scan('/leaky/')));

  it('fails before consent with the gtag request, its cookie and the video', () => {
    const result = check(report.pages[0], 'no-trackers-before-consent');
    assert.equal(result.status, 'fail');
    const values = result.evidence.map((f) =>
      `${f.code} ${f.values?.vendor ?? ''} ${f.values?.name ?? ''}`.trim(),
    );
    assert.ok(values.includes('request Google Analytics'), values.join('\n'));
    assert.ok(values.includes('request YouTube'), values.join('\n'));
    assert.ok(values.includes('cookie Google Analytics _ga'), values.join('\n'));
    assert.ok(values.includes('iframe YouTube'), values.join('\n'));
  });

  it('fails after Reject all: the next page view loads gtag again', () => {
    const result = check(report.pages[0], 'no-trackers-after-reject');
    assert.equal(result.status, 'fail');
    assert.ok(codes(result, 'fail').includes('request'));
  });

  it('fails the consent default: config came first', () => {
    const result = check(report.pages[0], 'consent-default-first');
    assert.equal(result.status, 'fail');
    assert.deepEqual(result.evidence[0]?.values, { command: 'config', target: 'G-LEAKY1' });
  });

  it('fails vendors-load-after-accept: the pixel loads twice', () => {
    const result = check(report.pages[0], 'vendors-load-after-accept');
    assert.equal(result.status, 'fail');
    assert.equal(result.evidence[0]?.code, 'vendor-loaded-twice');
    assert.equal(result.evidence[0]?.values?.count, 2);
  });

  it('fails cookies-declared: _ga is in neither the configuration nor the notice', () => {
    const result = check(report.pages[0], 'cookies-declared');
    assert.equal(result.status, 'fail');
    assert.ok(
      result.evidence.some((f) => f.code === 'cookie-undeclared' && f.values?.name === '_ga'),
    );
  });

  it('fails gated-scripts-inert: the plugin ran the held-back script before consent', () => {
    const result = check(report.pages[0], 'gated-scripts-inert');
    assert.equal(result.status, 'fail');
    assert.equal(result.evidence[0]?.code, 'gated-ran');
    assert.equal(result.evidence[0]?.phase, 'firstVisit');
  });

  it('reports the violations in the summary', () => {
    assert.equal(report.summary.status, 'fail');
    assert.ok(report.summary.violations >= 6);
  });
});

describe('a shop with a banner of its own', () => {
  let report: ScanReport;
  before(async () => (report = await sites.scan('/foreign/')));

  it('finds the banner by its buttons and runs every phase with them', () => {
    const [page] = report.pages;
    assert.equal(page!.banner.kind, 'other');
    assert.equal(page!.banner.accept?.label, 'Hyväksy kaikki');
    assert.equal(page!.banner.reject?.label, 'Vain välttämättömät');
    assert.deepEqual(statuses(page!), {
      'no-trackers-before-consent': 'pass',
      'no-trackers-after-reject': 'pass',
      'reject-on-first-layer': 'warn',
      'vendors-load-after-accept': 'pass',
      'withdrawal-clears': 'pass',
      'consent-default-first': 'pass',
      'cookies-declared': 'skip',
      'gated-scripts-inert': 'skip',
    });
  });

  it('warns that the reject choice is a small, faint link', () => {
    const result = check(report.pages[0], 'reject-on-first-layer');
    assert.deepEqual(codes(result, 'warn').sort(), [
      'reject-is-link',
      'reject-less-prominent',
      'reject-low-contrast',
      'reject-smaller',
    ]);
  });

  it('lists the cookies it saw instead of judging them', () => {
    const result = check(report.pages[0], 'cookies-declared');
    const names = result.evidence.map((f) => f.values?.name);
    assert.ok(names.includes('_ga') && names.includes('cc_cookie'), names.join(', '));
  });
});

describe('a shop whose withdrawal leaves a cookie on the parent domain', () => {
  let report: ScanReport;
  before(async () => (report = await sites.scan('/parent/', { origin: sites.shopOrigin })));

  it('fails withdrawal-clears, naming the parent domain', () => {
    const result = check(report.pages[0], 'withdrawal-clears');
    assert.equal(result.status, 'fail');
    assert.deepEqual(
      result.evidence
        .filter((f) => f.level === 'fail')
        .map((f) => [f.code, f.values?.name, f.values?.domain]),
      [
        ['cookie-left-parent', '_ga', '.example.test'],
        ['cookie-left-parent', '_ga_HOME1', '.example.test'],
      ],
    );
  });

  it('fails reject-on-first-layer and skips, never passes, the reject phase', () => {
    assert.equal(check(report.pages[0], 'reject-on-first-layer').status, 'fail');
    const reject = check(report.pages[0], 'no-trackers-after-reject');
    assert.equal(reject.status, 'skip');
    assert.equal(reject.evidence[0]?.code, 'no-reject-button');
  });
});

describe('a shop whose plugin loads the analytics tag on a timer', () => {
  it('waits for the pending timer: the late request fails before consent and after reject', async () => {
    // The tag comes 3 s after the page is parsed: well within this cap, and later than the
    // scanner's own work after a fixed 150 ms wait takes, even on a busy machine.
    const report = await sites.scan('/delayed/', { timing: { ...FAST, extra: 6000 } });
    for (const id of ['no-trackers-before-consent', 'no-trackers-after-reject'] as const) {
      const result = check(report.pages[0], id);
      assert.equal(result.status, 'fail', id);
      assert.deepEqual(
        result.evidence.filter((f) => f.code === 'request').map((f) => f.values?.url),
        ['https://www.googletagmanager.com/gtag/js?id=G-LATE1'],
        id,
      );
    }
  });
});
