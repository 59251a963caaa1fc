/* Loads the reader tools (tools.js, 8 KB gzip with its stylesheet) only when a tool placeholder comes
 * near the screen or the reader reaches it with the keyboard or a tap: a page that has a tool far below
 * the fold (the notification guide) costs its first visit nothing more than this file.
 * midtrans_docs/hooks/tools.py adds this script to pages with a placeholder only. */
(function () {
  "use strict";
  var me = document.currentScript;
  var src = new URL("tools.js", me ? me.src : window.location.href).href;
  var tools = document.querySelectorAll(".mt-tool");
  var loaded = false;

  function load() {
    if (loaded) return;
    loaded = true;
    var script = document.createElement("script");
    script.src = src;
    document.body.appendChild(script);
  }

  if (!tools.length) return;
  if ("IntersectionObserver" in window) {
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        observer.disconnect();
        load();
      }
    }, { rootMargin: "600px 0px" });
    tools.forEach(function (el) { observer.observe(el); });
  } else {
    load();
  }
  tools.forEach(function (el) {
    el.addEventListener("focusin", load, { once: true });
    el.addEventListener("pointerdown", load, { once: true });
  });
})();
