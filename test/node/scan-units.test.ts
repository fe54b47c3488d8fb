/**
 * The scanner's pure parts: the tracker catalogue and its agreement with Seloste's own vendor
 * list, the site rules (same site, pages, sitemap), the checks on hand-made records, the texts
 * and the reports' escaping. No browser.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VENDORS } from '../../src/core/vendors.js';
import {
  CATALOGUE,
  catalogueProblems,
  trackerForCookie,
  trackerForStorageKey,
  trackerForUrl,
} from '../../src/scan/catalogue.js';
import { declaredServiceCookies } from '../../src/scan/declared.js';
import {
  SELOSTE_VENDOR,
  consentDefaultFirst,
  declaredCookies,
  gatedScriptsInert,
  noTrackersBeforeConsent,
  rejectOnFirstLayer,
  withdrawalClears,
  type PageFacts,
} from '../../src/scan/checks.js';
import { emptyPhase } from '../../src/scan/phases.js';
import { htmlReport } from '../../src/scan/report-html.js';
import { terminalSummary } from '../../src/scan/report.js';
import { mentions, summarize } from '../../src/scan/scan.js';
import {
  UrlError,
  parseStartUrl,
  pickPages,
  sameSite,
  siteOf,
  sitemapLocations,
} from '../../src/scan/site.js';
import { REPORT_TEXTS } from '../../src/scan/texts.js';
import {
  CHECK_IDS,
  type PageResult,
  type PhaseRecord,
  type ScanReport,
} from '../../src/scan/types.js';

describe('the tracker catalogue', () => {
  it('is sound: unique kebab-case ids, known categories, clean hosts and patterns', () => {
    assert.deepEqual(catalogueProblems(CATALOGUE), []);
    assert.deepEqual(
      catalogueProblems({
        version: 1,
        vendors: [
          { ...CATALOGUE.vendors[0]!, id: 'Bad Id', hosts: ['https://x.com/'], storage: ['a*b'] },
        ],
      }).length,
      3,
    );
  });

  it("uses Seloste's integration ids and covers every cookie pattern of src/core/vendors.ts", () => {
    for (const vendor of VENDORS) {
      const id = Object.keys(SELOSTE_VENDOR).find((key) => SELOSTE_VENDOR[key] === vendor.id)!;
      assert.ok(
        CATALOGUE.vendors.some((tracker) => tracker.id === id),
        id,
      );
      for (const pattern of vendor.patterns) {
        const sample = pattern.replace('*', 'X1');
        assert.equal(trackerForCookie(sample, 'kuura.example')?.id, id, `${sample} → ${id}`);
      }
      for (const cookie of vendor.cookies) {
        assert.equal(trackerForCookie(cookie.name.replace('<id>', 'ABC'), 'kuura.example')?.id, id);
      }
    }
  });

  it('attributes requests by URL prefix first, then by the longest host', () => {
    const id = (url: string) => trackerForUrl(url)?.id;
    assert.equal(id('https://www.googletagmanager.com/gtag/js?id=G-ABC'), 'ga4');
    assert.equal(id('https://www.googletagmanager.com/gtag/js?id=AW-123'), 'google-ads');
    assert.equal(id('https://www.googletagmanager.com/gtm.js?id=GTM-X'), 'gtm');
    assert.equal(id('https://region1.google-analytics.com/g/collect?v=2'), 'ga4');
    assert.equal(
      id('https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1'),
      'google-ads',
    );
    assert.equal(id('https://stats.g.doubleclick.net/g/collect'), 'doubleclick');
    assert.equal(id('https://www.youtube-nocookie.com/embed/x'), 'youtube');
    assert.equal(id('https://www.google.com/maps/embed?pb=1'), 'google-maps');
    assert.equal(id('https://notyoutube.com/embed/x'), undefined);
    assert.equal(id('https://kuura.example/vendors/gtag.js'), undefined);
    assert.equal(
      trackerForUrl('https://kuura.example/vendors/gtag.js?id=G-1', {
        'https://kuura.example/vendors/gtag.js': 'ga4',
      })?.id,
      'ga4',
    );
    assert.equal(id('javascript:alert(1)'), undefined);
  });

  it('attributes cookies on a domain only to the service of that domain', () => {
    assert.equal(trackerForCookie('MUID', '.bing.com')?.id, 'bing-uet');
    assert.equal(trackerForCookie('MUID', '.clarity.ms')?.id, 'clarity');
    assert.equal(trackerForCookie('MUID', 'kuura.example'), undefined);
    assert.equal(trackerForCookie('seloste_consent', 'kuura.example')?.category, 'necessary');
    assert.equal(trackerForStorageKey('_hjSessionUser_1')?.id, 'hotjar');
    assert.equal(trackerForStorageKey('cart-items'), undefined);
  });
});

describe('the site', () => {
  it('refuses start URLs that are not http(s) web pages', () => {
    for (const input of [
      'ftp://kuura.example/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'kuura.example',
      'https://user:pw@kuura.example/',
    ]) {
      assert.throws(() => parseStartUrl(input), UrlError, input);
    }
    assert.equal(parseStartUrl('https://kuura.example/a#b').href, 'https://kuura.example/a');
  });

  it('knows the registrable domain from the public suffix list', () => {
    assert.equal(siteOf('www.shop.kuura.fi'), 'kuura.fi');
    assert.equal(siteOf('a.b.example.co.uk'), 'example.co.uk');
    assert.equal(siteOf('localhost'), 'localhost');
    assert.ok(sameSite('https://shop.kuura.fi/x', new URL('https://www.kuura.fi/')));
    assert.ok(!sameSite('https://kuura.fi.evil.example/', new URL('https://kuura.fi/')));
  });

  it('picks same-site pages once each, without files, fragments or log-out links', () => {
    const start = new URL('https://kuura.fi/');
    assert.deepEqual(
      pickPages(
        [
          '/a',
          '/a#x',
          'https://shop.kuura.fi/b',
          'https://other.example/',
          '/c.pdf',
          '/logout',
          'mailto:x@kuura.fi',
          '/d',
          '/e',
        ],
        start,
        3,
      ),
      ['https://kuura.fi/a', 'https://shop.kuura.fi/b', 'https://kuura.fi/d'],
    );
  });

  it('reads sitemap locations, entities and CDATA included', () => {
    assert.deepEqual(
      sitemapLocations(
        '<urlset><url><loc> https://kuura.fi/a?x=1&amp;y=2 </loc></url><url><loc><![CDATA[https://kuura.fi/b]]></loc></url></urlset>',
      ),
      ['https://kuura.fi/a?x=1&y=2', 'https://kuura.fi/b'],
    );
  });

  it('finds a cookie named in a notice as a word of its own', () => {
    assert.ok(mentions('Eväste `cart` pitää ostoskorin.', 'cart'));
    assert.ok(!mentions('cartography', 'cart'));
    assert.ok(!mentions('cart_id', 'cart'));
  });
});

/** A page's facts with every phase done and empty, changed by `change`. */
function facts(change: (phases: Record<string, PhaseRecord>) => void = () => {}): PageFacts {
  const phases = {
    firstVisit: emptyPhase('https://kuura.fi/', 'done'),
    reject: emptyPhase('https://kuura.fi/', 'done'),
    accept: emptyPhase('https://kuura.fi/', 'done'),
    withdraw: emptyPhase('https://kuura.fi/', 'done'),
  };
  change(phases);
  return {
    host: 'kuura.fi',
    banner: { kind: 'none', accept: null, reject: null },
    seloste: null,
    phases,
  };
}

