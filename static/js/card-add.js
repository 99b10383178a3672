// "Add to <routine>" on pose cards: adds without leaving the page and says what it did.
// Loaded as a module by every card, so it runs once however many cards there are. Without it
// the form posts normally and the server sends the member back to the same page.
document.addEventListener("submit", async (event) => {
  const form = event.target.closest("[data-card-add]");
  if (!form) return;
  event.preventDefault();
  const button = form.querySelector("button[type=submit]");
  const status = form.querySelector("[data-card-status]");
  button.disabled = true;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "HX-Request": "true" },
      credentials: "same-origin",
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    const result = page.querySelector("[data-card-result]");
    status.replaceChildren(...result.childNodes);
    status.className = `${result.className} small mb-0 mt-1`;
    if (result.dataset.routine) remember(result.dataset.routine);
  } catch {
    status.textContent = gettext("The pose was not added: check your connection and try again.");
  } finally {
    button.disabled = false;
  }
});

// Every card now offers this routine, at its new revision.
function remember(value) {
  const pk = value.split("@")[0];
  document.querySelectorAll("[data-card-add] [name=routine]").forEach((field) => {
    if (field.tagName === "SELECT") {
      for (const option of field.options) {
        if (option.value.split("@")[0] === pk) option.value = value;
      }
    }
    if (field.value.split("@")[0] === pk || field.tagName === "SELECT") field.value = value;
  });
}
