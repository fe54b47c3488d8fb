import { expect, fixture, oneEvent } from '@open-wc/testing';
import { define } from '../../src/define.js';
import { recogniseEmbed, type EmbedService } from '../../src/core/embeds.js';
import { SelosteEmbed } from '../../src/ui/embed/embed.js';
import { EMBED_TEXTS } from '../../src/ui/embed/texts.js';

define('seloste-embed', SelosteEmbed);

const youtube = (
  recogniseEmbed('https://youtu.be/x1', location.origin) as { service: EmbedService }
).service;

async function placeholder(lang: 'fi' | 'sv' | 'en' = 'fi') {
  const el = Object.assign(new SelosteEmbed(), {
    service: youtube,
    category: 'marketing' as const,
    label: 'Näin paahdamme',
    texts: EMBED_TEXTS[lang],
    lang,
  });
  return fixture<SelosteEmbed>(el);
}

describe('seloste-embed', () => {
  it('names the service, what loading it means, and offers two buttons', async () => {
    const el = await placeholder();
    const root = el.shadowRoot!;
    const group = root.querySelector('[role=group]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('title');
    expect(root.getElementById('title')!.textContent).to.equal('YouTube: Näin paahdamme');
    expect(root.textContent).to.include('Google Ireland Limited');
    expect(root.textContent).to.include('Yhdysvaltoihin');
    const labels = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).to.deep.equal(['Lataa tämä video', 'Salli markkinointi']);
    expect(el.lang).to.equal('fi');
  });

  it('fires load and allow from its buttons', async () => {
    const el = await placeholder('en');
    const [load, allow] = el.shadowRoot!.querySelectorAll('button');
    const loading = oneEvent(el, 'seloste-embed-load');
    load!.click();
    await loading;
    const allowing = oneEvent(el, 'seloste-embed-allow');
    allow!.click();
    await allowing;
  });

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`passes axe (${lang})`, async () => {
      await expect(await placeholder(lang)).to.be.accessible();
    });
  }
});
