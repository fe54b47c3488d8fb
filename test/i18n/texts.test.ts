import { expect } from '@open-wc/testing';
import { readTextOverrides, resolveTexts } from '../../src/i18n/index.js';
import { reportTextOverrides } from '../../src/i18n/report.js';
import { LANGS } from '../../src/core/types.js';
import type { BannerTexts, TextOverrides, Texts } from '../../src/i18n/texts.js';

import enBanner from '../../src/i18n/en/banner.js';
import enDialogs from '../../src/i18n/en/dialogs.js';
import fiBanner from '../../src/i18n/fi/banner.js';
import fiDialogs from '../../src/i18n/fi/dialogs.js';
import svBanner from '../../src/i18n/sv/banner.js';
import svDialogs from '../../src/i18n/sv/dialogs.js';

const banners = { fi: fiBanner, sv: svBanner, en: enBanner };
const dialogs = { fi: fiDialogs, sv: svDialogs, en: enDialogs };

describe('texts', () => {
  it('has every text in fi, sv and en, none empty', () => {
    const keys = (texts: object) => Object.keys(texts).sort();
    for (const lang of LANGS) {
      expect(keys(banners[lang]), lang).to.deep.equal(keys(banners.en));
      expect(keys(dialogs[lang]), lang).to.deep.equal(keys(dialogs.en));
      expect(keys(dialogs[lang].purposes), lang).to.deep.equal(keys(dialogs.en.purposes));
      const values = [...Object.values(banners[lang]), ...Object.values(dialogs[lang].purposes)];
      for (const value of values) expect(value, lang).to.be.a('string').with.length.greaterThan(0);
    }
  });

  it('lets the owner override a text', () => {
    const texts = resolveTexts<BannerTexts>(banners.fi, { bannerTitle: 'Evästeet Kuurassa' });
    expect(texts.bannerTitle).to.equal('Evästeet Kuurassa');
    expect(texts.acceptAll).to.equal('Hyväksy kaikki');
    expect(banners.fi.bannerTitle, 'the built-in texts stay as they are').to.equal(
      'Käytämme evästeitä',
    );
  });

  it('overrides nested purposes, and leaves out what it cannot use', () => {
    const overrides = {
      bannerTittle: 'x',
      save: 42,
      purposes: { metaPixel: 'Ads on Facebook.', tiktok: 'x' },
    } as unknown as Partial<Texts>;
    const texts = resolveTexts<Texts>({ ...banners.en, ...dialogs.en }, overrides);
    expect(texts.purposes.metaPixel).to.equal('Ads on Facebook.');
    expect(texts.purposes.googleAds).to.equal(dialogs.en.purposes.googleAds);
    expect(texts.save).to.equal('Save choices');
    expect(texts).not.to.have.property('bannerTittle');
    expect(texts.purposes).not.to.have.property('tiktok');
  });

  it('reports the overrides it cannot use', () => {
    const warnings: string[] = [];
    reportTextOverrides(
      { ...banners.en, ...dialogs.en },
      'en',
      {
        en: { bannerTittle: 'x', save: 42, purposes: { tiktok: 'x' }, acceptAll: 'OK' },
        fi: { nope: 'not reported: another language' },
      } as unknown as TextOverrides,
      (m) => warnings.push(m),
    );
    expect(warnings).to.deep.equal([
      'text en.bannerTittle ignored: Seloste has no such text.',
      'text en.save ignored: it must be a string.',
      'text en.purposes.tiktok ignored: Seloste has no such text.',
    ]);
  });

  it('survives hostile or empty overrides: no prototype keys, no unlabelled buttons', () => {
    const overrides = JSON.parse(
      '{"en": {"__proto__": {"__proto__": {"x": 1}}, "constructor": {"a": "b"}, "acceptAll": " ", "rejectAll": "", "purposes": {"__proto__": "x"}}}',
    ) as TextOverrides;
    const warnings: string[] = [];
    const all = { ...banners.en, ...dialogs.en };
    reportTextOverrides(all, 'en', overrides, (m) => warnings.push(m));
    expect(warnings).to.deep.equal([
      'text en.__proto__ ignored: Seloste has no such text.',
      'text en.constructor ignored: Seloste has no such text.',
      'text en.acceptAll ignored: it is empty.',
      'text en.rejectAll ignored: it is empty.',
      'text en.purposes.__proto__ ignored: Seloste has no such text.',
    ]);
    const texts = resolveTexts<Texts>(all, overrides.en);
    expect(texts.acceptAll).to.equal(banners.en.acceptAll);
    expect(texts.rejectAll).to.equal(banners.en.rejectAll);
    expect(Object.getPrototypeOf(texts)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
  });

  describe('readTextOverrides', () => {
    /** A container with the owner's JSON block (built by hand: formatters would mend broken JSON). */
    const block = (json: string) => {
      const root = document.createElement('div');
      const script = Object.assign(document.createElement('script'), {
        type: 'application/json',
        text: json,
      });
      script.dataset.selosteTexts = '';
      root.append(script);
      return root;
    };

    it('reads the JSON block', () => {
      expect(readTextOverrides(block('{"fi": {"settings": "Valitse"}}'), () => {})).to.deep.equal({
        fi: { settings: 'Valitse' },
      });
    });

    it('reports broken JSON and goes on without it', () => {
      const warnings: string[] = [];
      expect(
        readTextOverrides(block('{"fi": {"settings": "Valitse",}}'), (m) => warnings.push(m)),
      ).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        /^<script data-seloste-texts> ignored: not valid JSON \(SyntaxError/,
      );
    });

    it('reports JSON that is not an object', () => {
      const warnings: string[] = [];
      expect(readTextOverrides(block('"fi"'), (m) => warnings.push(m))).to.equal(undefined);
      expect(warnings).to.deep.equal([
        '<script data-seloste-texts> ignored: expected an object like {"fi": {"bannerTitle": "…"}}.',
      ]);
    });

    it('is undefined without a block', () => {
      expect(readTextOverrides(document.createElement('div'), () => {})).to.equal(undefined);
    });
  });
});
