// Drag-and-drop reordering for the routine builder: an enhancement over the Up/Down buttons.
// When a drag ends with a new order, it fills the hidden reorder form (with the routine's
// revision) and submits it, so the server applies the same checks as every other edit.
(function () {
  "use strict";

  const list = document.querySelector(".builder-steps");
  const form = document.querySelector(".reorder-form");
  if (!list || !form) return;

  let dragged = null;
  let orderBefore = "";

  function currentOrder() {
    return Array.from(list.querySelectorAll("li[data-step-id]"), (li) => li.dataset.stepId).join(
      ","
    );
  }

  list.querySelectorAll("li[data-step-id]").forEach((item) => {
    const handle = item.querySelector(".drag-handle");
    if (handle) handle.hidden = false;
    item.draggable = true;
    item.addEventListener("dragstart", (event) => {
      // Dragging from a form field would make selecting its text impossible.
      if (event.target.closest && event.target.closest("input, select, textarea")) {
        event.preventDefault();
        return;
      }
      dragged = item;
      orderBefore = currentOrder();
      item.classList.add("is-dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", item.dataset.stepId);
    });
    item.addEventListener("dragover", (event) => {
      if (!dragged) return;
      event.preventDefault();
      if (dragged === item) return;
      const box = item.getBoundingClientRect();
      const after = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? item.nextSibling : item);
    });
    item.addEventListener("drop", (event) => event.preventDefault());
    item.addEventListener("dragend", () => {
      item.classList.remove("is-dragging");
      dragged = null;
      const order = currentOrder();
      if (order !== orderBefore) {
        form.querySelector("[name=order]").value = order;
        form.submit();
      }
    });
  });
})();
