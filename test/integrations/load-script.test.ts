import { expect } from '@open-wc/testing';
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

/** A gated placeholder as the page's markup would have it (created as the parser does). */
function placeholder(attributes: Record<string, string>, text = '') {
  const script = document.createElement('script');
  script.type = 'text/plain';
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.text = text;
  return script;
}

/** The loader with this page's origin as the one vendor origin. */
const loader = (warn: (m: string) => void = () => {}, nonce = '') =>
  scriptLoader(document, nonce, warn, [location.href]);

describe('scriptLoader', () => {
  beforeEach(() => {
    window.ran = [];
  });

  it('loads an async script with the nonce and says when it has run', async () => {
    const src = scriptUrl('vendor');
    const ok = await loader(() => {}, 'n0nce').load(src);
    const script = document.head.querySelector<HTMLScriptElement>(`script[src="${src}"]`)!;
    expect(ok).to.equal(true);
    expect(window.ran).to.deep.equal(['vendor']);
    expect(script.async).to.equal(true);
    expect(script.nonce).to.equal('n0nce');
  });

  it('reports a script that cannot load, and goes on', async () => {
    const warnings: string[] = [];
    const gone = scriptUrl('never');
    URL.revokeObjectURL(gone);
    const ok = await loader((m) => warnings.push(m)).load(gone);
    expect(ok).to.equal(false);
    expect(window.ran).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      `could not load ${gone} (offline, or blocked by an ad blocker or the CSP?).`,
    ]);
  });

  it('loads nothing from an origin that is not a configured vendor’s', async () => {
    const scripts = scriptLoader(document, '', () => {}, [
      'https://www.googletagmanager.com/gtag/js',
    ]);
    const src = scriptUrl('elsewhere');
    expect(() => scripts.load(src)).to.throw(TypeError, /is not from a configured vendor's origin/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.ran).to.deep.equal([]);
  });

  it('runs gated site scripts once each, in document order, keeping their attributes', async () => {
    const root = document.createElement('div');
    const first = placeholder({ src: scriptUrl('first (src)'), id: 'a', 'data-site': 'x' });
    root.append(
      first,
      placeholder({}, "(window.ran ??= []).push('second (inline)');"),
      placeholder({ src: scriptUrl('third (src)') }),
    );
    document.body.append(root);
    const placeholders = [...root.querySelectorAll<HTMLScriptElement>('script')];
    const scripts = loader(() => {}, 'page-nonce');
    await scripts.revive(placeholders);
    expect(window.ran).to.deep.equal(['first (src)', 'second (inline)', 'third (src)']);
    const revived = root.querySelector<HTMLScriptElement>('#a')!;
    expect(revived.hasAttribute('type')).to.equal(false);
    expect(revived.dataset.site).to.equal('x');
    expect(revived.nonce).to.equal('page-nonce');
    await scripts.revive(placeholders);
    expect(window.ran, 'a second call runs nothing again').to.have.length(3);
    root.remove();
  });

  it('gives a revived script the type from data-seloste-type', async () => {
    const module = placeholder(
      { 'data-seloste-type': 'module' },
      '(window.ran ??= []).push(typeof import.meta);',
    );
    document.body.append(module);
    await loader().revive([module]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.body.querySelector('script[type="module"]')).not.to.equal(null);
    expect(window.ran).to.deep.equal(['object']);
  });

  it('never runs a gated script that markup injected through innerHTML', async () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<script type="text/plain" data-seloste-category="analytics">(window.ran ??= []).push("injected")</script>';
    document.body.append(root);
    await loader().revive(root.querySelectorAll('script'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.ran).to.deep.equal([]);
    root.remove();
  });
});
