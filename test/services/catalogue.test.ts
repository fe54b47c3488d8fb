import { expect } from '@open-wc/testing';
import { matchesCookie } from '../../src/core/cookie-names.js';
import { recogniseEmbed } from '../../src/core/embeds.js';
import { SERVICE_ID } from '../../src/core/services.js';
import { LANGS } from '../../src/core/types.js';
import { CATALOGUE } from '../../src/services/catalogue.js';
import { SNIPPETS } from '../../src/services/snippets.js';

const SCRIPTED = ['hotjar', 'clarity', 'linkedin', 'tiktok', 'leadfeeder', 'snap', 'pinterest'];
const EMBEDS: Record<string, string> = {
  youtube: 'https://www.youtube.com/watch?v=abc123',
  vimeo: 'https://vimeo.com/123456',
  'google-maps': 'https://www.google.com/maps/embed?pb=x',
};

describe('the service catalogue', () => {
  it("holds the issue's services, each with a valid id, once", () => {
    const ids = CATALOGUE.map(({ id }) => id);
    expect(ids).to.have.members([...SCRIPTED, ...Object.keys(EMBEDS)]);
    for (const id of ids) expect(id, id).to.match(SERVICE_ID);
  });

  it('tells each in fi, sv and en, with a provider and an https privacy page', () => {
    for (const service of CATALOGUE) {
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
    for (const service of CATALOGUE) {
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

  it('has a snippet for each scriptable service, of the same category', () => {
    expect(Object.keys(SNIPPETS)).to.have.members(SCRIPTED);
    for (const service of CATALOGUE)
      if (SNIPPETS[service.id])
        expect(SNIPPETS[service.id]!.category, service.id).to.equal(service.category);
  });

  it('names its embeds by the ids that core/embeds.ts recognises', () => {
    for (const [id, url] of Object.entries(EMBEDS)) {
      const found = recogniseEmbed(url, 'https://shop.example.fi');
      expect('service' in found && found.service.id, url).to.equal(id);
    }
  });
});
