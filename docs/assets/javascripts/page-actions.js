/* "Copy page as Markdown" (overrides/partials/actions.html): fetches the page's Markdown twin from this site
 * and puts it on the clipboard; says so in a live region. Nothing runs until the button is pressed. */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".mt-copy-page");
    if (!button) return;
    var status = document.querySelector(".mt-copy-page__status");
    function say(text) {
      if (status) status.textContent = text;
      button.setAttribute("title", text);
    }
    fetch(button.getAttribute("data-twin"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (text) {
        return navigator.clipboard.writeText(text);
      })
      .then(function () {
        button.classList.add("mt-copy-page--done");
        say(button.getAttribute("data-done"));
      })
      .catch(function () {
        say(button.getAttribute("data-failed"));
      });
  });
})();
