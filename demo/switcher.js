// Demo only: applies the panel's switcher (?layout=…&theme=…&lang=…&page=…) to the Seloste
// tag before it runs. It must come right after the tag: a deferred script runs after the page
// is parsed, so the attributes set here are the ones it reads.
{
  const params = new URLSearchParams(location.search);
  const tag = document.querySelector('script[src$="/seloste.js"]');
  for (const name of ['layout', 'theme', 'lang']) {
    const value = params.get(name);
    if (value) tag.dataset[name] = value;
  }
  if (params.get('page') === 'dark') document.documentElement.dataset.pageTheme = 'dark';
}
