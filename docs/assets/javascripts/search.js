/* Site search: Material's header search box, answered by Pagefind.
 *
 * Gap it fills: Pagefind's own UI does not look or behave like Material's search, and
 * Material's search only talks to its lunr worker, which downloads the whole index on
 * every first page view. This file is the glue between the two and nothing more:
 * searching, ranking, excerpts and sub-results (headings) are Pagefind's JS API
 * (pagefind.options, pagefind.search, result.data()); the box, the results list and
 * their classes are Material's (overrides/partials/search.html). It does what
 * Material's search component did: the `/`, `s`, `f` shortcuts, Escape, arrow keys,
 * Enter, focus, and rendering results as "Section › Page" plus the matching heading.
 *
 * Nothing is fetched until the reader shows intent (focus or click on the box, the
 * header search button, or a shortcut): search-loader.js, the only search script on a page, loads this file
 * then; this file loads pagefind.js, and each query fetches
 * only the index chunks it needs. Pagefind picks the index by <html lang>, so an
 * Indonesian edition searches its own index.
 *
 * Queries as merchants type them: a synonym phrase becomes its group's one word ("pengembalian dana" →
 * "refund") and filler words ("how do I", "apakah", "yang") are dropped (both from pagefind/query-<lang>.json,
 * fetched with pagefind.js; data/search-synonyms.yml holds them) before the search, since Pagefind matches pages that contain every word; a query that still finds nothing (a pasted
 * error message, a long question) is searched word by word, and pages matching the most words come first; one
 * that finds fewer than three pages gets those after its own.
 * When even that finds nothing, the dialog offers the closest words the index knows (pagefind/terms-<lang>.json,
 * written by midtrans_docs/hooks/search.py, fetched only then) and links to the troubleshooting page and the
 * API reference in the reader's language (overrides/partials/search.html).
 *
 * noWorker: Pagefind otherwise starts a worker from a blob: URL, which our CSP
 * (worker-src 'self') forbids; the search is small enough for the main thread.
 */
