/*
 * The floor: the least work any consent banner can do, as a row of the peer benchmark
 * (`npm run bench:peers`). Not a product and not shipped; it shows what the platform itself
 * costs, so that a goal below it is known to be out of reach for every widget.
 *
 * A first visit reads the cookie and shows a banner of about Seloste's size (a heading, a
 * paragraph, three buttons, a link) with one style sheet; "Accept all" stores the choice and
 * loads the two tags the bench page configures. A returning visit reads the cookie and loads
 * the tags. No framework, no texts in other languages, no settings, no vendor consent APIs.
 */
(() => {
  const tags = [
    'https://www.googletagmanager.com/gtag/js?id=G-BENCH00001',
    'https://connect.facebook.net/en_US/fbevents.js',
  ];
  const load = () => {
    for (const src of tags) {
      const script = document.createElement('script');
      script.src = src;
      script.async = true;
      document.head.append(script);
    }
  };
  if (/(?:^|; )floor=1(?:;|$)/.test(document.cookie)) return load();

  const style = document.createElement('style');
  style.textContent = `.floor{position:fixed;inset:auto 0 0;padding:1rem;background:#fff;color:#222;
box-shadow:0 -2px 8px #0003;font:16px/1.5 system-ui,sans-serif}.floor h2{margin:0 0 .5rem;font-size:1.1rem}
.floor div{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.75rem}.floor button{flex:1;min-height:44px;
border:2px solid #235;border-radius:6px;background:#235;color:#fff;font:inherit}`;
  const banner = document.createElement('section');
  banner.className = 'floor';
  banner.setAttribute('aria-label', 'Cookies');
  const heading = document.createElement('h2');
  heading.textContent = 'We use cookies';
  const text = document.createElement('p');
  text.textContent =
    'Necessary cookies keep the site working. With your consent we also use analytics ' +
    'cookies to see how the site is used and marketing cookies to show you relevant ads. ' +
    'You can change your choice at any time from the link at the foot of each page.';
  const link = document.createElement('a');
  link.href = '#privacy';
  link.textContent = 'Privacy notice';
  const buttons = document.createElement('div');
  const button = (label, accept) => {
    const element = document.createElement('button');
    element.textContent = label;
    element.addEventListener('click', () => {
      document.cookie = `floor=${accept ? 1 : 0}; Max-Age=15552000; Path=/; SameSite=Lax`;
      banner.remove();
      if (accept) load();
    });
    return element;
  };
  buttons.append(button('Accept all', true), button('Reject all', false), button('Settings', false));
  banner.append(heading, text, link, buttons);
  document.head.append(style);
  document.body.append(banner);
})();
