// On wide screens the catalogue's filters sit beside the results, so show them open;
// on a phone they stay folded behind "Filters (n)" so the results come first.
(function () {
  var wide = window.matchMedia("(min-width: 992px)");
  if (!wide.matches) return;
  document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
    details.open = true;
  });
})();
