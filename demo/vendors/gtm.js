// Stand-in for Google Tag Manager's gtm.js (offline demo and tests): records the dataLayer it
// found when it arrived (consent commands as Arguments, events as objects) and every event
// pushed after, such as Seloste's seloste_consent.
(function () {
  var tag = window.__standin.vendor('gtm');
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  var read = function (entry) {
    return Object.prototype.toString.call(entry) === '[object Arguments]'
      ? Array.prototype.slice.call(entry)
      : entry;
  };
  tag.found = dataLayer.map(read);
  tag.events = [];
  var push = dataLayer.push;
  dataLayer.push = function () {
    for (var i = 0; i < arguments.length; i++) tag.events.push(read(arguments[i]));
    return push.apply(dataLayer, arguments);
  };
})();
