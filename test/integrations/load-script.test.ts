import { expect, fixture, html } from '@open-wc/testing';
import { scriptLoader } from '../../src/integrations/load-script.js';

/** A script URL whose code records that it ran, in `window.ran`. */
const scriptUrl = (name: string) =>
  URL.createObjectURL(
    new Blob([`(window.ran ??= []).push(${JSON.stringify(name)});`], { type: 'text/javascript' }),
  );

declare global {
  interface Window {
    ran?: string[];
  }
}

describe('scriptLoader', () => {
  beforeEach(() => {
    window.ran = [];
  });

  it('loads an async script with the nonce and says when it has run', async () => {
    const loader = scriptLoader(document, 'n0nce', () => {});
    const src = scriptUrl('vendor');
    const ok = await loader.load(src);
    const script = document.head.querySelector<HTMLScriptElement>(`script[src="${src}"]`)!;
    expect(ok).to.equal(true);
    expect(window.ran).to.deep.equal(['vendor']);
    expect(script.async).to.equal(true);
    expect(script.nonce).to.equal('n0nce');
  });

  it('reports a script that cannot load, and goes on', async () => {
    const warnings: string[] = [];
    const loader = scriptLoader(document, '', (m) => warnings.push(m));
    const gone = scriptUrl('never');
    URL.revokeObjectURL(gone);
    const ok = await loader.load(gone);
    expect(ok).to.equal(false);
    expect(window.ran).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      `could not load ${gone} (offline, or blocked by an ad blocker or the CSP?).`,
    ]);
  });

  it('runs gated site scripts once each, in document order, keeping their attributes', async () => {
    const first = scriptUrl('first (src)');
    const third = scriptUrl('third (src)');
    const root = await fixture(
      html`<div>
        <script
          type="text/plain"
          data-seloste-category="analytics"
          src=${first}
          id="a"
          data-site="x"
        ></script>
        <script type="text/plain" data-seloste-category="analytics">
          (window.ran ??= []).push('second (inline)');
        </script>
        <script type="text/plain" data-seloste-category="analytics" src=${third}></script>
      </div>`,
    );
    const loader = scriptLoader(document, 'page-nonce', () => {});
    const placeholders = [...root.querySelectorAll<HTMLScriptElement>('script')];
    await loader.revive(placeholders);
    expect(window.ran).to.deep.equal(['first (src)', 'second (inline)', 'third (src)']);
    const revived = root.querySelector<HTMLScriptElement>('#a')!;
    expect(revived.type).to.equal('');
    expect(revived.dataset).to.include({ site: 'x', selosteCategory: 'analytics' });
    expect(revived.nonce).to.equal('page-nonce');
    await loader.revive(placeholders);
    expect(window.ran, 'a second call runs nothing again').to.have.length(3);
  });

  it('gives a revived script the type from data-seloste-type', async () => {
    const root = await fixture(
      html`<div>
        <script type="text/plain" data-seloste-category="marketing" data-seloste-type="module">
          (window.ran ??= []).push(typeof import.meta);
        </script>
      </div>`,
    );
    await scriptLoader(document, '', () => {}).revive(root.querySelectorAll('script'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.querySelector('script')!.type).to.equal('module');
    expect(window.ran).to.deep.equal(['object']);
  });
});
