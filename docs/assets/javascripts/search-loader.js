/* Site search, first step: loads search.js on the reader's first sign of searching, so a page that is only
 * read fetches none of it (about 5 KB gzip on every page, counted by the first-load budget).
 *
 * Gap it fills: Material loads extra_javascript on every page; nothing in MkDocs or Material loads a script
 * on intent. The intents are search.js's own: focus or a press on the box, the header search button (a
 * label that checks the #__search toggle), and the `/`, `s`, `f` shortcuts, which this file also acts on
 * (open the box, focus it) so the reader can type at once. search.js then takes over: it loads Pagefind,
 * and searches what the reader already typed.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var src = new URL("search.js", script ? script.src : window.location.href).href;
  var toggle = document.getElementById("__search");
  var input = document.querySelector("[data-pagefind-search] .md-search__input");
  if (!toggle || !input) return;
  var loaded = false;

  function load() {
    if (loaded) return;
    loaded = true;
    var tag = document.createElement("script");
    tag.src = src;
    document.body.appendChild(tag);
  }

  function editable(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  function shortcut(event) {
    if (loaded || event.ctrlKey || event.metaKey || event.altKey || editable(event.target)) return;
    if (event.key !== "/" && event.key !== "s" && event.key !== "f") return;
    event.preventDefault();
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
    input.focus();
  }

  input.addEventListener("focus", load);
  input.addEventListener("pointerdown", load);
  toggle.addEventListener("change", function () {
    if (!toggle.checked) return;
    load();
    input.focus(); // the header button on a phone: the reader types at once
  });
  document.addEventListener("keydown", shortcut);
})();
