import { expect, oneEvent } from '@open-wc/testing';
import { createManager } from '../src/consent-manager.js';
import { parseConfig } from '../src/core/config.js';
import type { Choice, ConsentRecord, OptionalCategory } from '../src/core/types.js';
import type { SelosteChangeEvent } from '../src/events.js';
import type { Integration } from '../src/integrations/integration.js';
import { CONSENT_COOKIE, readCookie } from '../src/cookies/read.js';

const names = () =>
  document.cookie
    .split('; ')
    .filter(Boolean)
    .map((pair) => pair.split('=')[0]!);

/** A vendor that records what it was told, in one shared log. */
const vendor = (id: Integration['id'], category: OptionalCategory, log: string[]): Integration => ({
  id,
  category,
  init: () => log.push(`init ${id}`),
  grant: () => log.push(`grant ${id}`),
  revoke: () => log.push(`revoke ${id}`),
});

function setup(initial: ConsentRecord | null = null) {
  const log: string[] = [];
  const scripts: (Choice | null)[] = [];
  const { config } = parseConfig({ dataset: { reloadOnRevoke: 'false' } });
  const manager = createManager(
    {
      config,
      dataset: {},
      initial,
      integrations: [
        vendor('googleAnalytics', 'analytics', log),
        vendor('metaPixel', 'marketing', log),
      ],
      env: { window: {}, loadScript: () => Promise.resolve(true) },
      runSiteScripts: (choice) => scripts.push(choice),
    },
    config,
  );
  return { manager, log, scripts };
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
    for (const name of names()) document.cookie = `${name}=; path=/; max-age=0`;
  });

  it('stores the decision, grants the vendors, runs the site scripts, then announces it', async () => {
    const { manager, log, scripts } = setup();
    const announced = oneEvent<SelosteChangeEvent>(document, 'seloste-change');
    const consent = await manager.decide({ analytics: true, marketing: false });
    expect(consent).to.include({ necessary: true, analytics: true, marketing: false });
    expect((await announced).detail).to.deep.equal(consent);
    expect(log).to.deep.equal(['grant googleAnalytics']);
    expect(scripts).to.deep.equal([{ analytics: true, marketing: false }]);
    expect(readCookie(CONSENT_COOKIE)).to.match(/^v:1\|a:1\|m:0\|/);
    expect(manager.store.get()?.categories).to.deep.equal({ analytics: true, marketing: false });
  });

  it('tells vendors of a withdrawal before it grants anything', async () => {
    const { manager, log } = setup({
      categories: { analytics: true, marketing: false },
      id: 'abcdefgh12',
      updatedAt: Date.now(),
      revision: '',
    });
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
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const { manager } = setup();
      const consent = await manager.setConsent({
        marketing: true,
        constructor: true,
        analytics: 'yes',
      } as unknown as Partial<Choice>);
      expect(consent).to.include({ analytics: false, marketing: true });
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([
      '[seloste] setConsent: constructor: true ignored; give analytics or marketing true or false.',
      '[seloste] setConsent: analytics: yes ignored; give analytics or marketing true or false.',
    ]);
  });
});
