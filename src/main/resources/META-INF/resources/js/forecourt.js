// Forecourt's progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // Close the phone menu after a link in it is followed (the page may be restored from cache).
  window.addEventListener("pageshow", function () {
    var toggle = document.getElementById("nav-toggle");
    if (toggle) { toggle.checked = false; }
  });
})();
