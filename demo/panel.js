// The demo's status panel: the current consent, which vendor scripts have loaded, which of the
// shop's gated scripts have run, and the vendor cookies present.
const VENDORS = [
  ['gtag', 'Google tag (gtag.js): Analytics 4 ja Ads'],
  ['fbevents', 'Meta Pixel (fbevents.js)'],
  ['bat', 'Microsoft UET (bat.js)'],
];
const VENDOR_COOKIE = /^(_ga|_gid|_gat|_gcl_|_gac_|_fbp|_fbc|_uet)/;

const $ = (id) => document.getElementById(id);

function item(text, done) {
  const li = document.createElement('li');
  li.textContent = `${done ? '✔' : '–'} ${text}`;
  li.className = done ? 'yes' : 'no';
  return li;
}

function update() {
  const consent = window.seloste?.getConsent();
  $('demo-consent').textContent = consent
    ? JSON.stringify(consent, null, 2)
    : 'null (ei vielä valintaa)';
  const loaded = window.__standin?.vendors ?? {};
  $('demo-vendors').replaceChildren(...VENDORS.map(([key, name]) => item(name, !!loaded[key])));
  const ran = document.documentElement.dataset;
  $('demo-site').replaceChildren(
    item('recently-viewed.js (analytiikka)', ran.analyticsScript === 'ran'),
    item('sisäinen markkinointiskripti', ran.marketingScript === 'ran'),
  );
  const cookies = document.cookie
    .split('; ')
    .filter((cookie) => VENDOR_COOKIE.test(cookie))
    .map((cookie) => cookie.split('=')[0]);
  $('demo-cookies').textContent = cookies.length ? cookies.join('\n') : 'ei yhtään';
}

for (const event of ['seloste-ready', 'seloste-change', 'standin-load']) {
  document.addEventListener(event, () => setTimeout(update, 50));
}
$('demo-reset').addEventListener('click', () => window.seloste?.reset());
update();
setInterval(update, 1000);
