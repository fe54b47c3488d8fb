import { expect, fixture, html } from '@open-wc/testing';
import { createServices } from '../../src/services.js';
import { parseCustomServices as parse } from '../../src/services/custom.js';
import {
  BUILT_IN,
  MAX_JSON,
  parseServiceList,
  readServiceBlocks,
} from '../../src/services/declare.js';

const parseCustomServices = (entries: unknown[], page: URL) => parse(entries, page, BUILT_IN);

const PAGE = new URL('https://shop.example.fi/contact');

/** A valid custom service; each bad case changes one field. */
const chat = (fields: Record<string, unknown> = {}) => ({
  id: 'chat',
  name: 'Helppi Chat',
  provider: 'Helppi Oy',
  category: 'marketing',
  purpose: { fi: 'Asiakaspalvelun chat.', en: 'Customer service chat.' },
  cookies: [
    { name: 'helppi_id', days: 365 },
    { name: 'helppi_s_*', days: 0 },
  ],
  transferTo: 'us',
  safeguards: 'EU–US Data Privacy Framework',
  privacyUrl: '/privacy',
  src: 'https://widget.helppi.example/chat.js',
  ...fields,
});

describe('data-services', () => {
  it('reads ids with accounts, embeds without, and maps as google-maps', () => {
    const { named, problems } = parseServiceList(
      'hotjar:1234567 clarity:abcd123xyz  linkedin:765432\nyoutube maps',
    );
    expect(problems).to.deep.equal([]);
    expect(named.map(({ id, account }) => [id, account])).to.deep.equal([
      ['hotjar', '1234567'],
      ['clarity', 'abcd123xyz'],
      ['linkedin', '765432'],
      ['youtube', undefined],
      ['google-maps', undefined],
    ]);
  });

  it('names each bad token once, with the service and what is wrong; the rest still count', () => {
    const { named, problems } = parseServiceList(
      'hotjr:1 hotjar clarity:NOT/OK tiktok:C4ABCDEFGH1234567890 tiktok:C4ABCDEFGH0000000000 vimeo:42',
    );
    expect(named.map(({ id }) => id)).to.deep.equal(['tiktok', 'vimeo']);
    expect(problems).to.have.length(5);
    expect(problems[0]).to.match(
      /^data-services: service "hotjr": is not in the catalogue \(hotjar, clarity, .*\); the service is left out\.$/,
    );
    expect(problems[1]).to.match(
      /^data-services: service "hotjar": the account is missing: it should be digits, like hotjar:1234567; the service is left out\.$/,
    );
    expect(problems[2]).to.match(
      /^data-services: service "clarity": account "NOT\/OK" should be lower-case letters and digits/,
    );
    expect(problems[3]).to.equal(
      'data-services: service "tiktok": is named twice; the second is left out.',
    );
    expect(problems[4]).to.equal(
      'data-services: service "vimeo": takes no account (its iframes load it); ":42" is ignored.',
    );
  });
});

describe('data-seloste-services', () => {
  it('reads a custom service: texts per language, cookies as patterns, URLs made absolute', () => {
    const { services, problems } = parseCustomServices([chat()], PAGE);
    expect(problems).to.deep.equal([]);
    expect(services).to.deep.equal([
      {
        id: 'chat',
        category: 'marketing',
        name: 'Helppi Chat',
        provider: 'Helppi Oy',
        purpose: { fi: 'Asiakaspalvelun chat.', en: 'Customer service chat.' },
        transferTo: 'US',
        safeguards: {
          fi: 'EU–US Data Privacy Framework',
          sv: 'EU–US Data Privacy Framework',
          en: 'EU–US Data Privacy Framework',
        },
        privacyUrl: 'https://shop.example.fi/privacy',
        cookies: [
          { name: 'helppi_id', days: 365 },
          { name: 'helppi_s_*', days: 0 },
        ],
        patterns: ['helppi_id', 'helppi_s_*'],
        origin: 'custom',
        src: ['https://widget.helppi.example/chat.js'],
      },
    ]);
  });

  const BAD: [string, Record<string, unknown>, RegExp][] = [
    [
      'category',
      { category: 'ads' },
      /"chat": category "ads" is not analytics or marketing; the service is left out\.$/,
    ],
    ['name', { name: '  ' }, /"chat": name is missing;/],
    ['provider', { provider: undefined }, /"chat": provider .* is missing;/],
    ['purpose', { purpose: { de: 'Chat' } }, /"chat": purpose is missing/],
    [
      'src',
      { src: 'http://widget.helppi.example/chat.js' },
      /"chat": src "http:\/\/widget.helppi.example\/chat.js" is not an https URL/,
    ],
    [
      'src list',
      { src: ['https://ok.example/a.js', 'javascript:alert(1)'] },
      /"chat": src "javascript:alert\(1\)" is not an https URL/,
    ],
    [
      'privacyUrl',
      { privacyUrl: 'javascript:alert(1)' },
      /"chat": privacyUrl "javascript:alert\(1\)" is not an https URL/,
    ],
    [
      'cookie name',
      { cookies: [{ name: 'a b', days: 1 }] },
      /"chat": cookie name "a b" is not a cookie name/,
    ],
    [
      'cookie days',
      { cookies: [{ name: 'a', days: '30' }] },
      /"chat": cookie "a": days "30" is not a number of days/,
    ],
    [
      'transferTo',
      { transferTo: 'USA' },
      /"chat": transferTo "USA" is not a two-letter country code/,
    ],
    ['id', { id: 'Chat!' }, /service "Chat!": id "Chat!" is not lower-case letters/],
    [
      'built-in id',
      { id: 'hotjar' },
      /service "hotjar": id "hotjar" is a built-in service \(name it in data-services\)/,
    ],
  ];
  for (const [field, fields, message] of BAD) {
    it(`leaves out a service with a bad ${field}, and names it; the next one still counts`, () => {
      const { services, problems } = parseCustomServices(
        [chat(fields), chat({ id: 'forms', name: 'Lomake' })],
        PAGE,
      );
      expect(services.map(({ id }) => id)).to.deep.equal(['forms']);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.match(/^data-seloste-services: service /);
      expect(problems[0]).to.match(message);
    });
  }

  it('keeps the first of two services with one id, and names unknown fields', () => {
    const { services, problems } = parseCustomServices([chat({ privacyURL: 'x' }), chat()], PAGE);
    expect(services).to.have.length(1);
    expect(problems).to.deep.equal([
      'data-seloste-services: service "chat": "privacyURL" is not a field (id, name, provider, category, purpose, cookies, transferTo, country, safeguards, privacyUrl, src); it is ignored.',
      'data-seloste-services: service "chat": is declared twice; the second is left out.',
    ]);
  });

  it('takes http scripts only on a page served over http', () => {
    const src = 'http://localhost:9000/chat.js';
    expect(
      parseCustomServices([chat({ src })], new URL('http://localhost:8000/')).services[0]!.src,
    ).to.deep.equal([src]);
    expect(parseCustomServices([chat({ src })], PAGE).services).to.deep.equal([]);
  });
});

