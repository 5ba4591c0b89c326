// Progressive enhancement only: the report reads fully without JavaScript.
(function () {
  "use strict";
  // Sortable tables: click a column header to sort by it.
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.querySelectorAll("thead th");
    headers.forEach(function (th, column) {
      th.setAttribute("role", "button");
      th.setAttribute("tabindex", "0");
      th.title = "Sort by this column";
      var ascending = true;
      function sortBy() {
        var body = table.tBodies[0];
        if (!body) { return; }
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = (a.cells[column] || {}).textContent || "";
          var y = (b.cells[column] || {}).textContent || "";
          var nx = parseFloat(x.replace(/[^0-9.\-]/g, "")), ny = parseFloat(y.replace(/[^0-9.\-]/g, ""));
          var cmp = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return ascending ? cmp : -cmp;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        ascending = !ascending;
      }
      th.addEventListener("click", function (e) { if (!e.target.closest(".term")) { sortBy(); } });
      th.addEventListener("keydown", function (e) { if (e.target === th && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); sortBy(); } });
    });
  });
  // A target inside a collapsed section (an article's text, a detail table) is opened before
  // the page moves to it, whichever way the reader gets there: a link, the address, the history.
  function reveal(id) {
    var target = id ? document.getElementById(id) : null;
    if (!target) { return null; }
    for (var d = target; d; d = d.parentElement) { if (d.tagName === "DETAILS") { d.open = true; } }
    // a sentence the compare page's filter hides: show everything again
    var filtered = target.closest ? target.closest(".aligned[data-filter]") : null;
    if (filtered && !target.getClientRects().length) { showOnly(filtered, "all"); }
    return target;
  }
  // The compare page's filter: everything, the shared sentences, or what only A (only B) carries.
  function showOnly(box, which) {
    box.setAttribute("data-filter", which);
    box.querySelectorAll(".aligned-filter input").forEach(function (input) { input.checked = input.value === which; });
  }
  document.querySelectorAll(".aligned-filter input").forEach(function (input) {
    input.addEventListener("change", function () {
      var box = input.closest(".aligned");
      if (box && input.checked) { showOnly(box, input.value); }
    });
  });
  function revealHash() {
    var target = reveal(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.scrollIntoView(); }
  }
  window.addEventListener("hashchange", revealHash);
  if (location.hash) { revealHash(); }
  // Terms and popovers: a tap, a click, Enter or Space toggles the plain definition; Escape or a tap elsewhere closes it.
  function place(term) {
    var definition = term.querySelector(".term-def");
    if (!definition) { return; }
    definition.style.left = "";
    var box = definition.getBoundingClientRect();
    var over = box.right - (document.documentElement.clientWidth - 8);
    if (over > 0) { definition.style.left = Math.min(over, box.left - 8) * -1 + "px"; }
  }
  function closeTerms(except) {
    document.querySelectorAll(".term.open").forEach(function (term) {
      if (term !== except) { term.classList.remove("open"); term.querySelector(".term-btn").setAttribute("aria-expanded", "false"); }
    });
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".term-btn") : null;
    var term = button ? button.parentElement : null;
    closeTerms(term);
    if (!term) { return; }
    var open = !term.classList.contains("open");
    term.classList.toggle("open", open);
    button.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) { place(term); }
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { closeTerms(null); } });
  ["mouseover", "focusin"].forEach(function (kind) {
    document.addEventListener(kind, function (event) {
      var button = event.target.closest ? event.target.closest(".term-btn") : null;
      if (button) { place(button.parentElement); }
    });
  });
  // Evidence links: jump to the sentence and flash it. Any other in-page link first opens what hides its target.
  document.addEventListener("click", function (event) {
    var inPage = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (inPage && !inPage.hasAttribute("data-jump")) { reveal(decodeURIComponent(inPage.getAttribute("href").slice(1))); }
    var link = event.target.closest ? event.target.closest("a[data-jump]") : null;
    if (!link) { return; }
    var target = reveal(link.getAttribute("data-jump"));
    if (!target) { return; }
    event.preventDefault();
    target.scrollIntoView({block: "center"});
    var flash = target.nextElementSibling || target;
    flash.classList.add("flash");
    setTimeout(function () { flash.classList.remove("flash"); }, 2000);
    if (history.replaceState) { history.replaceState(null, "", "#" + target.id); }
  });
})();
// Printing: open every collapsed detail so the paper copy holds everything the screen can show.
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("details:not([open])").forEach(function (d) { d.setAttribute("open", ""); d.setAttribute("data-print-opened", ""); });
});
window.addEventListener("afterprint", function () {
  document.querySelectorAll("details[data-print-opened]").forEach(function (d) { d.removeAttribute("open"); d.removeAttribute("data-print-opened"); });
});
