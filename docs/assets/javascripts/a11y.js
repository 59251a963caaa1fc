/* Accessibility fixes Material's templates leave open (found by axe):
 * - the search dialog has no accessible name (aria-dialog-name);
 * - the instant-loading progress bar has no accessible name (aria-progressbar-name);
 * - task-list checkboxes have no label (label);
 * - wide tables and diagrams scroll but cannot be reached by keyboard
 *   (scrollable-region-focusable).
 * The header is set once; page content is fixed on every page load, including
 * pages reached through instant navigation (Material's document$ observable). */
(function () {
  "use strict";
  var ID = document.documentElement.lang === "id";  // the Indonesian edition
  function t(en, id) {
    return ID ? id : en;
  }
  function name(selector, label) {
    document.querySelectorAll(selector).forEach(function (el) {
      if (!el.hasAttribute("aria-label")) el.setAttribute("aria-label", label);
    });
  }
  function fixContent() {
    // Wide tables scroll sideways; keyboard users must be able to reach them.
    // Wide tables and diagrams (on phones) scroll sideways; keyboard users must be able to reach them.
    [[".md-typeset__scrollwrap", t("Scrollable table", "Tabel yang dapat digeser")], [".diagram__scroll", "Diagram"]].forEach(function (pair) {
      document.querySelectorAll(pair[0]).forEach(function (wrap) {
        if (!wrap.hasAttribute("tabindex")) {
          wrap.setAttribute("tabindex", "0");
          wrap.setAttribute("role", "region");
          wrap.setAttribute("aria-label", pair[1]);
        }
      });
    });
    document.querySelectorAll(".task-list-item input[type=checkbox]").forEach(function (box) {
      if (box.hasAttribute("aria-label")) return;
      var item = box.closest(".task-list-item");
      var text = item ? item.textContent.replace(/\s+/g, " ").trim() : "";
      box.setAttribute("aria-label", text.slice(0, 120) || t("Checklist item", "Butir daftar periksa"));
    });
  }
  name(".md-search[role='dialog']", t("Search the docs", "Cari di dokumentasi"));
  name(".md-progress", t("Page loading progress", "Progres memuat halaman"));
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(fixContent);
  } else {
    fixContent();
  }
})();
