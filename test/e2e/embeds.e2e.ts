/**
 * Embeds behind placeholders, in the built bundle: an iframe with `data-seloste-src` loads
 * nothing before consent, loads this time only from its placeholder, and for good once its
 * category is allowed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { quiet, shopPage, startHarness, type Harness } from './harness.js';

let harness: Harness;
before(async () => (harness = await startHarness()));
after(() => harness.close());

const VIDEO = `<iframe data-seloste-src="https://www.youtube.com/watch?v=abc123XYZ" data-seloste-category="marketing" title="Näin paahdamme" width="560" height="315"></iframe>`;

describe('embeds behind placeholders', () => {
  it('load nothing before consent, and load this time only from the placeholder', async () => {
    const path = harness.page(shopPage({ body: VIDEO }));
    const { page, vendorRequests, context } = await harness.visit(path);
    const placeholder = page.locator('seloste-embed');
    await placeholder.getByText('YouTube: Näin paahdamme').waitFor();
    await quiet();
    assert.deepEqual(vendorRequests(), []);
    const box = await placeholder.boundingBox();
    assert.equal(Math.round(box!.width), 560, 'the size of the video');
    assert.equal(Math.round(box!.height), 315);
    assert.equal(await page.locator('iframe').isVisible(), false);

    await placeholder.getByRole('button', { name: 'Lataa tämä video' }).click();
    await page.locator('iframe').waitFor({ state: 'visible' });
    assert.deepEqual(vendorRequests(), ['https://www.youtube-nocookie.com/embed/abc123XYZ']);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'IFRAME');
    assert.equal(await page.evaluate(() => window.seloste!.getConsent()), null, 'nothing stored');

    await page.reload();
    await page.locator('seloste-embed').waitFor();
    await context.close();
  });

  it('"Allow marketing" records the choice: the next page shows the video at once', async () => {
    const path = harness.page(shopPage({ body: VIDEO }));
    const { page, vendorRequests, context } = await harness.visit(path);
    await page.locator('seloste-embed').getByRole('button', { name: 'Salli markkinointi' }).click();
    await page.locator('iframe').waitFor({ state: 'visible' });
    assert.equal(await page.locator('seloste-embed').count(), 0);
    assert.equal(await page.evaluate(() => window.seloste!.getConsent()?.marketing), true);
    await page.reload();
    await page.locator('iframe[src]').waitFor({ state: 'visible' });
    assert.equal(await page.locator('seloste-embed').count(), 0);
    assert.equal(
      vendorRequests().filter((url) => url.includes('youtube-nocookie')).length,
      2,
      'once on each page',
    );
    await context.close();
  });

  it('follow the banner, and a withdrawal without reload puts the placeholder back', async () => {
    const path = harness.page(shopPage({ body: VIDEO, attrs: { reloadOnRevoke: 'false' } }));
    const { page, context } = await harness.visit(path);
    await page.locator('seloste-embed').waitFor();
    await page.evaluate(() => window.seloste!.acceptAll());
    await page.locator('iframe').waitFor({ state: 'visible' });
    await page.evaluate(() => window.seloste!.setConsent({ marketing: false }));
    await page.locator('seloste-embed').waitFor();
    assert.equal(await page.locator('iframe').getAttribute('src'), null);
    await context.close();
  });

  it('never loads an address that is not https, and says why', async () => {
    const bad = `<iframe data-seloste-src="javascript:parent.hacked=1" data-seloste-category="analytics" title="x"></iframe>`;
    const { page, messages, context } = await harness.visit(harness.page(shopPage({ body: bad })));
    await page.evaluate(() => window.seloste!.acceptAll());
    await quiet();
    assert.equal(await page.evaluate(() => (window as { hacked?: number }).hacked), undefined);
    assert.ok(
      messages.includes(
        'warning: [seloste] <iframe data-seloste-src="javascript:parent.hacked=1"> never loads: expected an https URL (or a page of this site).',
      ),
      messages.join('\n'),
    );
    await context.close();
  });
});
