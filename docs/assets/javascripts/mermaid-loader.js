/* Local Mermaid for Material for MkDocs.
 *
 * Material draws diagrams through a global `mermaid` object and, when there is
 * none, downloads Mermaid from unpkg.com. This file defines a small stand-in so
 * that never happens: Material calls `initialize()` and `render()` on it, and the
 * first `render()` loads the vendored copy that `make` places next to this
 * site's assets. Pages without a diagram never load the 3.5 MB library.
 */
(function () {
  "use strict";
  var here = document.currentScript && document.currentScript.src;
  var VERSION = "11.17.2";
  var src = here.replace(/javascripts\/mermaid-loader\.js.*$/, "vendor/mermaid-" + VERSION + ".min.js");
  var settings = null;
  var loading = null;

  function load() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.async = true;
        script.onload = function () {
          var real = window.mermaid;
          if (!real || real === stub) {
            reject(new Error("Mermaid did not load from " + src));
            return;
          }
          if (settings) real.initialize(settings);
          resolve(real);
        };
        script.onerror = function () { reject(new Error("Could not load " + src)); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  var stub = {
    initialize: function (config) { settings = config; },
    render: function (id, text) {
      return load().then(function (real) { return real.render(id, text); });
    }
  };
  window.mermaid = stub;
})();
