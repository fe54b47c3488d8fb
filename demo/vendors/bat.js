// Stand-in for Microsoft's bat.js (offline demo and tests): defines UET, which takes over the
// uetq queue, keeps the ad_storage consent, and writes _uetsid and _uetvid on pageLoad when
// granted.
(function () {
  var s = window.__standin;
  var uet = s.vendor('bat');
  uet.consent = 'granted'; // UET's own default when no consent default is set

  function UET(options) {
    uet.options = { ti: options.ti, enableAutoSpaTracking: options.enableAutoSpaTracking };
    var queue = options.q || [];
    for (var i = 0; i < queue.length; i++) {
      if (queue[i] === 'consent') {
        this.push(queue[i], queue[i + 1], queue[i + 2]);
        i += 2;
      } else this.push(queue[i]);
    }
  }
  UET.prototype.push = function () {
    var command = Array.prototype.slice.call(arguments);
    uet.commands.push(command);
    if (command[0] === 'consent') uet.consent = command[2].ad_storage;
    if (command[0] === 'pageLoad' && uet.consent === 'granted') {
      s.setCookie('_uetsid', s.random(), 1);
      s.setCookie('_uetvid', s.random(), 390);
    }
  };
  window.UET = UET;
})();
