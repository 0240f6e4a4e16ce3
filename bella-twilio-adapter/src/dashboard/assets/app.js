// Bella dashboard: the little the pages need beyond HTML. Everything works without it
// except the live refresh of calls in progress.
"use strict";
(function () {
  // Durations that tick: each cell knows when its call started and the server's "now".
  function tick() {
    document.querySelectorAll("td.clock[data-started]").forEach(function (td) {
      var started = Date.parse(td.dataset.started);
      var base = Date.parse(td.dataset.now);
      var loaded = Number(td.dataset.loaded || (td.dataset.loaded = String(Date.now())));
      var s = Math.max(0, Math.floor((base - started + (Date.now() - loaded)) / 1000));
      td.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
    });
  }
  // Parts of a page that refresh themselves: <div data-poll="/url"> is replaced by the
  // HTML the URL answers, every two seconds, while the tab is visible.
  function poll(el) {
    if (document.hidden) return;
    fetch(el.dataset.poll, { credentials: "same-origin", redirect: "manual" })
      .then(function (r) {
        if (r.type === "opaqueredirect" || r.status === 401) { location.reload(); return null; }
        return r.ok ? r.text() : null;
      })
      .then(function (html) { if (html !== null && html !== undefined) { el.innerHTML = html; tick(); } })
      .catch(function () {});
  }
  document.addEventListener("DOMContentLoaded", function () {
    var live = document.querySelectorAll("[data-poll]");
    live.forEach(function (el) { setInterval(function () { poll(el); }, 2000); });
    if (document.querySelector("td.clock")) setInterval(tick, 1000);
    // Keyboard: arrow keys move between the grid's slots and appointments.
    var grid = document.querySelector(".grid");
    if (grid) grid.addEventListener("keydown", function (e) {
      if (["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"].indexOf(e.key) < 0) return;
      var items = Array.prototype.slice.call(grid.querySelectorAll("a"));
      var i = items.indexOf(document.activeElement);
      if (i < 0) return;
      var next = e.key === "ArrowDown" || e.key === "ArrowRight" ? items[i + 1] : items[i - 1];
      if (next) { next.focus(); e.preventDefault(); }
    });
  });
})();
