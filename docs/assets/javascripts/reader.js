/* Reader features Material for MkDocs does not have, in one small script (no third-party code):
 *
 * 1. Full-screen diagram viewer. Gap: diagrams are SVG drawn at build time
 *    (midtrans_docs/hooks/diagrams.py); Material offers no way to enlarge one, and
 *    lightbox libraries (glightbox and the like) are made for images, load their own CSS
 *    and would have to copy the SVG. This moves the SVG into a native <dialog>: Escape
 *    and the Close button close it, focus stays inside while it is open, and
 *    Zoom in / Zoom out / Fit (or the + - 0 keys) change its size.
 * 2. Scroll cues. Gap: on a phone, wide diagrams and tables scroll sideways with no
 *    visible sign; this shows "Scroll sideways" only when something actually overflows.
 * 3. The "Was this page helpful?" widget. Gap: Material only shows the widget from inside
 *    its Google Analytics integration. This shows it, thanks the reader, and sends
 *    nothing: overrides/partials/integrations/analytics/custom.html is where an analytics
 *    provider would be connected (CONTRIBUTING.md).
 * 4. Deferred rendering. Gap: Material and Pygments put every token span and every collapsed
 *    table in the document at load (10,000+ elements on the longest pages). The build
 *    (midtrans_docs/site/lighter.py) leaves a long code block's text plain, with its
 *    highlighting as runs in data-hl, and a heavy collapsed block's body in a <template>; this puts
 *    them in place when the block comes near the viewport, is opened, printed, or matched by
 *    the browser's find.
 *
 * 5. The light/dark toggle. Gap: Material's palette code restyles every element three times at load
 *    (two <meta> elements, a computed-style read); this answers a click, Enter or a system change.
 *
 * Layout is read in ResizeObserver callbacks only, all reads before any write (no forced
 * synchronous layout at load).
 *
 * Runs on every page load, including pages reached through instant navigation
 * (Material's document$ observable). */
