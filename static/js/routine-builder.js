// The routine builder's enhancements. Without this file (or without htmx) every control is a
// plain form that reloads the page at the changed step.
// - An edit in place swaps in only what changed (the step saved, or the list of steps) and the
//   summary, which carries the routine's new revision: every form on the page takes it (this
//   tab has just seen the latest state), and focus returns to the changed step.
// - The picker's ticks are cleared once the ticked poses were added.
// - The ⇅ handle reorders by pointer (mouse, pen, touch) and by keyboard (arrow keys), and
//   saves through the hidden reorder form, so the server applies its usual checks.
(function () {
  "use strict";

  const status = document.getElementById("builder-status");
  const KEY_SAVE_DELAY = 700;

  function say(text) {
    if (!status) return;
    const note = document.createElement("p");
    note.className = "visually-hidden";
    note.textContent = text;
    status.replaceChildren(note);
  }

  function syncRevision(revision) {
    document
      .querySelectorAll('input[name="revision"], input[name$="-revision"]')
      .forEach((input) => {
        input.value = revision;
      });
  }

  function items(list) {
    return Array.from(list.querySelectorAll(":scope > li[data-step-id]"));
  }

  function positionOf(item) {
    return items(item.parentElement).indexOf(item) + 1;
  }

  function save(list, item) {
    const form = document.querySelector(".reorder-form");
    if (!form) return;
    form.querySelector("[name=order]").value = items(list)
      .map((li) => li.dataset.stepId)
      .join(",");
    form.querySelector("[name=moved]").value = item.dataset.stepId;
    if (window.htmx) {
      window.htmx.trigger(form, "submit");
    } else {
      form.submit();
    }
  }

  function announceMove(item) {
    const total = items(item.parentElement).length;
    say(interpolate(gettext("%s: position %s of %s."), [item.dataset.stepName, positionOf(item), total]));
  }

  function enableReorder(root) {
    const list = root.querySelector(".builder-steps");
    if (!list || items(list).length < 2) return;
    items(list).forEach((item) => {
      const handle = item.querySelector(".drag-handle");
      if (!handle || handle.dataset.ready) return;
      handle.dataset.ready = "1";
      handle.hidden = false;
      handle.addEventListener("pointerdown", (event) => startDrag(event, list, item, handle));
      handle.addEventListener("keydown", (event) => moveByKey(event, list, item, handle));
    });
  }

  function middle(li) {
    const box = li.getBoundingClientRect();
    return box.top + box.height / 2;
  }

  // Pointer drag: neighbours whose middle the pointer passes swap to the other side of the
  // item. The dragged item itself never leaves the DOM, so it keeps the pointer capture.
  function startDrag(event, list, item, handle) {
    if (event.button !== 0) return;
    event.preventDefault();
    handle.setPointerCapture(event.pointerId);
    const before = items(list).map((li) => li.dataset.stepId).join(",");
    item.classList.add("is-dragging");

    function onMove(moveEvent) {
      const y = moveEvent.clientY;
      let moved = false;
      let next = item.nextElementSibling;
      while (next && y > middle(next)) {
        list.insertBefore(next, item);
        next = item.nextElementSibling;
        moved = true;
      }
      let previous = item.previousElementSibling;
      while (previous && y < middle(previous)) {
        list.insertBefore(previous, item.nextElementSibling);
        previous = item.previousElementSibling;
        moved = true;
      }
      if (moved) announceMove(item);
    }

    function onEnd() {
      handle.removeEventListener("pointermove", onMove);
      handle.removeEventListener("pointerup", onEnd);
      handle.removeEventListener("pointercancel", onEnd);
      item.classList.remove("is-dragging");
      const after = items(list).map((li) => li.dataset.stepId).join(",");
      if (after !== before) save(list, item);
    }

    handle.addEventListener("pointermove", onMove);
    handle.addEventListener("pointerup", onEnd);
    handle.addEventListener("pointercancel", onEnd);
  }

  // Keyboard: arrows move the step at once; the order is saved when the keys stop.
  let keyTimer = null;
  function moveByKey(event, list, item, handle) {
    let target;
    if (event.key === "ArrowUp") target = item.previousElementSibling;
    else if (event.key === "ArrowDown") target = item.nextElementSibling?.nextElementSibling ?? null;
    else return;
    event.preventDefault();
    if (event.key === "ArrowUp" && !target) return;
    if (event.key === "ArrowDown" && !item.nextElementSibling) return;
    list.insertBefore(item, target);
    handle.focus();
    announceMove(item);
    clearTimeout(keyTimer);
    keyTimer = setTimeout(() => save(list, item), KEY_SAVE_DELAY);
  }

  // The new steps replace the old ones, so focus is put back by id: on the same control
  // (handles are shown only once enabled, too late for htmx's own restoring), else on the
  // changed step (named by the summary).
  let focusedId = null;
  document.addEventListener("htmx:beforeSwap", () => {
    focusedId = document.activeElement ? document.activeElement.id : null;
  });

  document.addEventListener("htmx:afterSettle", () => {
    const steps = document.getElementById("builder-steps");
    const summary = document.getElementById("builder-summary");
    if (!steps || !summary) return;
    syncRevision(summary.dataset.revision);
    enableReorder(steps);
    if (document.activeElement && document.activeElement !== document.body) return;
    const target =
      (focusedId && document.getElementById(focusedId)) ||
      (summary.dataset.focusStep && document.getElementById(summary.dataset.focusStep)) ||
      steps.querySelector("h2");
    if (target) target.focus();
  });

  document.addEventListener("htmx:afterRequest", (event) => {
    const form = event.detail.elt.closest && event.detail.elt.closest(".picker-add");
    if (form && event.detail.successful) {
      form.querySelectorAll(".picker-check:checked").forEach((box) => {
        box.checked = false;
      });
    }
  });

  document.addEventListener("htmx:responseError", () => {
    say(gettext("That change could not be saved. Reload the page and try again."));
  });
  document.addEventListener("htmx:sendError", () => {
    say(gettext("The connection failed, so nothing was saved. Check your connection and try again."));
  });

  const steps = document.getElementById("builder-steps");
  if (steps) enableReorder(steps);
})();
