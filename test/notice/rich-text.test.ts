import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { renderRichText, richTextReady } from '../../src/notice/rich-text.js';

/** The fragment as HTML, for comparing. */
const render = (source: string) => {
  const div = document.createElement('div');
  div.append(renderRichText(source));
  return div.innerHTML.trim();
};

/**
 * Puts rendered rich text on the page and follows every link that stays on it: nothing may
 * run, no element that can load or run anything may be there, and links go only to the web,
 * e-mail, phone or the page. Returns the (detached) host for further checks.
 */
async function neutralised(rendered: DocumentFragment): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.append(rendered);
  document.body.append(host);
  host
    .querySelectorAll('a')
    .forEach((a) => !/^https?:/i.test(a.getAttribute('href') ?? '') && a.click());
  await new Promise((resolve) => setTimeout(resolve, 30));
  host.remove();
  expect(window.xss).to.deep.equal([]);
  const bad = host.querySelectorAll(
    'script, iframe, object, embed, svg, math, style, link, form, input, meta, base, template, img, body',
  );
  expect(bad.length, host.innerHTML).to.equal(0);
  for (const el of host.querySelectorAll('[href]'))
    expect(el.getAttribute('href'), host.innerHTML).to.match(/^(https?:|mailto:|tel:|#)/i);
  return host;
}

describe('renderRichText', () => {
  it('renders Markdown paragraphs, lists, links and emphasis', () => {
    expect(render('Lue **ehdot** ja *huomaa*.\n\nToinen kappale.')).to.equal(
      '<p>Lue <strong>ehdot</strong> ja <em>huomaa</em>.</p>\n<p>Toinen kappale.</p>',
    );
    expect(render('- yksi\n- [kaksi](https://example.fi/a)')).to.equal(
      '<ul>\n<li>yksi</li>\n<li><a href="https://example.fi/a">kaksi</a></li>\n</ul>',
    );
  });

  it('renders pasted HTML fragments', () => {
    expect(render('<p>Tiedot <strong>säilytetään</strong></p><ul><li>nimi</li></ul>')).to.equal(
      '<p>Tiedot <strong>säilytetään</strong></p><ul><li>nimi</li></ul>',
    );
  });

  it('keeps mail and phone links and anchors', () => {
    expect(
      render('[posti](mailto:a@example.fi) [soita](tel:+358401234567) [alas](#s-rights)'),
    ).to.equal(
      '<p><a href="mailto:a@example.fi">posti</a> <a href="tel:+358401234567">soita</a> <a href="#s-rights">alas</a></p>',
    );
  });

  it('puts headings under the section heading', () => {
    expect(render('# Otsikko\n\n## Alaotsikko')).to.equal('<h4>Otsikko</h4>\n<h5>Alaotsikko</h5>');
  });

  it('does not turn indented text into a code block', () => {
    expect(render('    Sisennetty teksti')).to.match(/^<p>\s*Sisennetty teksti<\/p>$/);
  });
});

declare global {
  interface Window {
    xss?: string[];
  }
}

/** Payloads from the usual XSS cheat sheets, in Markdown and in HTML. */
const PAYLOADS = [
  '<script>window.xss.push("script")</script>',
  '<img src=x onerror="window.xss.push(\'img\')">',
  '<svg onload="window.xss.push(\'svg\')"><circle r="1"/></svg>',
  '<svg><script>window.xss.push("svg script")</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.xss.push(\'mxss\')">',
  '<iframe src="javascript:window.parent.xss.push(\'iframe\')"></iframe>',
  '<iframe srcdoc="<script>parent.xss.push(\'srcdoc\')</script>"></iframe>',
  '<object data="javascript:window.xss.push(\'object\')"></object>',
  '<embed src="data:text/html,<script>parent.xss.push(\'embed\')</script>">',
  '<a href="javascript:window.xss.push(\'href\')">link</a>',
  '<a href="JaVaScRiPt:window.xss.push(\'case\')">link</a>',
  '<a href=" javascript:window.xss.push(\'space\')">link</a>',
  '<a href="jav&#x09;ascript:window.xss.push(\'entity\')">link</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  "[md](javascript:window.xss.push('md link'))",
  '[md data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![img](x" onerror="window.xss.push(\'md img\'))',
  '<p onclick="window.xss.push(\'onclick\')" style="background:url(javascript:alert(1))">p</p>',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
  '<style>body{display:none}</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<form action="https://evil.example"><input name="q"><button>go</button></form>',
  '<details open ontoggle="window.xss.push(\'details\')">x</details>',
  '<body onload="window.xss.push(\'body\')">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<template><img src=x onerror="window.xss.push(\'template\')"></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.xss.push(\'noscript\')>"></noscript>',
  '<a href="#" id="seloste-evil" name="cookie">clobber</a>',
  '<<script>script>window.xss.push("nested")<</script>/script>',
];

for (const [path, purify] of [
  ['the platform sanitizer', undefined],
  ['DOMPurify (browsers without setHTML)', DOMPurify],
] as const) {
  describe(`renderRichText with ${path}: nothing in the notice can run script`, () => {
    beforeEach(() => {
      window.xss = [];
    });

    it('has the path under test', () => {
      expect('setHTML' in Element.prototype, 'this Chromium has the Sanitizer API').to.equal(true);
    });

    it('drops pasted style attributes before parsing, and keeps the text of unknown elements', () => {
      const host = document.createElement('div');
      host.append(
        renderRichText(
          '<p style="color:red">A<font face="x">B</font><style>p{}</style></p>',
          purify,
        ),
      );
      expect(host.innerHTML).to.equal('<p>AB</p>');
    });

    for (const payload of PAYLOADS) {
      it(`neutralises ${payload.slice(0, 60)}`, async () => {
        const host = await neutralised(renderRichText(payload, purify));
        for (const el of host.querySelectorAll('*')) {
          for (const { name } of el.attributes) {
            expect(name, host.innerHTML).to.be.oneOf([
              'href',
              'title',
              'colspan',
              'rowspan',
              'scope',
              'lang',
            ]);
          }
        }
      });
    }
  });
}

describe('renderRichText once marked is fetched (texts beyond the common shapes)', () => {
  before(() => richTextReady(['| a |\n| - |\n| 1 |']));

  beforeEach(() => {
    window.xss = [];
  });

  it('renders a table', () => {
    const host = document.createElement('div');
    host.append(renderRichText('| Tieto | Aika |\n| - | - |\n| nimi | 2 v |'));
    expect(host.querySelector('table td')?.textContent).to.equal('nimi');
  });

  for (const payload of PAYLOADS) {
    it(`neutralises ${payload.slice(0, 60)}`, async () => {
      await neutralised(renderRichText(payload));
    });
  }
});
