// Forecourt's progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Close the phone menu after a link in it is followed (the page may be restored from cache).
  window.addEventListener("pageshow", function () {
    var toggle = document.getElementById("nav-toggle");
    if (toggle) { toggle.checked = false; }
  });

  // Configurator: post each change in the background and swap the answer in place, keeping focus.
  // The server answers a change with a redirect to the page of the new state, as for plain forms.
  var pending = null;
  function submitInPlace(form, extra) {
    var root = document.getElementById("configurator-root");
    if (!root) { return; }
    var data = new URLSearchParams(new FormData(form));
    if (extra) { data.append(extra.name, extra.value); }
    var focused = document.activeElement && document.activeElement.id;
    var focusedValue = document.activeElement && document.activeElement.value;
    if (pending) { pending.abort(); }
    pending = new AbortController();
    root.classList.add("busy");
    fetch(form.action, { method: "POST", body: data, signal: pending.signal,
                         headers: { "Content-Type": "application/x-www-form-urlencoded" } })
      .then(function (response) {
        return response.text().then(function (html) { return { url: response.url, ok: response.ok, html: html }; });
      })
      .then(function (page) {
        var doc = new DOMParser().parseFromString(page.html, "text/html");
        var fresh = doc.getElementById("configurator-root");
        if (!fresh) { window.location.href = page.url; return; }
        root.replaceWith(fresh);
        if (page.ok) { history.replaceState(null, "", page.url); }
        var again = focused ? document.getElementById(focused) : null;
        if (!again && focusedValue) { again = document.querySelector('input[value="' + CSS.escape(focusedValue) + '"]'); }
        if (again) { again.focus(); }
      })
      .catch(function (e) { if (e.name !== "AbortError") { form.submit(); } });
  }

  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("#configurator");
    if (form) { submitInPlace(form); }
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("#configurator button[name=repair], #configurator button[name=complete]");
    if (button) {
      event.preventDefault();
      submitInPlace(button.form, { name: button.name, value: button.value });
    }
  });
})();
