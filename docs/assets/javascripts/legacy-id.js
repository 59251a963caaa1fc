/* On the 404 page only: the old docs served Indonesian pages under /id/ and
 * redirected any unknown /id/… address to the same path under /en/. Keep that
 * rule: if /en/<rest> exists on this site (a redirect page), go there. */
(function () {
  "use strict";
  var match = window.location.pathname.match(/^(.*?)\/id\/(.+)$/);
  if (!match) return;
  var target = match[1] + "/en/" + match[2];
  fetch(target, { method: "HEAD" }).then(function (response) {
    if (response.ok) window.location.replace(target + window.location.hash);
  }).catch(function () { /* stay on the 404 page */ });
})();
