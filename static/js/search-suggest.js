// Pose names suggested as you type, for every search box with data-suggest-url: an ARIA 1.2
// combobox with a list box. Without JavaScript the box is a plain search form.
(function () {
  var DELAY_MS = 150;
  var counter = 0;

  function setUp(input) {
    var id = "search-suggestions-" + ++counter;
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var timer = null;
    var request = null;
    var active = -1;

    list.id = id;
    list.className = "search-suggestions list-unstyled";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", gettext("Suggested poses"));
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.parentNode.classList.add("search-suggest-host");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    input.setAttribute("autocomplete", "off");

    function options() {
      return list.querySelectorAll("[role=option]");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var all = options();
      if (!all.length) return;
      active = (index + all.length) % all.length;
      all.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }

    function show(suggestions) {
      list.replaceChildren();
      suggestions.forEach(function (suggestion, i) {
        // An option holds no link of its own: the list box is the one control.
        var option = document.createElement("li");
        option.id = id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = suggestion.url;
        option.textContent = suggestion.name;
        if (suggestion.sanskrit) {
          var sanskrit = document.createElement("span");
          sanskrit.className = "sanskrit small ms-1";
          sanskrit.lang = "sa-Latn";
          sanskrit.textContent = suggestion.sanskrit;
          option.appendChild(sanskrit);
        }
        list.appendChild(option);
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      list.hidden = !suggestions.length;
      input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
      status.textContent = suggestions.length
        ? interpolate(
            ngettext(
              "%s suggested pose: use the arrow keys to choose it.",
              "%s suggested poses: use the arrow keys to choose one.",
              suggestions.length
            ),
            [suggestions.length]
          )
        : "";
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (request) request.abort();
      if (query.length < 2) {
        show([]);
        return;
      }
      request = new AbortController();
      var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(query);
      fetch(url, { signal: request.signal, headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) show(data.suggestions);
        })
        .catch(function () {});
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(options()[active].dataset.url);
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () {
      // Let a click on a suggestion land before the list goes.
      setTimeout(close, 150);
    });
    list.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) window.location.assign(option.dataset.url);
    });
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(setUp);
})();
