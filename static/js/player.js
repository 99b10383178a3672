// Turns the practice page's ordered list of segments into a guided player.
// Without this script the list, with its times, is the whole page. Time is counted in
// interval ticks (never Date), so tests can drive it with a fake clock.
(function () {
  "use strict";

  const player = document.querySelector("[data-player]");
  const list = document.querySelector("[data-segments]");
  if (!player || !list) return;

  const items = Array.from(list.querySelectorAll("li[data-seconds]"));
  const segments = items.map((item) => ({
    item: item,
    seconds: parseInt(item.dataset.seconds, 10),
    name: item.dataset.name,
    side: item.dataset.side,
    cue: (item.querySelector("[data-cue]") || {}).textContent || "",
    // A photo (<picture>) or the drawn figure (<svg>), whichever the page shows.
    picture: item.querySelector("[data-picture] > *"),
  }));
  if (!segments.length) return;

  const part = (name) => player.querySelector("[data-player-" + name + "]");
  const ui = {
    picture: part("picture"),
    counter: part("counter"),
    name: part("name"),
    side: part("side"),
    cue: part("cue"),
    countdown: part("countdown"),
    progress: part("progress"),
    next: part("next"),
    toggle: part("toggle"),
    skip: part("skip"),
    restart: part("restart"),
    status: part("status"),
  };

  let index = 0;
  let remaining = segments[0].seconds;
  let elapsedBefore = 0; // seconds of the segments already finished
  let timer = null;
  let finished = false;
  let started = false;

  function clock(seconds) {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return minutes + ":" + String(rest).padStart(2, "0");
  }

  function describe(segment) {
    return segment.name + (segment.side ? " (" + segment.side + ")" : "");
  }

  function showSegment() {
    const segment = segments[index];
    ui.counter.textContent = "Part " + (index + 1) + " of " + segments.length;
    ui.name.textContent = segment.name;
    ui.side.textContent = segment.side ? "Now the " + segment.side : "";
    ui.cue.textContent = segment.cue;
    ui.picture.replaceChildren();
    if (segment.picture) {
      const picture = segment.picture.cloneNode(true);
      picture.querySelectorAll("[loading]").forEach((image) => image.removeAttribute("loading"));
      ui.picture.appendChild(picture);
    }
    const following = segments[index + 1];
    ui.next.textContent = following ? "Next: " + describe(following) : "Last pose of the routine";
    items.forEach((item, position) => {
      item.classList.toggle("is-current", position === index);
      if (position === index) item.setAttribute("aria-current", "step");
      else item.removeAttribute("aria-current");
    });
    showTime();
  }

  function showTime() {
    ui.countdown.textContent = clock(remaining);
    ui.progress.value = elapsedBefore + segments[index].seconds - remaining;
  }

  function toggleLabel(running) {
    if (running) return "Pause";
    if (finished) return "Start again";
    return started ? "Resume" : "Start";
  }

  function setRunning(running) {
    if (running && !timer) timer = setInterval(tick, 1000);
    if (!running && timer) {
      clearInterval(timer);
      timer = null;
    }
    ui.toggle.textContent = toggleLabel(running);
    player.classList.toggle("is-running", running);
  }

  function advance() {
    elapsedBefore += segments[index].seconds;
    if (index + 1 >= segments.length) {
      finished = true;
      remaining = 0;
      ui.progress.value = ui.progress.max;
      ui.countdown.textContent = clock(0);
      ui.status.textContent = "Routine complete. Rest for a moment before you get up.";
      setRunning(false);
      return;
    }
    index += 1;
    remaining = segments[index].seconds;
    showSegment();
  }

  function tick() {
    remaining -= 1;
    if (remaining <= 0) advance();
    else showTime();
  }

  function restart() {
    setRunning(false);
    index = 0;
    elapsedBefore = 0;
    finished = false;
    started = false;
    remaining = segments[0].seconds;
    ui.status.textContent = "";
    showSegment();
  }

  function toggle() {
    if (finished) {
      restart();
      started = true;
      setRunning(true);
      return;
    }
    const running = !timer;
    started = true;
    setRunning(running);
    ui.status.textContent = running ? "" : "Paused";
  }

  function skip() {
    if (finished) return;
    // The skipped time counts as done, so the progress bar stays true to the whole routine.
    advance();
  }

  ui.toggle.addEventListener("click", toggle);
  ui.skip.addEventListener("click", skip);
  ui.restart.addEventListener("click", restart);
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    // Leave keys alone in form fields, and let Space press a focused button or link normally.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (target.closest("input, textarea, select, [contenteditable]")) return;
    const key = event.key.toLowerCase();
    if (key === " " && target.closest("button, a")) return;
    if (key === " " || key === "k") {
      event.preventDefault();
      toggle();
    } else if (key === "n") {
      skip();
    }
  });

  player.hidden = false;
  list.classList.add("is-enhanced");
  showSegment();
  setRunning(false);
})();
