// Stand-in for Google's gtag.js (offline demo and tests). Like the real tag it reads only
// `Arguments` objects from dataLayer, keeps the consent state, honours ga-disable-<id>, and
// writes _ga, _ga_<id> and _gcl_au on the registrable domain once storage is granted.
(function () {
  var s = window.__standin;
  var tag = s.vendor('gtag');
  tag.consent = {};
  tag.ignored = 0;
  tag.configured = [];
  var dataLayer = (window.dataLayer = window.dataLayer || []);

  function store(id) {
    if (window['ga-disable-' + id]) return;
    if (/^G-/.test(id) && tag.consent.analytics_storage === 'granted') {
      s.setCookie('_ga', 'GA1.1.' + s.random(), 730);
      s.setCookie('_ga_' + id.slice(2), 'GS1.1.' + s.random(), 730);
    }
    if (/^AW-/.test(id) && tag.consent.ad_storage === 'granted') {
      s.setCookie('_gcl_au', '1.1.' + s.random(), 90);
    }
  }

  function run(entry) {
    if (Object.prototype.toString.call(entry) !== '[object Arguments]') {
      tag.ignored++;
      return;
    }
    var command = Array.prototype.slice.call(entry);
    tag.commands.push(command);
    if (command[0] === 'consent') {
      for (var key in command[2]) tag.consent[key] = command[2][key];
      tag.configured.forEach(store);
    } else if (command[0] === 'config') {
      tag.configured.push(command[1]);
      store(command[1]);
    }
  }

  dataLayer.forEach(run);
  var push = dataLayer.push;
  dataLayer.push = function () {
    for (var i = 0; i < arguments.length; i++) run(arguments[i]);
    return push.apply(dataLayer, arguments);
  };
})();
