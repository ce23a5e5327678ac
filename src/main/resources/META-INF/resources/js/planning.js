// Planning pages: a running solve's status, best score and elapsed time, live. Without this file
// the page offers a reload link; the server answers the same figures either way.
(function () {
  "use strict";
  var box = document.querySelector("[data-job-progress]");
  if (!box || !window.fetch) { return; }
  var url = box.getAttribute("data-job-progress");
  function set(name, value) {
    var el = box.querySelector("[data-job-" + name + "]");
    if (el && value !== null && value !== undefined) { el.textContent = value; }
  }
  function tick() {
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (job) {
        if (!job) { return; }
        set("status", job.status);
        set("score", job.bestScore || "—");
        set("elapsed", (job.elapsedMillis / 1000).toFixed(1) + " s");
        if (job.status === "SOLVING") { setTimeout(tick, 1000); } else { window.location.reload(); }
      })
      .catch(function () { setTimeout(tick, 3000); });
  }
  if (box.getAttribute("data-job-state") === "SOLVING") { setTimeout(tick, 1000); }
})();
