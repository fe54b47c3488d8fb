// The demo's status panel (not part of the shop): the current consent, which vendor scripts
// have loaded, which of the shop's gated scripts have run, the vendor cookies present, and a
// switcher for the widget's layout, theme and language. Built with DOM calls, so it runs under
// the strict CSP page too.
{
  const VENDORS = [
    ['gtag', 'Google tag (gtag.js): Analytics 4 ja Ads'],
    ['fbevents', 'Meta Pixel (fbevents.js)'],
    ['bat', 'Microsoft UET (bat.js)'],
  ];
  const VENDOR_COOKIE = /^(_ga|_gid|_gat|_gcl_|_gac_|_fbp|_fbc|_uet)/;
  const OPTIONS = {
    layout: ['bar', 'box-left', 'box-right', 'center'],
    theme: ['auto', 'light', 'dark'],
    lang: ['fi', 'sv', 'en'],
    page: ['light', 'dark'],
  };

  const el = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };

  const panel = document.querySelector('[data-demo-panel]');
  const consent = el('pre');
  const vendors = el('ul');
  const site = el('ul');
  const cookies = el('pre');
  const params = new URLSearchParams(location.search);

  const form = el('form', { className: 'demo-switcher' });
  for (const [name, values] of Object.entries(OPTIONS)) {
    const select = el(
      'select',
      { name },
      ...values.map((value) => el('option', { value, textContent: value })),
    );
    select.value = params.get(name) ?? values[0];
    form.append(el('label', {}, name === 'page' ? 'sivun teema ' : `data-${name} `, select));
  }
  form.append(el('button', { textContent: 'Näytä banneri näin' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams(new FormData(form));
    next.set('show', 'banner');
    location.search = next.toString();
  });

  panel.append(
    el('h2', { textContent: 'Demo: mitä sivulla tapahtuu' }),
    el('p', { textContent: 'Tämä laatikko ei kuulu kauppaan. Se näyttää Seloste-widgetin tilan.' }),
    el(
      'dl',
      {},
      el('dt', { textContent: 'Suostumus (seloste.getConsent())' }),
      el('dd', {}, consent),
      el('dt', { textContent: 'Ladatut palveluntarjoajien skriptit' }),
      el('dd', {}, vendors),
      el('dt', { textContent: 'Sivuston omat rajatut skriptit' }),
      el('dd', {}, site),
      el('dt', { textContent: 'Palveluntarjoajien evästeet' }),
      el('dd', {}, cookies),
    ),
    form,
    el(
      'p',
      {},
      el('button', {
        type: 'button',
        id: 'demo-reset',
        textContent: 'Unohda valinta (seloste.reset())',
      }),
    ),
  );

  const item = (text, done) =>
    el('li', { textContent: `${done ? '✔' : '–'} ${text}`, className: done ? 'yes' : 'no' });

  function update() {
    const current = window.seloste?.getConsent();
    consent.textContent = current ? JSON.stringify(current, null, 2) : 'null (ei vielä valintaa)';
    const loaded = window.__standin?.vendors ?? {};
    vendors.replaceChildren(...VENDORS.map(([key, name]) => item(name, !!loaded[key])));
    const ran = document.documentElement.dataset;
    site.replaceChildren(
      item('recently-viewed.js (analytiikka)', ran.analyticsScript === 'ran'),
      item('sisäinen markkinointiskripti', ran.marketingScript === 'ran'),
    );
    const names = document.cookie
      .split('; ')
      .filter((cookie) => VENDOR_COOKIE.test(cookie))
      .map((cookie) => cookie.split('=')[0]);
    cookies.textContent = names.length ? names.join('\n') : 'ei yhtään';
  }

  for (const event of ['seloste-ready', 'seloste-change', 'standin-load']) {
    document.addEventListener(event, () => setTimeout(update, 50));
  }
  document.getElementById('demo-reset').addEventListener('click', () => window.seloste?.reset());
  document.addEventListener('seloste-ready', () => {
    if (params.get('show') !== 'banner') return;
    params.delete('show');
    history.replaceState(null, '', `?${params}`);
    window.seloste.reset();
  });
  setInterval(update, 1000);
  update();
}
