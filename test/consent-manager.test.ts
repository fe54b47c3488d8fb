import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createManager } from '../src/consent-manager.js';
import { parseConfig } from '../src/core/config.js';
import { changes as diff } from '../src/core/consent.js';
import type { Choice, ConsentRecord } from '../src/core/types.js';
import { VENDORS } from '../src/core/vendors.js';
import type { PageService } from '../src/page-services.js';
import { SelosteChoiceEvent, type SelosteChangeEvent } from '../src/events.js';
import { readCookies } from '../src/cookies/read.js';
import { decodeRecord, encodeRecord } from '../src/core/codec.js';
import type { Vendors } from '../src/vendors.js';
import { captureWarnings } from './warnings.js';

const CONSENT_COOKIE = 'seloste_consent';
const readCookie = (name: string) => readCookies(name)[0];

const names = () =>
  document.cookie
    .split('; ')
    .filter(Boolean)
    .map((pair) => pair.split('=')[0]!);

/** The services of `ids`, as the page lists them. */
const services = (...ids: string[]): PageService[] =>
  VENDORS.filter(({ id }) => ids.includes(id)).map((vendor) => ({ ...vendor, purpose: {} }));

/** The services on the test page: GA4 for analytics, Meta for marketing. */
const SERVICES = services('googleAnalytics', 'metaPixel');

/** Vendors that record what they were told, in one shared log. */
const fakeVendors = (
  log: string[],
  scripts: (Choice | null)[],
  onPage: PageService[],
): Vendors => ({
  update(before, after) {
    const { granted, revoked } = diff(before, after, onPage);
    const told = (list: string[]) => list.filter((id) => onPage.some((s) => s.id === id));
    told(revoked).forEach((id) => log.push(`revoke ${id}`));
    told(granted).forEach((id) => log.push(`grant ${id}`));
  },
  runSiteScripts: (choice) => void scripts.push(choice),
});

/** What the consent cookie holds now, as the loader reads it. */
const stored = () => {
  const raw = readCookie(CONSENT_COOKIE);
  return raw ? decodeRecord(raw)! : null;
};

/** Aborted after each test: a manager stops listening to the page when its test ends. */
let listening = new AbortController();

function setup(
  initial: ConsentRecord | null = null,
  extra: Record<string, string> = {},
  onPage = SERVICES,
) {
  const log: string[] = [];
  const scripts: (Choice | null)[] = [];
  const sent: { method: string; categories: object; shown: boolean }[] = [];
  let announced = 0;
  const { config } = parseConfig({
    dataset: {
      reloadOnRevoke: 'false',
      ga4: 'G-TEST1234',
      metaPixel: '1234567890',
      ...extra,
    },
    pageUrl: location.href,
  });
  // The consent-log chunk, recording what would be sent.
  const consentLog = {
    toLogRecord: async (decision: ConsentRecord, context: { method: string; texts?: object }) => ({
      method: context.method,
      categories: decision.categories,
      shown: !!context.texts,
    }),
    consentLog: () => ({ send: async (record: (typeof sent)[number]) => void sent.push(record) }),
  };
  const vendors = fakeVendors(log, scripts, onPage);
  const manager = createManager(
    {
      config,
      dataset: {},
      initial,
      readStored: stored,
      announce: () => announced++,
      vendors: () => Promise.resolve(vendors),
      nonce: '',
      report: () => Promise.resolve(),
      load: () => Promise.resolve(consentLog as never),
      shownTexts: () => ({ bannerTitle: 'x' }),
      signal: listening.signal,
    },
    config,
    { refs: async () => onPage, all: async () => onPage },
  );
  return { manager, log, scripts, sent, announced: () => announced };
}

const changes = (count: number) =>
  new Promise<(Choice | null)[]>((resolve) => {
    const seen: (Choice | null)[] = [];
    const listen = (e: SelosteChangeEvent) => {
      seen.push(e.detail && { analytics: e.detail.analytics, marketing: e.detail.marketing });
      if (seen.length === count) {
        document.removeEventListener('seloste-change', listen);
        resolve(seen);
      }
    };
    document.addEventListener('seloste-change', listen);
  });

