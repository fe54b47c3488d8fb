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
    const warnings: string[] = [];
    const scripts2 = scriptLoader(document, '', (m) => warnings.push(m), [
      'https://www.googletagmanager.com/gtag/js',
    ]);
    const src = scriptUrl('elsewhere');
    expect(await scripts2.load(src)).to.equal(false);
    expect(await scripts.load(src)).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.ran).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      `${src} not loaded: it is not from a configured vendor's origin.`,
    ]);
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
    expect(revived.nonce, 'never the page’s nonce, only its own').to.equal('');
    await scripts.revive(placeholders);
    expect(window.ran, 'a second call runs nothing again').to.have.length(3);
    root.remove();
  });

  it('forgets its timeout once a gated script has loaded: no late warning', async () => {
    const warnings: string[] = [];
    const gated = placeholder({ src: scriptUrl('in time') });
    document.body.append(gated);
    await scriptLoader(document, '', (m) => warnings.push(m), [], 100).revive([gated]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.ran).to.deep.equal(['in time']);
    expect(warnings).to.deep.equal([]);
    document.body.lastElementChild!.remove();
  });

  it('keeps a placeholder’s own nonce', async () => {
    const own = placeholder({ nonce: 'its-own' }, "(window.ran ??= []).push('own');");
    document.body.append(own);
    await loader(() => {}, 'its-own').revive([own]);
    expect(window.ran).to.deep.equal(['own']);
    expect(document.body.lastElementChild).to.have.property('nonce', 'its-own');
    document.body.lastElementChild!.remove();
  });

  it('goes on after a gated src that never answers, and says so', async () => {
    const warnings: string[] = [];
    const root = document.createElement('div');
    root.append(
      placeholder({ src: '/__hang/never.js' }),
      placeholder({}, "(window.ran ??= []).push('after');"),
    );
    document.body.append(root);
    const scripts = scriptLoader(document, '', (m) => warnings.push(m), [], 200);
    await scripts.revive(root.querySelectorAll('script'));
    expect(window.ran).to.deep.equal(['after']);
    expect(warnings).to.deep.equal([
      `${location.origin}/__hang/never.js has not loaded in 0.2 s; running the next scripts.`,
    ]);
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