describe('the checks, on hand-made records', () => {
  it('fail a tracker request before consent, and only warn about a tag manager', () => {
    const result = noTrackersBeforeConsent(
      facts((p) => {
        p.firstVisit!.requests.push({
          url: 'https://www.googletagmanager.com/gtm.js?id=GTM-1',
          vendor: 'gtm',
          category: 'marketing',
          at: 10,
          type: 'script',
        });
      }),
    );
    assert.equal(result.status, 'warn');
    assert.equal(noTrackersBeforeConsent(facts()).status, 'pass');
  });

  it('skip, never pass, what could not run', () => {
    const failed = facts((p) => (p.firstVisit = emptyPhase('x', 'failed', [{ code: 'tls' }])));
    assert.equal(noTrackersBeforeConsent(failed).status, 'skip');
    assert.equal(rejectOnFirstLayer(facts()).status, 'skip');
    assert.equal(consentDefaultFirst(facts()).status, 'skip');
    assert.equal(gatedScriptsInert(facts()).status, 'skip');
  });

  it('read the order of dataLayer, ignoring the tag manager’s own events', () => {
    const order = (layer: { command: string; target?: string }[]) =>
      consentDefaultFirst(facts((p) => (p.firstVisit!.dataLayer = layer))).status;
    assert.equal(
      order([
        { command: 'event', target: 'gtm.js' },
        { command: 'consent', target: 'default' },
        { command: 'config', target: 'G-1' },
      ]),
      'pass',
    );
    assert.equal(
      order([
        { command: 'config', target: 'G-1' },
        { command: 'consent', target: 'default' },
      ]),
      'fail',
    );
    assert.equal(order([{ command: 'event', target: 'page_view' }]), 'fail');
  });

  it('warn when withdrawal needed the API because the page has no settings link', () => {
    const result = withdrawalClears(
      facts((p) => p.withdraw!.notes.push({ code: 'no-settings-link' })),
    );
    assert.equal(result.status, 'warn');
    assert.equal(withdrawalClears(facts()).status, 'pass');
  });

  it('let a gated script of the necessary category run', () => {
    const ran = (category: string) =>
      gatedScriptsInert(
        facts((p) => p.firstVisit!.gated.push({ label: '/a.js', category, ranAt: 5 })),
      ).status;
    assert.equal(ran('necessary'), 'pass');
    assert.equal(ran('analytics'), 'fail');
  });

  it("declare a Seloste site's consent cookie, its vendors' cookies and what its notice names", () => {
    const declared = declaredCookies({
      version: '1',
      vendors: ['ga4'],
      sources: {},
      notice: null,
      noticeCookies: ['cart'],
      serviceCookies: ['chat_id'],
      noticeProblem: null,
    });
    assert.deepEqual(declared, [
      'seloste_consent',
      '__Host-seloste_consent',
      '_ga',
      '_ga_*',
      'cart',
      'chat_id',
    ]);
  });

  it('declare the cookies of the services the site names or declares', async () => {
    const block = JSON.stringify([{ id: 'chat', cookies: [{ name: 'chat_id', days: 30 }] }]);
    assert.deepEqual(await declaredServiceCookies('hotjar:1234567', [block, '{broken']), [
      '_hjSessionUser_*',
      '_hjSession_*',
      '_hj*',
      'chat_id',
    ]);
  });
});