describe('consent manager', () => {
  afterEach(() => {
    listening.abort();
    listening = new AbortController();
    for (const name of names()) document.cookie = `${name}=; path=/; max-age=0`;
  });

  it('takes choices from the page until its signal is aborted', async () => {
    const { manager, announced } = setup();
    const choose = () =>
      document.body.dispatchEvent(new SelosteChoiceEvent({ analytics: true, marketing: false }));
    const changed = oneEvent(document, 'seloste-change');
    choose();
    await changed;
    expect(announced()).to.equal(1);
    listening.abort();
    choose();
    // Decisions are applied in turn: one the choice started would be done before this.
    await manager.follow(manager.store.get());
    expect(announced()).to.equal(1);
  });

  describe('per service', () => {
    const onPage = services('googleAnalytics', 'googleAds', 'metaPixel');

    it('keeps a refused service away while its category sibling is told to go', async () => {
      const { manager, log } = setup(null, {}, onPage);
      const consent = await manager.decide({
        analytics: true,
        marketing: true,
        services: { googleAds: false },
      });
      expect(consent?.services).to.deep.equal({
        googleAnalytics: true,
        googleAds: false,
        metaPixel: true,
      });
      expect(log).to.deep.equal(['grant googleAnalytics', 'grant metaPixel']);
      expect(stored()?.categories.services).to.deep.equal(consent?.services);
    });

    it('withdraws one service: it is told, and its cookies go while its sibling keeps its own', async () => {
      document.cookie = '_gcl_au=1.1.1; path=/';
      document.cookie = '_fbp=fb.1.2; path=/';
      const { manager, log, sent } = setup(
        null,
        { consentLog: 'https://log.example.test/v1' },
        onPage,
      );
      await manager.decide({ analytics: false, marketing: true });
      log.length = 0;
      await manager.setConsent({ services: { googleAds: false } });
      expect(log).to.deep.equal(['revoke googleAds']);
      expect(names()).to.include('_fbp').and.not.include('_gcl_au');
      await waitUntil(() => sent.length === 2);
      expect(sent[1]!.method, 'logged as a withdrawal').to.equal('withdrawal');
    });

    it('allows a service of a refused category with that service alone', async () => {
      const { manager } = setup(null, {}, onPage);
      const consent = await manager.setConsent({ services: { metaPixel: true } });
      expect(consent).to.include({ analytics: false, marketing: true });
      expect(consent?.services).to.include({ metaPixel: true, googleAds: false });
    });

    it('names a bad service value and keeps the rest', async () => {
      const { manager } = setup(null, {}, onPage);
      const warned = captureWarnings();
      const consent = await manager
        .setConsent({ marketing: true, services: { googleAds: 'no' as never } })
        .finally(warned.stop);
      expect(warned.messages.join()).to.contain('services.googleAds: no ignored');
      expect(consent?.services.googleAds).to.equal(true);
    });
  });

  it('stores the decision, grants the vendors, runs the site scripts, then announces it', async () => {
    const { manager, log, scripts } = setup();
    const announced = oneEvent<SelosteChangeEvent>(document, 'seloste-change');
    const consent = await manager.decide({ analytics: true, marketing: false });
    expect(consent).to.include({ necessary: true, analytics: true, marketing: false });
    expect((await announced).detail).to.deep.equal(consent);
    expect(log).to.deep.equal(['grant googleAnalytics']);
    expect(scripts).to.deep.equal([
      { analytics: true, marketing: false, services: { googleAnalytics: true, metaPixel: false } },
    ]);
    expect(readCookie(CONSENT_COOKIE)).to.match(
      /^v:2\|a:1\|m:0\|s:googleAnalytics\.!metaPixel\|t:[0-9a-z]+\|/,
    );
    expect(manager.store.get()?.categories).to.deep.equal({
      analytics: true,
      marketing: false,
      services: { googleAnalytics: true, metaPixel: false },
    });
  });

  it('tells vendors of a withdrawal before it grants anything', async () => {
    const record = {
      categories: { analytics: true, marketing: false },
      id: 'abcdefgh12',
      updatedAt: Date.now(),
      revision: '',
    };
    document.cookie = `${CONSENT_COOKIE}=${encodeURIComponent(encodeRecord(record))}; path=/`;
    const { manager, log } = setup(record);
    await manager.decide({ analytics: false, marketing: true });
    expect(log).to.deep.equal(['revoke googleAnalytics', 'grant metaPixel']);
  });

  it('applies decisions one after another, in the order they were made', async () => {
    const { manager, log } = setup();
    const seen = changes(2);
    const [accepted, rejected] = await Promise.all([
      manager.decide({ analytics: true, marketing: true }),
      manager.decide({ analytics: false, marketing: false }),
    ]);
    expect(accepted).to.include({ analytics: true, marketing: true });
    expect(rejected).to.include({ analytics: false, marketing: false });
    expect(await seen).to.deep.equal([
      { analytics: true, marketing: true },
      { analytics: false, marketing: false },
    ]);
    expect(log).to.deep.equal([
      'grant googleAnalytics',
      'grant metaPixel',
      'revoke googleAnalytics',
      'revoke metaPixel',
    ]);
  });

  it('deletes the cookies of refused vendors, even ones it never granted on this page', async () => {
    document.cookie = '_ga=GA1.1.1; path=/';
    document.cookie = '_fbp=fb.1.1; path=/';
    document.cookie = 'cart=3; path=/';
    const { manager } = setup();
    await manager.decide({ analytics: false, marketing: true });
    expect(names().sort()).to.deep.equal(['_fbp', 'cart', CONSENT_COOKIE].sort());
  });

  it('forgets a decision and withdraws what it granted', async () => {
    const { manager, log } = setup();
    await manager.decide({ analytics: true, marketing: true });
    expect(await manager.decide(null)).to.equal(null);
    expect(log.slice(-2)).to.deep.equal(['revoke googleAnalytics', 'revoke metaPixel']);
    expect(readCookie(CONSENT_COOKIE)).to.equal(undefined);
  });

  it('sets only the categories given, and ignores anything else', async () => {
    const warned = captureWarnings();
    try {
      const { manager } = setup();
      const consent = await manager.setConsent({
        marketing: true,
        constructor: true,
        analytics: 'yes',
      } as unknown as Partial<Choice>);
      expect(consent).to.include({ analytics: false, marketing: true });
    } finally {
      warned.stop();
    }
    expect(warned.messages).to.deep.equal([
      '[seloste] setConsent: constructor: true ignored; give analytics or marketing true or false.',
      '[seloste] setConsent: analytics: yes ignored; give analytics or marketing true or false.',
    ]);
  });

  describe('beside other tabs', () => {
    const record = (
      analytics: boolean,
      marketing: boolean,
      id = 'otherTab0001',
    ): ConsentRecord => ({
      categories: { analytics, marketing },
      id,
      updatedAt: Date.now(),
      revision: '',
    });
    const storeInCookie = (r: ConsentRecord | null) => {
      document.cookie = r
        ? `${CONSENT_COOKIE}=${encodeURIComponent(encodeRecord(r))}; path=/`
        : `${CONSENT_COOKIE}=; path=/; max-age=0`;
    };

    it('starts each decision from the cookie as it is now, not as this page read it', async () => {
      // This tab loaded with everything granted; another tab has since refused both.
      const { manager } = setup(record(true, true, 'thisTab00001'));
      storeInCookie(record(false, false));
      const consent = await manager.setConsent({ analytics: true });
      expect(consent).to.include({ analytics: true, marketing: false, id: 'otherTab0001' });
      expect(readCookie(CONSENT_COOKIE)).to.match(/^v:2\|a:1\|m:0\|.*\|id:otherTab0001\|/);
    });

    it('keeps the consent id another tab made when a stale banner accepts', async () => {
      const { manager } = setup(null);
      storeInCookie(record(false, false));
      expect(await manager.decide({ analytics: true, marketing: true })).to.include({
        id: 'otherTab0001',
      });
    });

    it('tells the other tabs of each decision', async () => {
      const { manager, announced } = setup();
      await manager.decide({ analytics: true, marketing: false });
      await manager.decide(null);
      expect(announced()).to.equal(2);
    });

    it('follows a decision another tab stored, without writing it again', async () => {
      const { manager, log, scripts } = setup(record(true, true, 'thisTab00001'));
      const withdrawn = record(false, true);
      storeInCookie(withdrawn);
      const before = document.cookie;
      const consent = await manager.follow(withdrawn);
      expect(consent).to.include({ analytics: false, marketing: true, id: 'otherTab0001' });
      expect(log).to.deep.equal(['revoke googleAnalytics']);
      expect(scripts).to.deep.equal([]);
      expect(document.cookie).to.equal(before);
      expect(manager.store.get()).to.deep.equal(withdrawn);
    });
  });

  describe('with a consent log and Global Privacy Control', () => {
    const LOG = { consentLog: 'https://consent.example.fi/v1/records' };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    let gpc: PropertyDescriptor | undefined;
    const signal = (on: boolean) =>
      Object.defineProperty(navigator, 'globalPrivacyControl', { value: on, configurable: true });
    before(() => (gpc = Object.getOwnPropertyDescriptor(navigator, 'globalPrivacyControl')));
    after(() => {
      if (gpc) Object.defineProperty(navigator, 'globalPrivacyControl', gpc);
      else delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    });

    it('sends one record per decision, named by where it came from; a refusal of a grant is a withdrawal', async () => {
      signal(false);
      const { manager, sent } = setup(null, LOG);
      await manager.decide({ analytics: true, marketing: true });
      await manager.setConsent({ marketing: false });
      const banner = document.createElement('seloste-banner');
      document.body.append(banner);
      banner.dispatchEvent(
        new CustomEvent('seloste-choice', {
          bubbles: true,
          composed: true,
          detail: { analytics: true, marketing: true },
        }),
      );
      banner.remove();
      await settle();
      expect(sent.map(({ method }) => method)).to.deep.equal(['api', 'withdrawal', 'banner']);
      expect(sent[0]).to.deep.include({ shown: true });
    });

    it('sends nothing without data-consent-log', async () => {
      const { manager, sent } = setup();
      await manager.decide({ analytics: true, marketing: false });
      await settle();
      expect(sent).to.deep.equal([]);
    });

    it('under the signal, accepting all accepts all but marketing; the settings may allow it', async () => {
      signal(true);
      const { manager } = setup();
      expect(await manager.decide({ analytics: true, marketing: true })).to.include({
        analytics: true,
        marketing: false,
      });
      expect(await manager.decide({ analytics: true, marketing: true }, 'settings')).to.include({
        marketing: true,
      });
      expect(await manager.setConsent({ marketing: true })).to.include({ marketing: true });
    });

    it('data-gpc="ignore" turns that off', async () => {
      signal(true);
      const { manager } = setup(null, { gpc: 'ignore' });
      expect(await manager.decide({ analytics: true, marketing: true })).to.include({
        marketing: true,
      });
    });
  });
});
