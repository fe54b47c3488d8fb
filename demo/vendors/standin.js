// Shared by the stand-in vendor scripts below (they are not the vendors' code): a registry on
// window.__standin that the demo panel and the end-to-end tests read, and cookie writing the
// way the vendors do it, on the highest domain that accepts a cookie ("auto" in gtag.js).
(function () {
  if (window.__standin) return;
  var registry = (window.__standin = { vendors: {} });
  registry.cookieDomain = function () {
    var labels = location.hostname.split('.');
    if (labels.length < 2 || /^[\d.]+$/.test(location.hostname)) return '';
    for (var i = labels.length - 2; i >= 0; i--) {
      var domain = labels.slice(i).join('.');
      document.cookie = '_standin_probe=1; path=/; domain=' + domain;
      if (document.cookie.indexOf('_standin_probe=1') > -1) {
        document.cookie = '_standin_probe=; path=/; max-age=0; domain=' + domain;
        return domain;
      }
    }
    return '';
  };
  registry.setCookie = function (name, value, days) {
    var domain = registry.cookieDomain();
    document.cookie =
      name +
      '=' +
      value +
      '; path=/; max-age=' +
      days * 86400 +
      (domain ? '; domain=' + domain : '');
  };
  registry.random = function () {
    return String(Math.floor(Math.random() * 1e9));
  };
  registry.vendor = function (name) {
    var vendor = { loaded: true, commands: [] };
    registry.vendors[name] = vendor;
    document.dispatchEvent(new CustomEvent('standin-load', { detail: name }));
    return vendor;
  };
})();
