// Stand-in for Meta's fbevents.js (offline demo and tests): takes over the fbq queue, keeps the
// consent state, and writes _fbp on the registrable domain when a pixel starts with consent.
(function () {
  var s = window.__standin;
  var pixel = s.vendor('fbevents');
  pixel.consent = 'grant'; // Meta's own default when no consent call is made
  var fbq = window.fbq;
  fbq.callMethod = function () {
    var command = Array.prototype.slice.call(arguments);
    pixel.commands.push(command);
    if (command[0] === 'consent') pixel.consent = command[1];
    if (command[0] === 'init' && pixel.consent === 'grant') {
      s.setCookie('_fbp', 'fb.1.' + Date.now() + '.' + s.random(), 90);
    }
  };
  var queued = fbq.queue.splice(0);
  for (var i = 0; i < queued.length; i++) fbq.callMethod.apply(fbq, queued[i]);
})();
