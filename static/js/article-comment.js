// Progressive enhancement: show how many characters are left in the comment box.
(function () {
  "use strict";
  document.querySelectorAll(".comment-form textarea[maxlength]").forEach(function (box) {
    var limit = Number(box.getAttribute("maxlength"));
    var counter = document.createElement("p");
    counter.className = "form-text comment-counter";
    counter.id = box.id + "-counter";
    box.insertAdjacentElement("afterend", counter);
    function update() {
      var left = limit - box.value.length;
      counter.textContent = interpolate(ngettext("%s character left", "%s characters left", left), [left]);
    }
    box.addEventListener("input", update);
    update();
  });
})();
