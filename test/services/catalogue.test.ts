import { expect } from '@open-wc/testing';
import { matchesCookie } from '../../src/core/cookie-names.js';
import { recogniseEmbed } from '../../src/core/embeds.js';
import { SERVICE_ID } from '../../src/core/services.js';
import { LANGS } from '../../src/core/types.js';
import type { ServiceInfo } from '../../src/core/services.js';
import { CATALOGUE } from '../../src/services/catalogue.js';

const SCRIPTED = ['hotjar', 'clarity', 'linkedin', 'tiktok', 'leadfeeder', 'snap', 'pinterest'];
const EMBEDS: Record<string, string> = {
  youtube: 'https://www.youtube.com/watch?v=abc123',
  vimeo: 'https://vimeo.com/123456',
  'google-maps': 'https://www.google.com/maps/embed?pb=x',
};

describe('the service catalogue', () => {
  let ENTRIES: ServiceInfo[];
  before(async () => {
    ENTRIES = await Promise.all(Object.values(CATALOGUE).map(async (l) => (await l.info()).info));
  });

  it("holds the issue's services, each under its own id, which is valid", () => {
    expect(Object.keys(CATALOGUE)).to.have.members([...SCRIPTED, ...Object.keys(EMBEDS)]);
    for (const [id, info] of Object.entries(CATALOGUE).map(
      ([id], i) => [id, ENTRIES[i]!] as const,
    )) {
      expect(info.id, id).to.equal(id);
      expect(id, id).to.match(SERVICE_ID);
    }
  });

  it('tells each in fi, sv and en, with a provider and an https privacy page', () => {
    for (const service of ENTRIES) {
      for (const lang of LANGS)
        expect(service.purpose[lang], `${service.id} ${lang}`).to.be.a('string');
      expect(service.provider, service.id).to.not.equal('');
      expect(service.privacyUrl, service.id).to.match(/^https:\/\//);
      // A transfer outside the EU names its safeguard, in every language.
      if (service.transferTo)
        for (const lang of LANGS)
          expect(service.safeguards?.[lang], `${service.id} ${lang}`).to.be.a('string');
    }
  });

  it('deletes the first-party cookies it lists; embeds set theirs on their own domain', () => {
    for (const service of ENTRIES) {
      if (service.id in EMBEDS) {
        expect(service.patterns, service.id).to.deep.equal([]);
        continue;
      }
      expect(service.cookies.length, service.id).to.be.above(0);
      for (const { name } of service.cookies) {
        const cookie = name.replace('<id>', '1234567');
        expect(
          service.patterns.some((p) => matchesCookie(cookie, p)),
          `${service.id}: ${cookie}`,
        ).to.equal(true);
      }
    }
  });

  it('has a loader and an account form for each scriptable service, of the same category', async () => {
    for (const service of ENTRIES) {
      const listing = CATALOGUE[service.id]!;
      expect(!!listing.loader, service.id).to.equal(SCRIPTED.includes(service.id));
      expect(!!listing.account && !!listing.form, service.id).to.equal(
        SCRIPTED.includes(service.id),
      );
      const snippet = await listing.loader?.();
      if (snippet) expect(snippet.create('1').category, service.id).to.equal(service.category);
    }
  });

  it('names its embeds by the ids that core/embeds.ts recognises', () => {
    for (const [id, url] of Object.entries(EMBEDS)) {
      const found = recogniseEmbed(url, 'https://shop.example.fi');
      expect('service' in found && found.service.id, url).to.equal(id);
    }
  });
});
