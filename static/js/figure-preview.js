// Pose admin figure editor: sliders beside the number boxes, and a live preview of the drawing.
// Without JavaScript the number boxes and checkboxes still save; the drawing updates on save.
(function () {
  "use strict";

  function collect(editor) {
    // The same figure data the server builds from the posted form (poses/figure_widgets.py).
    var prefix = editor.getAttribute("data-figure-editor") + "_";
    var figure = {};
    editor.querySelectorAll("input, select").forEach(function (control) {
      if (!control.name || control.name.indexOf(prefix) !== 0) {
        return;
      }
      var key = control.name.slice(prefix.length);
      if (control.type === "checkbox") {
        if (control.checked) {
          var value = key === "grips" || key === "straps" ? control.value.split("|") : control.value;
          (figure[key] = figure[key] || []).push(value);
        }
      } else if (control.type === "number") {
        var number = Number(control.value);
        if (control.value.trim() !== "" && number !== 0) {
          figure[key] = isNaN(number) ? control.value : number;
        }
      } else if (control.value) {
        figure[key] = control.value;
      }
    });
    return figure;
  }

  function start(editor) {
    var box = editor.querySelector("[data-figure-preview]");
    var status = editor.querySelector("[data-figure-status]");
    var url = editor.getAttribute("data-figure-preview-url");
    var nameField = document.getElementById(editor.getAttribute("data-name-field"));
    var timer = null;
    var latest = 0;

    function show(svgText) {
      var svg = new DOMParser().parseFromString(svgText, "image/svg+xml").documentElement;
      if (svg.nodeName !== "svg") {
        return;
      }
      box.replaceChildren(document.importNode(svg, true));
    }

    function update() {
      var query = new URLSearchParams({ angles: JSON.stringify(collect(editor)) });
      if (nameField && nameField.value) {
        query.set("name", nameField.value);
      }
      var request = ++latest;
      fetch(url + "?" + query.toString(), { credentials: "same-origin" })
        .then(function (response) {
          return response.text().then(function (text) {
            if (request !== latest) {
              return;  // a newer drawing is on its way
            }
            if (response.ok) {
              show(text);
              box.setAttribute("data-state", "drawn");
              var problems = decodeURIComponent(response.headers.get("X-Figure-Problems") || "");
              status.textContent = problems
                ? interpolate(gettext("Not solved yet: %s"), [problems])
                : gettext("Preview up to date.");
            } else {
              box.setAttribute("data-state", "invalid");
              status.textContent = interpolate(gettext("Cannot draw this yet: %s"), [text]);
            }
          });
        })
        .catch(function () {
          status.textContent = gettext(
            "The preview could not be fetched; the drawing updates when you save."
          );
        });
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 200);
    }

    editor.querySelectorAll("input[data-mirror]").forEach(function (control) {
      control.hidden = false;
      control.addEventListener("input", function () {
        var twin = document.getElementById(control.getAttribute("data-mirror"));
        if (twin && twin.value !== control.value) {
          twin.value = control.value;
        }
      });
    });
    editor.addEventListener("input", schedule);
    editor.addEventListener("change", schedule);
  }

  document.querySelectorAll("[data-figure-editor]").forEach(start);
})();
