// Planning pages: a running solve's state, progress bar, time left and best score in words, live.
// Without this file the page shows the same figures as of its rendering and offers a reload link.
(function () {
  "use strict";
  var box = document.querySelector("[data-job-progress]");
  if (!box || !window.fetch) { return; }
  var url = box.getAttribute("data-job-progress");
  var WORDS = { SOLVING: "Solving", FINISHED: "Finished", STOPPED: "Stopped (the best found so far is kept)", FAILED: "Failed" };
  function set(name, value) {
    var el = box.querySelector("[data-job-" + name + "]");
    if (el && value !== null && value !== undefined) { el.textContent = value; }
  }
  function left(job) {
    if (!job.limitMillis) { return ""; }
    var s = Math.max(0, Math.ceil((job.limitMillis - job.elapsedMillis) / 1000));
    return s >= 90 ? "about " + Math.round(s / 60) + " min left" : "about " + s + " s left";
  }
  function tick() {
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (job) {
        if (!job) { return; }
        set("status", WORDS[job.status] || job.status);
        if (job.summary) { set("score", job.summary); }
        set("elapsed", (job.elapsedMillis / 1000).toFixed(1) + " s");
        set("left", left(job));
        var bar = box.querySelector("[data-job-bar]");
        if (bar && job.limitMillis) { bar.value = Math.min(100, Math.floor(100 * job.elapsedMillis / job.limitMillis)); }
        if (job.status === "SOLVING") { setTimeout(tick, 1000); } else { window.location.reload(); }
      })
      .catch(function () { setTimeout(tick, 3000); });
  }
  if (box.getAttribute("data-job-state") === "SOLVING") { setTimeout(tick, 1000); }
})();