(function () {
  "use strict";
  if (window.__pagefindSearch) return;
  window.__pagefindSearch = true;

  var script = document.currentScript;
  var root = new URL("../../", script ? script.src : window.location.href); // site root (assets/javascripts/…)
  var toggle = document.getElementById("__search");
  var dialog = document.querySelector("[data-pagefind-search]");
  if (!toggle || !dialog) return;
  var form = dialog.querySelector("form");
  var input = dialog.querySelector(".md-search__input");
  var output = dialog.querySelector(".md-search-result");
  var meta = output.querySelector(".md-search-result__meta");
  var list = output.querySelector(".md-search-result__list");
  var help = output.querySelector(".md-search-help");
  var suggestions = help && help.querySelector(".md-search-help__terms");
  var lang = (document.documentElement.lang || "en").slice(0, 2);
  var FILLER = []; // words that carry no topic ("how do I", "apakah"), from pagefind/query-<lang>.json
  var terms = null;
  var folds = null; // [regexp, word] pairs from pagefind/query-<lang>.json ("pengembalian dana" → "refund")
  var MAX_PAGES = 10;
  var MAX_HEADINGS = 2;
  var pagefind = null;
  var serial = 0;

  function load() {
    if (!pagefind) {
      var phrases = fetch(new URL("pagefind/query-" + lang + ".json", root).href)
        .then(function (r) {
          return r.ok ? r.json() : {};
        })
        .catch(function () {
          return {};
        })
        .then(function (rules) {
          var map = rules.phrases || {};
          FILLER = rules.filler || [];
          folds = Object.keys(map)
            .sort(function (a, b) {
              return b.length - a.length;
            })
            .map(function (phrase) {
              var escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
              return [new RegExp("(^|\\s)" + escaped + "(?=\\s|$)", "g"), "$1" + map[phrase]];
            });
        });
      pagefind = Promise.all([import(new URL("pagefind/pagefind.js", root).href), phrases]).then(function (loaded) {
        var module = loaded[0];
        return module
          .options({
            baseUrl: root.pathname,
            noWorker: true,
            excerptLength: 24,
            // Tuned on tests/search_queries.yml: where a word is (title, heading, keywords) counts more
            // than how often it repeats; exact words beat longer ones; titles get a boost. The description
            // meta is only for display (its words are indexed, at a low weight, in the page body). The
            // section meta is only for display too: every page of a section shares it except the section's
            // overview, so weighting it put "Snap with plugins" above "Snap" for `snap`. A generated API
            // reference page gives its title as `api_title` (midtrans_docs/hooks/search.py, reference_title):
            // shown, not boosted, so "Refunds" no longer outranks the guide for every query that says "refund".
            ranking: {
              termFrequency: 0.1,
              pageLength: 0.5,
              termSimilarity: 5,
              metaWeights: { title: 5, api_title: 0, description: 0, section: 0 },
            },
          })
          .then(function () {
            module.init();
            return module;
          });
      });
    }
    return pagefind;
  }

  function open() {
    if (!toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
    input.focus();
    load();
  }

  function close() {
    if (toggle.checked) {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
    }
    input.blur();
  }

  function editable(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll(".md-search-result__link"));
  }

  function count(n) {
    if (n === 0) return output.dataset.none;
    if (n === 1) return output.dataset.one;
    return output.dataset.other.replace("#", String(n));
  }

  function link(url, level, title, excerpt, icon) {
    var a = document.createElement("a");
    a.href = url;
    a.className = "md-search-result__link";
    a.tabIndex = -1;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    if (icon) {
      var div = document.createElement("div");
      div.className = "md-search-result__icon md-icon";
      article.appendChild(div);
    }
    var heading = document.createElement(level);
    heading.textContent = title;
    article.appendChild(heading);
    if (excerpt) {
      var p = document.createElement("p");
      p.innerHTML = excerpt; // Pagefind escapes the page text and adds only <mark>
      article.appendChild(p);
    }
    a.appendChild(article);
    return a;
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
  }

  function weight(sub) {
    return (sub.weighted_locations || []).reduce(function (sum, w) {
      return sum + (w.balanced_score || w.weight || 0);
    }, 0);
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var title = (data.meta && (data.meta.api_title || data.meta.title)) || data.url;
    var section = data.meta && data.meta.section;
    // The page's own line shows its description (the excerpt could be the hidden keywords).
    var teaser = data.meta && data.meta.description ? escapeHtml(data.meta.description) : data.excerpt;
    li.appendChild(link(data.url, "h1", section ? section + " \u203a " + title : title, teaser, true));
    var headings = (data.sub_results || [])
      .filter(function (sub) {
        return sub.url !== data.url && sub.title && sub.title !== title;
      })
      .sort(function (a, b) {
        return weight(b) - weight(a);
      })
      .slice(0, MAX_HEADINGS);
    headings.forEach(function (sub) {
      li.appendChild(link(sub.url, "h2", sub.title, sub.excerpt, false));
    });
    return li;
  }

  function words(query) {
    return query.toLowerCase().split(/\s+/).filter(Boolean);
  }

  // A synonym phrase searched as its group's one word (midtrans_docs/hooks/search.py, `phrases`).
  function fold(query) {
    var text = words(query).join(" ");
    (folds || []).forEach(function (f) {
      text = text.replace(f[0], f[1]);
    });
    return text;
  }

  function meaningful(query) {
    var kept = words(fold(query)).filter(function (w) {
      return FILLER.indexOf(w) < 0;
    });
    return kept.length ? kept.join(" ") : query;
  }

  // Pages matching the most words first, then by their summed scores: the answer to a query no page
  // matches in full (Pagefind's search is an AND of the words).
  function anyWord(pf, query) {
    var list = words(query).filter(function (w) {
      return w.length > 1;
    });
    if (list.length < 2) return Promise.resolve([]);
    return Promise.all(
      list.map(function (w) {
        return pf.search(w);
      }),
    ).then(function (all) {
      var pages = {};
      all.forEach(function (found) {
        (found ? found.results : []).forEach(function (r) {
          var p = pages[r.id] || (pages[r.id] = { result: r, hits: 0, score: 0 });
          p.hits += 1;
          p.score += r.score;
        });
      });
      return Object.keys(pages)
        .map(function (k) {
          return pages[k];
        })
        .sort(function (a, b) {
          return b.hits - a.hits || b.score - a.score;
        })
        .map(function (p) {
          return p.result;
        });
    });
  }

  // Pages with every word first; when fewer than FEW do, the pages matching the most words follow them (a
  // pasted message or a question rarely has all its words on one page).
  var FEW = 3;
  function withFallback(pf, query, results) {
    if (results.length >= FEW) return Promise.resolve(results);
    return anyWord(pf, query).then(function (more) {
      var seen = {};
      results.forEach(function (r) {
        seen[r.id] = true;
      });
      return results.concat(
        more.filter(function (r) {
          return !seen[r.id];
        }),
      );
    });
  }

  function distance(a, b) {
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      var cur = [i];
      for (var k = 1; k <= b.length; k++) {
        cur.push(Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1)));
      }
      prev = cur;
    }
    return prev[b.length];
  }

  // The closest known words to the query's words: at most 2 edits (1 for short words), best first.
  function closest(query, known) {
    var found = [];
    words(meaningful(query)).forEach(function (w) {
      if (w.length < 3 || known.indexOf(w) >= 0) return;
      var limit = w.length < 6 ? 1 : 2;
      known.forEach(function (t) {
        if (Math.abs(t.length - w.length) > limit) return;
        var d = distance(w, t);
        if (d <= limit) found.push({ term: t, d: d });
      });
    });
    found.sort(function (a, b) {
      return a.d - b.d || a.term.localeCompare(b.term);
    });
    var seen = [];
    found.forEach(function (f) {
      if (seen.indexOf(f.term) < 0 && seen.length < 5) seen.push(f.term);
    });
    return seen;
  }

  function loadTerms() {
    if (!terms) {
      terms = fetch(new URL("pagefind/terms-" + lang + ".json", root).href)
        .then(function (r) {
          return r.ok ? r.json() : [];
        })
        .catch(function () {
          return [];
        });
    }
    return terms;
  }

  function showHelp(query, known) {
    if (!help) return;
    var close = closest(query, known);
    suggestions.replaceChildren.apply(
      suggestions,
      close.map(function (t) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "md-search-help__term";
        b.textContent = t;
        b.addEventListener("click", function () {
          input.value = t;
          input.focus();
          search();
        });
        return b;
      }),
    );
    help.querySelector(".md-search-help__suggest").hidden = close.length === 0;
    help.hidden = false;
  }

  function render(query, results, total, known) {
    list.replaceChildren.apply(list, results.map(item));
    meta.textContent = query ? count(total) : output.dataset.placeholder;
    if (help) {
      if (query && !total) showHelp(query, known || []);
      else help.hidden = true;
    }
    output.setAttribute("data-search-done", query); // the ranking test waits for this
  }

  function search() {
    var query = input.value.trim();
    var mine = ++serial;
    if (!query) {
      render("", [], 0);
      return;
    }
    var pf;
    var asked;
    load()
      .then(function (module) {
        pf = module;
        asked = meaningful(query); // after load(): the phrases and filler words have arrived
        return pf.debouncedSearch(asked, {}, 120); // null when a later keystroke superseded it
      })
      .then(function (found) {
        if (mine !== serial || !found) return null;
        return withFallback(pf, asked, found.results).then(function (all) {
          if (mine !== serial) return null;
          if (!all.length) {
            return loadTerms().then(function (known) {
              if (mine === serial) render(query, [], 0, known);
            });
          }
          return Promise.all(
            all.slice(0, MAX_PAGES).map(function (r) {
              return r.data();
            }),
          ).then(function (pages) {
            if (mine === serial) render(query, pages, all.length);
          });
        });
      })
      .catch(function (error) {
        pagefind = null; // try again on the next keystroke
        meta.textContent = output.dataset.none;
        console.error("search:", error);
      });
  }

  // Intent: the box, the header button (a label that checks the toggle), the shortcuts.
  input.addEventListener("focus", open);
  input.addEventListener("pointerdown", load);
  toggle.addEventListener("change", function () {
    if (toggle.checked) {
      load();
      if (document.activeElement !== input) input.focus();
    }
  });
  input.addEventListener("input", search);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) first.click();
  });
  form.addEventListener("reset", function () {
    setTimeout(function () {
      search();
      input.focus();
    });
  });
  list.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a")) close();
  });

  // Loaded by search-loader.js once the reader showed intent: the box may already be open and hold words.
  if (toggle.checked || document.activeElement === input) open();
  if (input.value.trim()) search();

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (!toggle.checked) {
      if (editable(event.target)) return;
      if (event.key === "/" || event.key === "s" || event.key === "f") {
        event.preventDefault();
        open();
      }
      return;
    }
    var all = [input].concat(links());
    var at = all.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (all.length < 2) return;
      event.preventDefault();
      var step = event.key === "ArrowDown" ? 1 : -1;
      all[(Math.max(at, 0) + step + all.length) % all.length].focus();
    } else if (at > 0 && event.key.length === 1) {
      input.focus(); // typing while a result is focused goes on typing the query
    }
  });
})();
