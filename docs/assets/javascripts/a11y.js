/* Accessibility fix for Material's search: its role="dialog" container has no
 * accessible name (axe rule aria-dialog-name). The header is not replaced by
 * instant navigation, so setting it once is enough. */
(function () {
  "use strict";
  var search = document.querySelector(".md-search[role='dialog']");
  if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "Search the docs");
})();