describe('the texts and the reports', () => {
  it('have every check and every message in Finnish, Swedish and English', () => {
    const keys = (lang: 'fi' | 'sv' | 'en') => Object.keys(REPORT_TEXTS[lang].messages).sort();
    assert.deepEqual(keys('fi'), keys('en'));
    assert.deepEqual(keys('sv'), keys('en'));
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const id of CHECK_IDS) {
        assert.ok(REPORT_TEXTS[lang].check[id] && REPORT_TEXTS[lang].fix[id], `${lang} ${id}`);
      }
    }
  });

  it('escape everything from the site, and hold no script', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const page: PageResult = {
      url: `https://kuura.fi/?q=${hostile}`,
      finalUrl: 'https://kuura.fi/',
      scanned: true,
      seloste: null,
      banner: { kind: 'other', accept: null, reject: null },
      phases: facts((p) => {
        p.firstVisit!.cookies.push({
          name: hostile,
          domain: 'kuura.fi',
          path: '/',
          expires: null,
          party: 'first',
          vendor: null,
          category: null,
          setBy: `javascript:${hostile}`,
          at: 1,
        });
        p.firstVisit!.notes.push({ code: 'script-error', values: { error: `</style>${hostile}` } });
      }).phases,
      checks: [],
      notes: [],
      duration: 1,
    };
    page.checks = [
      noTrackersBeforeConsent({
        host: 'kuura.fi',
        banner: page.banner,
        seloste: null,
        phases: page.phases,
      }),
    ];
    const report: ScanReport = {
      tool: 'seloste scan',
      version: '0',
      startedAt: new Date(0).toISOString(),
      finishedAt: new Date(0).toISOString(),
      site: page.url,
      lang: 'en',
      browser: '1',
      pages: [page],
      notes: [],
      summary: summarize([page]),
    };
    const html = htmlReport(report);
    assert.ok(!html.includes(hostile), 'no raw markup from the site');
    assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'));
    assert.doesNotMatch(html, /<script|<\/style>&lt;/i);
    assert.doesNotMatch(terminalSummary({ ...report, site: 'https://x/\u001b[2J' }), /\u001b/);
  });
});