describe('service blocks and the nonce', () => {
  const block = (nonce?: string, json: unknown = [chat()]) =>
    html`<script type="application/json" data-seloste-services nonce=${nonce ?? ''}>
      ${JSON.stringify(json)}
    </script>`;

  it('on a page with a nonce, honours only the blocks that carry it', async () => {
    const el = await fixture(
      html`<div>
        ${block('n0nce')}${block('guess', [chat({ id: 'evil', src: 'https://evil.example/x.js' })])}
      </div>`,
    );
    const { entries, problems } = readServiceBlocks(el.ownerDocument, 'n0nce');
    expect(entries.map((entry) => (entry as { id: string }).id)).to.deep.equal(['chat']);
    expect(problems).to.deep.equal([
      'data-seloste-services: a block without the page\'s CSP nonce (nonce="…") is not trusted; the block is left out.',
    ]);
    // Without a nonce on the page, every block counts.
    expect(readServiceBlocks(el.ownerDocument, '').entries).to.have.length(2);
  });

  it('accepts { "services": [...] }, and names broken and oversized blocks', async () => {
    const big = [chat({ purpose: 'x'.repeat(MAX_JSON) })];
    const el = await fixture(
      html`<div>
        ${block(undefined, { services: [chat()] })}${block(undefined, big)}
        <script type="application/json" data-seloste-services>
          { not json
        </script>
        ${block(undefined, { chat: 1 })}
      </div>`,
    );
    const { entries, problems } = readServiceBlocks(el.ownerDocument, '');
    expect(entries).to.have.length(1);
    expect(problems).to.have.length(3);
    expect(problems[0]).to.match(
      /a block of \d+ characters is more than 65536; the block is left out\.$/,
    );
    expect(problems[1]).to.match(/^data-seloste-services: not JSON \(/);
    expect(problems[2]).to.match(
      /expected an array of services, or an object with one as "services"/,
    );
  });

  it('createServices: catalogue and custom services, their integrations and script origins', async () => {
    await fixture(html`<div>${block()}</div>`);
    const dataset = { services: 'hotjar:1234567 youtube' };
    const all = await createServices(dataset, document, '');
    expect(all.problems).to.deep.equal([]);
    expect(all.services.map(({ id, origin }) => [id, origin])).to.deep.equal([
      ['hotjar', 'catalogue'],
      ['youtube', 'catalogue'],
      ['chat', 'custom'],
    ]);
    expect(all.services[0]).to.include({
      name: 'Hotjar',
      category: 'analytics',
      account: '1234567',
    });
    expect(all.integrations.map(({ id, category }) => [id, category])).to.deep.equal([
      ['hotjar', 'analytics'],
      ['chat', 'marketing'],
    ]);
    expect(all.sources).to.deep.equal([
      'https://static.hotjar.com',
      'https://widget.helppi.example/chat.js',
    ]);
    // The vendors side fetches loaders only, the settings texts only.
    const loaders = await createServices(dataset, document, '', { loaders: true });
    expect([loaders.services.length, loaders.integrations.length]).to.deep.equal([0, 2]);
    const info = await createServices(dataset, document, '', { info: true });
    expect([info.services.length, info.integrations.length]).to.deep.equal([3, 0]);
  });
});
