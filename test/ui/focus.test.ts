import { expect, fixture, html } from '@open-wc/testing';
import { focusPage } from '../../src/ui/focus.js';

describe('focusPage', () => {
  it('focuses the page’s first control in sight, passing over those that take no focus', async () => {
    const page = await fixture(
      html`<div>
        <button disabled>disabled</button>
        <span tabindex="-1">not a tab stop</span>
        <button hidden>hidden</button>
        <div inert><button>inert</button></div>
        <a id="first" href="#x">first</a>
        <button>second</button>
      </div>`,
    );
    focusPage();
    expect(document.activeElement).to.equal(page.querySelector('#first'));
  });

  it('prefers a control in sight to one above it, scrolled out of view', async () => {
    const page = await fixture(
      html`<div>
        <button id="above" style="position: relative; top: -200vh">above</button>
        <button id="seen">seen</button>
      </div>`,
    );
    focusPage();
    expect(document.activeElement).to.equal(page.querySelector('#seen'));
  });
});
