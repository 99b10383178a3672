// Turns the practice page into a guided player. Without this script the page is the ordered
// list of holds with their times and cues, and a plain form to log the practice.
// Time comes from the clock (Date.now), never from counting ticks, so when a sleeping tab
// wakes up the player catches up to the segment it should be in.
(function () {
  "use strict";

  const player = document.querySelector("[data-player]");
  const dataScript = document.getElementById("player-data");
  if (!player || !dataScript) return;
  const segments = JSON.parse(dataScript.textContent);
  if (!segments.length) return;

  const last = segments[segments.length - 1];
  const totalSeconds = last.startsAt + last.seconds;
  const holdCount = segments.reduce((count, s) => count + (s.kind === "pose" ? 1 : 0), 0);
  const TICK_MS = 250;

  const part = (name) => player.querySelector("[data-player-" + name + "]");
  const ui = {
    picture: part("picture"),
    counter: part("counter"),
    name: part("name"),
    side: part("side"),
    countdown: part("countdown"),
    pacer: part("pacer"),
    breath: part("breath"),
    toggle: part("toggle"),
    skip: part("skip"),
    restart: part("restart"),
    stop: part("stop"),
    summary: part("summary"),
    warnings: part("warnings"),
    cues: part("cues"),
    note: part("note"),
    progress: part("progress"),
    next: part("next"),
    status: part("status"),
    done: part("done"),
    doneText: part("done-text"),
  };

  // ---- Options, off until switched on and remembered on this device ----
  const options = {};
  function stored(name) {
    try {
      return window.localStorage.getItem("psoas.player." + name) === "on";
    } catch (error) {
      return false; // storage blocked: the option simply is not remembered
    }
  }
  player.querySelectorAll("[data-player-option]").forEach((box) => {
    const name = box.dataset.playerOption;
    box.checked = options[name] = stored(name);
    box.addEventListener("change", () => {
      options[name] = box.checked;
      try {
        window.localStorage.setItem("psoas.player." + name, box.checked ? "on" : "off");
      } catch (error) {
        /* not remembered, still applies now */
      }
      if (name === "voice" && !box.checked && window.speechSynthesis) window.speechSynthesis.cancel();
      if (name === "chime" && box.checked) chime();
      render();
    });
  });
  if (!("speechSynthesis" in window)) {
    const voiceBox = player.querySelector("[data-player-option=voice]");
    voiceBox.disabled = true;
    voiceBox.closest(".form-check").hidden = true;
  }

  // Spoken in the page's language, so a Russian page is not read with an English voice.
  function utterance(text) {
    const spoken = new SpeechSynthesisUtterance(text);
    spoken.lang = document.documentElement.lang;
    return spoken;
  }

  function say(text, interrupt) {
    if (!options.voice || !window.speechSynthesis) return;
    if (interrupt) window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance(text));
  }

  let audio = null;
  function chime() {
    if (!options.chime) return;
    const AudioContext = window.AudioContext || window.webkitAudioContext;
    if (!AudioContext) return;
    audio = audio || new AudioContext();
    const now = audio.currentTime;
    // Two soft sine notes that fade in and out: a bell, not a beep.
    [660, 880].forEach((frequency, index) => {
      const start = now + index * 0.18;
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.type = "sine";
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.12, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.9);
      tone.connect(gain).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 1);
    });
  }

  // ---- Screen Wake Lock while playing ----
  let wakeLock = null;
  async function keepAwake() {
    if (wakeLock || !("wakeLock" in navigator) || document.visibilityState !== "visible") return;
    try {
      wakeLock = await navigator.wakeLock.request("screen");
      wakeLock.addEventListener("release", () => {
        wakeLock = null;
      });
    } catch (error) {
      wakeLock = null; // refused (battery saver, policy): the player still works
    }
  }
  function letSleep() {
    if (wakeLock) wakeLock.release();
    wakeLock = null;
  }

  // ---- Time ----
  let doneMs = 0; // milliseconds played before the current run
  let runningSince = null; // Date.now() when the current run began, or null when paused
  let timer = null;
  let started = false;
  let finished = false;
  let shownIndex = -1;
  let spokenCount = null;

  function elapsedMs() {
    return doneMs + (runningSince === null ? 0 : Date.now() - runningSince);
  }

  function indexAt(seconds) {
    let index = 0;
    while (index + 1 < segments.length && segments[index + 1].startsAt <= seconds) index += 1;
    return index;
  }

  function clock(seconds) {
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  function upcomingHold(index) {
    for (let i = index; i < segments.length; i += 1) {
      if (segments[i].kind === "pose") return segments[i];
    }
    return null;
  }

  function describe(segment) {
    return segment.pose + (segment.side ? ", " + segment.side : "");
  }

  function showPicture(segment) {
    const source = document.querySelector("#hold-" + segment.hold + " [data-picture] > *");
    ui.picture.replaceChildren();
    if (source) {
      const picture = source.cloneNode(true);
      picture.querySelectorAll("[loading]").forEach((image) => image.removeAttribute("loading"));
      ui.picture.appendChild(picture);
    }
    ui.picture.classList.toggle("figure--mirrored", segment.mirrored);
  }

  function showWarnings(segment) {
    ui.warnings.replaceChildren();
    segment.warnings.forEach((warning) => {
      const note = document.createElement("p");
      note.className = "safety-note safety-" + warning.severity + " small mb-2";
      const lead = document.createElement("strong");
      lead.textContent =
        warning.severity === "avoid"
          ? interpolate(gettext("Warning: avoid with %s. "), [warning.condition.toLowerCase()])
          : interpolate(gettext("Modify for %s: "), [warning.condition.toLowerCase()]);
      note.append(lead, warning.guidance);
      ui.warnings.appendChild(note);
    });
  }

  function showCues(segment) {
    const hold = segment.kind === "pose" ? segment : upcomingHold(shownIndex);
    ui.cues.replaceChildren();
    // The cues are in the hold's entry of the list below, so the page carries them once.
    const source = hold && document.querySelector("#hold-" + hold.hold + " [data-cues]");
    if (source) ui.cues.append(...Array.from(source.children, (item) => item.cloneNode(true)));
    ui.note.textContent = segment.note ? interpolate(gettext("Note: %s"), [segment.note]) : "";
  }

  function enter(index, announce) {
    shownIndex = index;
    spokenCount = null;
    const segment = segments[index];
    const isHold = segment.kind === "pose";
    player.dataset.kind = segment.kind;
    ui.counter.textContent = isHold
      ? interpolate(gettext("Part %s of %s"), [segment.hold, holdCount])
      : interpolate(gettext("Part %s of %s · coming up"), [segment.hold, holdCount]);
    ui.name.textContent = segment.title;
    if (segment.titleLang) ui.name.lang = segment.titleLang;
    else ui.name.removeAttribute("lang");
    if (isHold) ui.side.textContent = segment.side ? capitalise(segment.side) : "";
    else if (segment.kind === "switch") ui.side.textContent = interpolate(gettext("Now the %s"), [segment.side]);
    else ui.side.textContent = interpolate(gettext("Next: %s"), [describe(upcomingHold(index))]);
    showPicture(segment);
    showWarnings(segment);
    showCues(segment);
    const following = upcomingHold(index + 1);
    ui.next.textContent = following
      ? interpolate(gettext("Next: %s"), [describe(following)])
      : gettext("Last pose of the routine");
    if (announce) {
      say(segment.spoken, true);
      chime();
    }
  }

  function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function render() {
    const seconds = Math.min(elapsedMs() / 1000, totalSeconds);
    if (seconds >= totalSeconds && !finished && started) {
      finish();
      return;
    }
    const index = indexAt(seconds);
    // After a sleep the clock may have jumped several segments: only the current one speaks.
    if (index !== shownIndex) enter(index, runningSince !== null);
    const segment = segments[index];
    const into = seconds - segment.startsAt;
    const left = Math.max(0, Math.ceil(segment.seconds - into));
    ui.countdown.textContent = clock(left);
    ui.progress.value = Math.floor(seconds);
    if (runningSince !== null && segment.kind === "pose" && left <= 3 && left >= 1 && spokenCount !== left) {
      spokenCount = left;
      say(String(left), false);
    }
    const cueItems = ui.cues.children;
    const current = segment.kind === "pose" ? Math.min(cueItems.length - 1, Math.floor((into / segment.seconds) * cueItems.length)) : 0;
    Array.from(cueItems).forEach((item, position) => {
      const isCurrent = position === current;
      item.classList.toggle("is-current", isCurrent);
      if (isCurrent) item.setAttribute("aria-current", "step");
      else item.removeAttribute("aria-current");
    });
    showBreath(segment, into);
    ui.stop.hidden = !started || finished || seconds < totalSeconds / 2;
  }

  function showBreath(segment, into) {
    const on = options.pacer && segment.kind === "pose";
    ui.pacer.hidden = !on;
    if (!on) return;
    const half = segment.breathSeconds / 2;
    const inhale = Math.floor(into / half) % 2 === 0;
    ui.breath.textContent = inhale ? gettext("Breathe in") : gettext("Breathe out");
    ui.pacer.classList.toggle("is-inhale", inhale && runningSince !== null);
    ui.pacer.style.setProperty("--breath-half", half + "s");
  }

  function setRunning(running) {
    if (running && runningSince === null) {
      runningSince = Date.now();
      timer = window.setInterval(render, TICK_MS);
      keepAwake();
    }
    if (!running && runningSince !== null) {
      doneMs = elapsedMs();
      runningSince = null;
      window.clearInterval(timer);
      timer = null;
      letSleep();
    }
    ui.toggle.textContent = running
      ? gettext("Pause")
      : finished
        ? gettext("Start again")
        : started
          ? gettext("Resume")
          : gettext("Start");
    player.classList.toggle("is-running", running);
  }

  function offerToSave(seconds, completed) {
    const minutes = Math.max(1, Math.round(seconds / 60));
    const form = document.querySelector("[data-log-form]");
    if (form) {
      form.elements.minutes.value = minutes;
      form.elements.completed.checked = completed;
    }
    ui.doneText.textContent =
      (completed
        ? gettext("Routine complete. ")
        : interpolate(gettext("You practised %s min. "), [minutes])) +
      gettext("Rest for a moment before you get up.");
    ui.done.hidden = false;
    ui.done.focus();
  }

  function finish() {
    finished = true;
    doneMs = totalSeconds * 1000;
    setRunning(false);
    ui.countdown.textContent = clock(0);
    ui.progress.value = totalSeconds;
    ui.stop.hidden = true;
    ui.pacer.hidden = true;
    ui.status.textContent = gettext("Routine complete.");
    say(gettext("Routine complete. Rest for a moment."), true);
    chime();
    offerToSave(totalSeconds, true);
  }

  function stopHere() {
    const seconds = elapsedMs() / 1000;
    setRunning(false);
    finished = true;
    ui.stop.hidden = true;
    ui.toggle.textContent = gettext("Start again");
    offerToSave(seconds, false);
  }

  function restart() {
    setRunning(false);
    doneMs = 0;
    started = false;
    finished = false;
    shownIndex = -1;
    ui.status.textContent = "";
    ui.done.hidden = true;
    if (ui.summary) ui.summary.hidden = false;
    setRunning(false);
    render();
  }

  function toggle() {
    if (finished) restart();
    const running = runningSince === null;
    if (running && !started) {
      started = true;
      if (ui.summary) ui.summary.hidden = true;
      shownIndex = -1; // announce the first segment now that it plays
    }
    setRunning(running);
    ui.status.textContent = running ? "" : gettext("Paused");
    render();
  }

  function skip() {
    if (finished) return;
    const next = segments[shownIndex + 1];
    if (!next) {
      doneMs = totalSeconds * 1000;
      if (runningSince !== null) runningSince = Date.now();
      started = true;
      finish();
      return;
    }
    // The skipped time counts as done, so the progress bar stays true to the whole routine.
    doneMs = next.startsAt * 1000;
    if (runningSince !== null) runningSince = Date.now();
    render();
  }

  ui.toggle.addEventListener("click", toggle);
  ui.skip.addEventListener("click", skip);
  ui.restart.addEventListener("click", restart);
  ui.stop.addEventListener("click", stopHere);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "visible" || runningSince === null) return;
    render(); // catch up at once rather than at the next tick
    keepAwake(); // the browser releases the lock when the page is hidden
  });
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    // Leave keys alone in form fields, and let Space press a focused button or link normally.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (target.closest("input, textarea, select, [contenteditable]")) return;
    const key = event.key.toLowerCase();
    if (key === " " && target.closest("button, a, summary")) return;
    if (key === " " || key === "k") {
      event.preventDefault();
      toggle();
    } else if (key === "n") {
      skip();
    }
  });

  // One session per form: a second click while the first is on its way sends nothing.
  const logForm = document.querySelector("[data-log-form]");
  if (logForm) {
    logForm.addEventListener("submit", (event) => {
      if (logForm.dataset.sent) event.preventDefault();
      logForm.dataset.sent = "yes";
    });
  }

  player.hidden = false;
  document.querySelector("[data-segments]").classList.add("is-enhanced");
  setRunning(false);
  render();
})();
