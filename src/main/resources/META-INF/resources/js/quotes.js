// Quote pages, enhanced: the account search answers as you type (the same page, fetched and its
// list swapped in), and "Copy" buttons put the customer's link or the email text on the clipboard.
(function () {
  'use strict';
  var search = document.querySelector('[data-account-search]');
  if (search) {
    var input = search.querySelector('input[name=q]');
    var timer = null;
    var asked = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = input.value.trim();
        if (text.length < 2) { return; }
        var mine = ++asked;
        fetch('/quotes/new?q=' + encodeURIComponent(text), { credentials: 'same-origin', headers: { Accept: 'text/html' } })
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) {
            if (!html || mine !== asked) { return; }
            var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('account-matches');
            var old = document.getElementById('account-matches');
            if (fresh && old) { old.replaceWith(document.importNode(fresh, true)); }
          })
          .catch(function () { /* the Search button still works */ });
      }, 250);
    });
  }
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    if (!target) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = target.value !== undefined ? target.value : target.textContent;
      var done = function () { button.textContent = 'Copied'; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () { target.select && target.select(); });
      } else if (target.select) {
        target.select();
        if (document.execCommand('copy')) { done(); }
      }
    });
  });
})();
(function () {
  'use strict';
  document.querySelectorAll('button[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
