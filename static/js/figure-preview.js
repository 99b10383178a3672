// Admin pose form: redraw the figure while an editor types joint angles into the JSON field.
// Without JavaScript the form still saves; the drawing updates after saving.
(function () {
  "use strict";
  var field = document.getElementById("id_figure");
  if (!field) {
    return;
  }
  var box = document.querySelector("[data-figure-preview-url]");
  var url = box ? box.getAttribute("data-figure-preview-url") : "/poses/figure-preview.svg";
  if (!box) {
    box = document.createElement("div");
    box.className = "figure-preview";
    field.parentNode.insertBefore(box, field.nextSibling);
  }
  var status = document.createElement("p");
  status.className = "help figure-preview-status";
  status.setAttribute("aria-live", "polite");
  box.parentNode.insertBefore(status, box.nextSibling);
  var image = document.createElement("img");
  image.alt = "Preview of the drawn figure with the angles typed above";
  image.width = 320;
  image.height = 240;
  var timer = null;

  function readAngles() {
    var data;
    try {
      data = JSON.parse(field.value.trim() || "{}");
    } catch (error) {
      return null;
    }
    return data !== null && typeof data === "object" && !Array.isArray(data) ? data : null;
  }

  function update() {
    var angles = readAngles();
    if (angles === null) {
      status.textContent = 'Not valid JSON yet: write an object such as {"torso": 90}. ' +
        "The preview shows the last angles that could be read.";
      return;
    }
    status.textContent = "";
    var name = document.getElementById("id_english_name");
    var query = "?angles=" + encodeURIComponent(JSON.stringify(angles));
    if (name && name.value) {
      query += "&name=" + encodeURIComponent(name.value);
    }
    image.src = url + query;
    if (image.parentNode !== box) {
      box.textContent = "";
      box.appendChild(image);
    }
  }

  field.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 250);
  });
})();