(function () {
  "use strict";

  var ZOOM_STEP = 1.25;
  /* UI strings by <html lang>: the Indonesian edition (/id/) reads them in Indonesian. */
  var STRINGS = {
    en: {},
    id: {
      "Diagram, full screen": "Diagram, layar penuh",
      "Zoom out": "Perkecil",
      "Zoom in": "Perbesar",
      "Fit to screen width": "Sesuaikan dengan lebar layar",
      "Fit": "Pas",
      "Close full-screen diagram": "Tutup diagram layar penuh",
      "Close": "Tutup",
      "Diagram": "Diagram",
      "Open diagram full screen": "Buka diagram dalam layar penuh",
      "Full screen": "Layar penuh",
      "Scroll sideways to see the whole diagram, or open it full screen.":
        "Geser ke samping untuk melihat seluruh diagram, atau buka dalam layar penuh.",
      "Scroll sideways for more columns.": "Geser ke samping untuk kolom lainnya."
    }
  };
  var LANG = STRINGS[document.documentElement.lang] || STRINGS.en;
  function t(text) {
    return LANG[text] || text;
  }
  var viewer = null;

  function button(label, text, className) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.setAttribute("aria-label", label);
    b.textContent = text;
    return b;
  }

  function naturalWidth(svg) {
    var box = svg.viewBox && svg.viewBox.baseVal;
    return box && box.width ? box.width : svg.getBoundingClientRect().width;
  }

  function buildViewer() {
    var dialog = document.createElement("dialog");
    dialog.className = "diagram-viewer";
    dialog.setAttribute("aria-label", t("Diagram, full screen"));
    var bar = document.createElement("div");
    bar.className = "diagram-viewer__bar";
    var zoomOut = button(t("Zoom out"), "−", "diagram-viewer__button");
    var zoomIn = button(t("Zoom in"), "+", "diagram-viewer__button");
    var fit = button(t("Fit to screen width"), t("Fit"), "diagram-viewer__button");
    var close = button(t("Close full-screen diagram"), t("Close"), "diagram-viewer__button diagram-viewer__close");
    bar.append(zoomOut, zoomIn, fit, close);
    var canvas = document.createElement("div");
    canvas.className = "diagram-viewer__canvas";
    canvas.tabIndex = 0;
    canvas.setAttribute("role", "region");
    canvas.setAttribute("aria-label", t("Diagram"));
    dialog.append(bar, canvas);
    document.body.appendChild(dialog);

    var state = { svg: null, home: null, opener: null, zoom: 1 };
    function apply() {
      state.svg.style.width = Math.round(naturalWidth(state.svg) * state.zoom) + "px";
      state.svg.style.maxWidth = "none";
    }
    function zoom(factor) {
      state.zoom = Math.min(4, Math.max(0.25, state.zoom * factor));
      apply();
    }
    zoomIn.addEventListener("click", function () { zoom(ZOOM_STEP); });
    zoomOut.addEventListener("click", function () { zoom(1 / ZOOM_STEP); });
    fit.addEventListener("click", function () {
      state.zoom = (canvas.clientWidth - 32) / naturalWidth(state.svg);
      apply();
    });
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "+" || event.key === "=") zoom(ZOOM_STEP);
      else if (event.key === "-") zoom(1 / ZOOM_STEP);
      else if (event.key === "0") { state.zoom = 1; apply(); }
      else return;
      event.preventDefault();
    });
    dialog.addEventListener("close", function () {
      if (!state.svg) return;
      state.svg.style.width = "";
      state.svg.style.maxWidth = "";
      state.home.appendChild(state.svg);
      state.svg = null;
      document.documentElement.classList.remove("diagram-viewer-open");
      if (state.opener) state.opener.focus();
    });
    return {
      dialog: dialog,
      open: function (figure, opener) {
        var home = figure.querySelector(".diagram__scroll");
        var svg = home && home.querySelector("svg");
        if (!svg) return;
        state.svg = svg;
        state.home = home;
        state.opener = opener;
        state.zoom = 1; // the drawing's own size: 16 px text
        canvas.appendChild(svg);
        apply();
        document.documentElement.classList.add("diagram-viewer-open");
        dialog.showModal();
        close.focus();
      },
    };
  }

  /* Scroll cues: one ResizeObserver for every wide-able element; its callback runs after layout, and
   * reads every size before it writes anything. */
  var cueObserver = new ResizeObserver(function (entries) {
    // Tables too: an off-screen one is laid out when it comes near (extra.css), the wrapper keeps its size.
    var els = [];
    entries.forEach(function (entry) {
      var el = entry.target.tagName === "TABLE" ? entry.target.closest(".md-typeset__scrollwrap") : entry.target;
      if (el && els.indexOf(el) < 0) els.push(el);
    });
    var wide = els.map(function (el) { return el.scrollWidth > el.clientWidth + 1; });
    els.forEach(function (el, i) { showCue(el, wide[i]); });
  });

  function observeCue(el) {
    cueObserver.observe(el);
    var table = el.querySelector(":scope > .md-typeset__table > table");
    if (table) cueObserver.observe(table);
  }

  function showCue(el, wide) {
    var note = el.previousElementSibling;
    if (note && note.classList.contains("scroll-cue")) note.hidden = !wide;
    el.classList.toggle("is-scrollable", wide);
  }

  function cue(el, text) {
    // A visible "scroll sideways" line above el, shown only while el overflows.
    var note = document.createElement("p");
    note.className = "scroll-cue";
    note.textContent = text;
    note.hidden = true;
    el.parentNode.insertBefore(note, el);
    observeCue(el);
  }

  function diagrams() {
    document.querySelectorAll("figure.diagram").forEach(function (figure) {
      if (figure.dataset.enhanced) return;
      figure.dataset.enhanced = "1";
      var scroll = figure.querySelector(".diagram__scroll");
      if (!scroll) return;
      var open = button(t("Open diagram full screen"), t("Full screen"), "diagram__open");
      open.addEventListener("click", function () {
        if (!viewer || !document.body.contains(viewer.dialog)) viewer = buildViewer();
        viewer.open(figure, open);
      });
      figure.insertBefore(open, scroll);
      cue(scroll, t("Scroll sideways to see the whole diagram, or open it full screen."));
    });
  }

  function breakNames(table) {
    // Long field names (customer_details.billing_address.postal_code) may break after a dot or an
    // underscore only, not mid-word: <wbr> marks those places and is not copied with the name.
    table.querySelectorAll("td:first-child code").forEach(function (code) {
      if (code.children.length || !/[._]/.test(code.textContent)) return;
      var parts = code.textContent.split(/(?<=[._])/);
      code.textContent = "";
      parts.forEach(function (part, i) {
        if (i) code.appendChild(document.createElement("wbr"));
        code.appendChild(document.createTextNode(part));
      });
    });
  }

  function hasCue(el) {
    var before = el.previousElementSibling;
    return Boolean(before && before.classList.contains("scroll-cue"));
  }

  function prepareTables() {
    // Before Material wraps each table (its DOMContentLoaded handler): one restyle covers both changes.
    document.querySelectorAll(".md-typeset table:not([class])").forEach(function (table) {
      if (hasCue(table) || table.closest(".md-typeset__scrollwrap")) return;
      var note = document.createElement("p");
      note.className = "scroll-cue";
      note.textContent = t("Scroll sideways for more columns.");
      note.hidden = true;
      table.parentNode.insertBefore(note, table);
      breakNames(table);
    });
  }

  function tables(root) {
    (root || document).querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (wrap.dataset.enhanced) return;
      wrap.dataset.enhanced = "1";
      if (hasCue(wrap)) {
        observeCue(wrap);
        return;
      }
      cue(wrap, t("Scroll sideways for more columns."));
      breakNames(wrap);
    });
  }

  /* 4. Deferred rendering (midtrans_docs/site/lighter.py). */
  function paintCode(block) {
    // data-hl: "class.length" per token ("length" alone for plain text), in the order of the text.
    var code = block.querySelector(":scope > pre > code[data-hl]");
    if (!code) return;
    var text = code.textContent;
    var at = 0;
    var frag = document.createDocumentFragment();
    code.getAttribute("data-hl").split(" ").forEach(function (run) {
      var dot = run.indexOf(".");
      var length = +run.slice(dot + 1);
      var piece = text.slice(at, at + length);
      at += length;
      if (dot < 0) {
        frag.appendChild(document.createTextNode(piece));
        return;
      }
      var span = document.createElement("span");
      span.className = run.slice(0, dot);
      span.textContent = piece;
      frag.appendChild(span);
    });
    code.removeAttribute("data-hl");
    code.replaceChildren(frag);
  }

  var codeObserver = window.IntersectionObserver ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      codeObserver.unobserve(entry.target);
      paintCode(entry.target);
    });
  }, { rootMargin: "100% 0px" }) : null;

  function codeBlocks(root) {
    // The .highlight box itself is observed: it is the content-visibility element (extra.css), laid out
    // even while its contents are skipped. Blocks in a hidden tab intersect once their tab is shown.
    (root || document).querySelectorAll(".highlight > pre > code[data-hl]").forEach(function (code) {
      var block = code.parentElement.parentElement;
      if (codeObserver) codeObserver.observe(block);
      else paintCode(block);
    });
  }

  function wrapTable(table) {
    // The scroll wrapper Material puts around each table at load.
    var wrap = document.createElement("div");
    wrap.className = "md-typeset__scrollwrap";
    var inner = document.createElement("div");
    inner.className = "md-typeset__table";
    wrap.appendChild(inner);
    table.replaceWith(wrap);
    inner.appendChild(table);
  }

  function openDetails(details) {
    var tpl = details.querySelector(":scope > template");
    if (!tpl) return;
    var text = details.querySelector(":scope > .lazy-text");
    if (text) text.remove();
    var body = tpl.content;
    body.querySelectorAll("table").forEach(wrapTable);
    tpl.replaceWith(body);
    tables(details);
    codeBlocks(details);
  }

  document.addEventListener("toggle", function (event) {
    if (event.target.tagName === "DETAILS" && event.target.open) openDetails(event.target);
  }, true);
  // The browser's find matched text in a closed block's hidden copy: open the block, with its real body.
  document.addEventListener("beforematch", function (event) {
    var details = event.target.closest && event.target.closest("details");
    if (!details) return;
    details.open = true;
    openDetails(details);
  }, true);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".highlight > pre > code[data-hl]").forEach(function (code) {
      paintCode(code.parentElement.parentElement);
    });
  });

  function feedback() {
    var form = document.forms.feedback;
    if (!form || form.dataset.enhanced) return;
    form.dataset.enhanced = "1";
    form.hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var value = event.submitter ? event.submitter.getAttribute("data-md-value") : null;
      form.firstElementChild.disabled = true;
      var note = form.querySelector(".md-feedback__note [data-md-value='" + value + "']");
      if (note) {
        note.hidden = false;
        note.setAttribute("role", "status");
      }
      // No analytics provider is configured: the answer is not sent anywhere.
      document.dispatchEvent(new CustomEvent("midtrans:feedback", { detail: { value: value, page: location.pathname } }));
    });
  }

  /* Language switcher: mkdocs-static-i18n links each page to its translation; keep the section too
   * (translations keep the English heading ids). */
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
    if (link && window.location.hash && link.href.indexOf("#") < 0) {
      link.href = link.href + window.location.hash;
    }
  }, true);

  /* 5. Light/dark toggle (overrides/partials/palette.html applies the stored choice at load). */
  function palette() {
    var form = document.querySelector("form[data-mt-palette]");
    if (!form || form.dataset.enhanced) return;
    form.dataset.enhanced = "1";
    var inputs = [].slice.call(form.querySelectorAll("input[name=__palette]"));
    var light = matchMedia("(prefers-color-scheme: light)");
    var SYSTEM = "(prefers-color-scheme)";
    function apply(input) {
      var follows = input.getAttribute("data-md-color-media") === SYSTEM;
      var shown = follows && form.querySelector("[data-md-color-media='(prefers-color-scheme: " +
        (light.matches ? "light" : "dark") + ")']") || input;
      var body = document.body;
      var color = { media: input.getAttribute("data-md-color-media") };
      body.setAttribute("data-md-color-switching", "");  // Material's CSS: no transitions meanwhile
      ["scheme", "primary", "accent"].forEach(function (key) {
        color[key] = shown.getAttribute("data-md-color-" + key);
        body.setAttribute("data-md-color-" + key, color[key]);
      });
      inputs.forEach(function (other) {
        var label = other.nextElementSibling;
        if (label && label.tagName === "LABEL") label.hidden = other !== input;
      });
      var meta = document.querySelector("meta[name=color-scheme]");
      if (meta) meta.content = follows ? "light dark" : color.scheme === "slate" ? "dark" : "light";
      if (window.__md_set) window.__md_set("__palette", { index: inputs.indexOf(input), color: color });
      setTimeout(function () { body.removeAttribute("data-md-color-switching"); }, 50);
    }
    form.addEventListener("change", function (event) { apply(event.target); });
    form.addEventListener("keydown", function (event) {
      var at = inputs.indexOf(document.activeElement);  // Enter moves on, as a click on the toggle does
      if (event.key !== "Enter" || at < 0) return;
      event.preventDefault();
      inputs[(at + 1) % inputs.length].click();
      inputs[(at + 1) % inputs.length].focus();
    });
    light.addEventListener("change", function () {
      var on = inputs.filter(function (input) { return input.checked; })[0];
      if (on && on.getAttribute("data-md-color-media") === SYSTEM) apply(on);
    });
  }

  function enhance() {
    // Runs before Material's DOMContentLoaded handler (deferred script): one restyle covers both.
    codeBlocks();
    diagrams();
    prepareTables();
    feedback();
    palette();
  }

  function watch() {
    // After Material has wrapped the tables: observers only, the page does not change.
    tables();
  }

  enhance();
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () {
      watch();
      requestAnimationFrame(watch);
    });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
