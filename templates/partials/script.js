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
      th.addEventListener("click", sortBy);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(); } });
    });
  });
  // Evidence links: jump to the sentence and flash it.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-jump]") : null;
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("data-jump"));
    if (!target) { return; }
    event.preventDefault();
    // evidence may sit inside a collapsed list: open it so the jump lands on something visible
    for (var d = target.parentElement; d; d = d.parentElement) { if (d.tagName === "DETAILS") { d.open = true; } }
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
