// The participant page of a PEM Desktop room: join with the code (or the QR link), choose a team,
// place a marker on the aspect's continuum (or answer the aspect's guided questions, which place it),
// and see that the vote was received. Plain JavaScript, no libraries, nothing fetched from anywhere
// but the room itself. The page speaks the workshop's language: the room sends its texts (English is the
// source: the HTML's texts and those given t() or N_() below) and the page keeps its English to switch again.
"use strict";

(function () {
  const PROTOCOL = 1;
  const STORE_KEY = "pem-room";
  const KEY_SEND_DELAY = 600; // ms after the last arrow key before a keyboard vote is sent
  const ORGANISATION = "org";
  const MIN_NAME_SCALE = 0.75; // level names shrink no further to fit (a longer one wraps)

  const $ = (id) => document.getElementById(id);
  const views = ["join", "wait", "vote", "room-closed"];

  const state = {
    linkToken: null, // from the QR code's link (#t=...)
    participant: null, // our token, once joined
    name: "",
    socket: null,
    retry: 0,
    ballot: null,
    mine: new Map(), // team key -> position, in the shown round
    mineAnswers: new Map(), // team key -> {question id: level index}, for votes cast by answering
    mode: "line", // how this phone votes: "line" (the marker) or "questions" (the guided questions)
    team: null, // team key voted on: a team id as text, or "org"
    position: null, // where the marker is (level units), or null
    pending: null, // the vote or answers message sent and not yet received
    unsent: null, // a vote to send once connected
    ref: 0,
    welcomed: false,
    keyTimer: null,
    closed: false,
    joinMessage: null, // what the join form last said: [English text, its values]
  };

  // -- the page's language ----------------------------------------------------------------------

  const texts = { language: "en", table: {} }; // English text -> the workshop's language
  const originals = []; // [node, attribute or null, English]: the HTML's own texts
  const ATTRIBUTES = ["placeholder", "aria-label", "title", "alt"];
  const hasWords = (text) => /\p{L}/u.test(text);
  const normalised = (text) => text.replace(/\s+/g, " ").trim(); // as pem_desktop.room.texts finds them

  const N_ = (english) => english; // marks an English text that is translated where it is shown

  // A text in the workshop's language, with its {placeholders} filled after translation.
  function t(english, values) {
    const text = Object.hasOwn(texts.table, english) ? texts.table[english] : english;
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (whole, key) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
  }

  function collectOriginals() {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (hasWords(node.data) && !node.parentElement.closest("script, style, noscript")) {
        originals.push([node, null, node.data]);
      }
    }
    for (const element of document.querySelectorAll(ATTRIBUTES.map((name) => "[" + name + "]").join(", "))) {
      for (const name of ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value && hasWords(value)) originals.push([element, name, value]);
      }
    }
  }

  function applyTexts(message) {
    if (typeof message.language !== "string" || !message.texts || typeof message.texts !== "object") return;
    texts.language = message.language;
    texts.table = message.texts;
    document.documentElement.lang = message.language;
    for (const [node, attribute, english] of originals) {
      const text = t(normalised(english));
      if (attribute) node.setAttribute(attribute, text);
      else node.data = english.match(/^\s*/)[0] + text + english.match(/\s*$/)[0]; // the HTML's spacing kept
    }
    // What the script wrote, again in the new language.
    showWho();
    const [said, values] = state.joinMessage || [""];
    if (!$("join").hidden) showJoin(said, values, true);
    if (!$("vote").hidden) showBallot(state.ballot, currentMine(), true);
  }

  async function loadTexts() {
    try {
      const response = await fetch("/api/texts", { cache: "no-store", credentials: "omit" });
      if (response.ok) applyTexts(await response.json());
    } catch (error) {
      /* the room is out of reach: English until the socket brings the texts */
    }
  }

  // -- storage --------------------------------------------------------------------------------

  function load() {
    try {
      const saved = JSON.parse(window.localStorage.getItem(STORE_KEY) || "null");
      if (saved && typeof saved.participant === "string") {
        state.participant = saved.participant;
        state.name = typeof saved.name === "string" ? saved.name : "";
        state.team = typeof saved.team === "string" ? saved.team : null;
      }
    } catch (error) {
      /* private browsing: nothing kept, nothing lost */
    }
  }

  function save() {
    try {
      window.localStorage.setItem(
        STORE_KEY,
        JSON.stringify({ participant: state.participant, name: state.name, team: state.team })
      );
    } catch (error) {
      /* as above */
    }
  }

  function forget() {
    state.participant = null;
    try {
      window.localStorage.removeItem(STORE_KEY);
    } catch (error) {
      /* as above */
    }
  }

  // -- views ----------------------------------------------------------------------------------

  function show(view) {
    for (const each of views) $(each).hidden = each !== view;
  }

  function setStatus(text, kind) {
    const status = $("status");
    status.textContent = text;
    status.className = "status" + (kind ? " " + kind : "");
  }

  // The join form, with a message in English (the page's own, translated here) or as the room wrote it;
  // `again`: shown again in another language, keeping what was typed and the focus.
  function showJoin(message, values, again) {
    show("join");
    state.joinMessage = [message, values];
    const byLink = Boolean(state.linkToken);
    $("code-field").hidden = byLink;
    $("join-lead").textContent = byLink
      ? t("You came in through the QR code. Add your name if you like, then join.")
      : t("Type the code shown on the facilitator's screen.");
    $("join-error").textContent = message ? t(message, values) : "";
    if (again) return;
    $("name").value = state.name;
    (byLink ? $("name") : $("code")).focus();
  }

  // -- joining --------------------------------------------------------------------------------

  async function join(event) {
    event.preventDefault();
    const button = $("join-button");
    const code = $("code").value.replace(/[\s-]/g, "");
    const name = $("name").value.trim();
    if (!state.linkToken && !/^[0-9]{6}$/.test(code)) {
      state.joinMessage = [N_("The code has six digits.")];
      $("join-error").textContent = t(state.joinMessage[0]);
      $("code").focus();
      return;
    }
    button.disabled = true;
    $("join-error").textContent = "";
    state.joinMessage = null;
    const body = state.linkToken ? { token: state.linkToken, name: name } : { code: code, name: name };
    try {
      const response = await fetch("/api/join", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
        cache: "no-store",
        credentials: "omit",
      });
      const answer = await response.json().catch(() => ({}));
      if (!response.ok) {
        if (response.status === 403) state.linkToken = null; // an old QR link: fall back to the code
        if (answer.error) showJoin(answer.error); // the room's words, in the workshop's language
        else showJoin(N_("Could not join ({status})."), { status: response.status });
        return;
      }
      state.participant = answer.participant;
      state.name = answer.name || "";
      save();
      show("wait");
      connect();
    } catch (error) {
      showJoin(N_("Cannot reach the room. Are you on the same network as the facilitator's computer?"));
    } finally {
      button.disabled = false;
    }
  }

  // -- the connection -------------------------------------------------------------------------

  function connect() {
    if (state.closed) return;
    const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/api/socket");
    state.socket = socket;
    socket.addEventListener("open", () => {
      socket.send(JSON.stringify({ type: "hello", participant: state.participant, protocol: PROTOCOL }));
    });
    socket.addEventListener("message", (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (error) {
        return;
      }
      if (message && typeof message.type === "string") receive(message);
    });
    socket.addEventListener("close", () => {
      if (state.socket !== socket) return;
      state.socket = null;
      if (state.closed || !state.participant) return;
      const wait = Math.min(1000 * 2 ** state.retry, 8000);
      state.retry += 1;
      if (!$("vote").hidden) setStatus(t("Connection lost — reconnecting…"), "bad");
      window.setTimeout(connect, wait);
    });
  }

  function receive(message) {
    switch (message.type) {
      case "welcome":
        state.retry = 0;
        state.welcomed = true;
        state.name = typeof message.name === "string" ? message.name : "";
        showWho();
        break;
      case "texts":
        applyTexts(message);
        break;
      case "ballot":
        showBallot(message.ballot, message.mine || []);
        break;
      case "received":
        received(message);
        break;
      case "error":
        failed(message);
        break;
      case "closed":
        state.closed = true;
        forget();
        show("room-closed");
        break;
      default: // a newer room's message: nothing to do with it here
        break;
    }
  }

  function showWho() {
    if (state.welcomed) $("who").textContent = state.name ? t("You: {name}", { name: state.name }) : t("Anonymous");
  }

  function failed(message) {
    if (message.code === "unknown_participant") {
      forget();
      showJoin(N_("Join again with the code on the screen."));
      return;
    }
    if (state.pending && message.ref === state.pending.ref) state.pending = null;
    setStatus(message.message || t("That did not work."), "bad"); // the room's words are in the workshop's language
  }

  // -- the ballot -----------------------------------------------------------------------------

  function teamKey(teamId) {
    return teamId === null ? ORGANISATION : String(teamId);
  }

  function teamId(key) {
    return key === ORGANISATION ? null : Number(key);
  }

  // The votes of this phone in the shown round, as the room sends them.
  function currentMine() {
    return [...state.mine].map(([key, position]) => {
      const vote = { team: teamId(key), position: position };
      if (state.mineAnswers.has(key)) vote.answers = state.mineAnswers.get(key);
      return vote;
    });
  }

  // `again`: the same round shown again in another language.
  function showBallot(ballot, mine, again) {
    const sameRound = state.ballot && ballot && state.ballot.round === ballot.round;
    const sameWords = sameRound && !again && JSON.stringify(state.ballot.aspect.questions) === JSON.stringify(ballot.aspect.questions);
    state.ballot = ballot;
    state.mine = new Map(mine.map((vote) => [teamKey(vote.team), vote.position]));
    state.mineAnswers = new Map(
      mine.filter((vote) => vote.answers).map((vote) => [teamKey(vote.team), vote.answers])
    );
    if (!ballot) {
      state.pending = null;
      show("wait");
      return;
    }
    show("vote");
    $("aspect-name").textContent = ballot.aspect.name;
    $("aspect-question").textContent = ballot.aspect.question;
    fillTeams(ballot);
    drawLevels(ballot);
    if (!sameRound) state.pending = null;
    if (!sameWords) drawQuestions(ballot); // a new round, or the questions in another language
    state.position = state.mine.has(state.team) ? state.mine.get(state.team) : null;
    const asks = ballot.aspect.questions.length > 0;
    $("modes").hidden = !asks;
    if (!asks) state.mode = "line";
    else if (state.mineAnswers.has(state.team)) state.mode = "questions";
    else if (state.position !== null) state.mode = "line";
    const open = ballot.status === "open";
    $("team").disabled = !open;
    setMode(state.mode);
    if (!open) {
      setStatus(
        state.position === null ? t("Voting has closed.") : t("Voting has closed. Your vote is in."),
        state.position === null ? "" : "ok"
      );
    } else if (state.unsent) {
      send(state.unsent);
    } else if (state.position !== null) {
      setStatus(t("Received ✓ You can change it until the vote closes."), "ok");
    } else {
      setStatus("");
    }
  }

  function fillTeams(ballot) {
    const select = $("team");
    const keys = ballot.teams.map((team) => String(team.id));
    if (ballot.organisation) keys.push(ORGANISATION);
    if (!keys.includes(state.team)) state.team = ballot.oneTeam ? keys[0] : null;
    if (ballot.oneTeam) {
      select.hidden = true;
      $("team-label").hidden = true;
      $("one-team").hidden = false;
      $("one-team").textContent = t("Where does {team} sit?", { team: ballot.teams[0].name });
      state.team = keys[0];
      return;
    }
    select.hidden = false;
    $("team-label").hidden = false;
    $("team-label").textContent = t("Which team are you placing?");
    $("one-team").hidden = true;
    select.replaceChildren();
    if (state.team === null) {
      const choose = new Option(t("Choose your team…"), "");
      choose.disabled = true;
      select.add(choose);
    }
    for (const team of ballot.teams) select.add(new Option(team.name, String(team.id)));
    if (ballot.organisation) select.add(new Option(t("The whole organisation"), ORGANISATION));
    select.value = state.team === null ? "" : state.team;
  }

  function drawLevels(ballot) {
    const strip = $("level-strip");
    const list = $("level-list");
    strip.replaceChildren();
    list.replaceChildren();
    ballot.aspect.levels.forEach((level) => {
      const cell = document.createElement("div");
      cell.className = "level-cell";
      const band = document.createElement("div");
      band.className = "band";
      band.style.background = level.colour;
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = level.name;
      const label = document.createElement("span");
      label.className = "label";
      label.textContent = level.label;
      cell.append(band, name, label);
      strip.append(cell);

      const details = document.createElement("details");
      details.style.borderLeftColor = level.colour;
      const summary = document.createElement("summary");
      const title = document.createElement("span");
      title.className = "title";
      title.textContent = t("{level} — {label}", { level: level.name, label: level.label });
      const line = document.createElement("span");
      line.className = "summary";
      line.textContent = level.summary;
      const text = document.createElement("span");
      text.className = "text";
      text.append(title, line);
      summary.append(text);
      const more = document.createElement("div");
      more.className = "more";
      if (level.meaning) {
        const meaning = document.createElement("p");
        meaning.textContent = level.meaning;
        more.append(meaning);
      }
      if (level.characteristics.length) {
        const items = document.createElement("ul");
        for (const text of level.characteristics) {
          const item = document.createElement("li");
          item.textContent = text;
          items.append(item);
        }
        more.append(items);
      }
      details.append(summary, more);
      list.append(details);
    });
    strip.style.setProperty("--levels", String(ballot.levelCount));
    $("continuum").setAttribute("aria-valuemax", String(ballot.levelCount));
    fitLevelNames();
  }

  // The level names fit their columns in every language ("Provisorisch", "Optimierend"): all shrink alike
  // until the longest fits on one line, rather than breaking inside a word.
  function fitLevelNames() {
    const strip = $("level-strip");
    strip.style.setProperty("--name-scale", "1");
    strip.classList.add("measuring");
    let scale = 1;
    for (const name of strip.querySelectorAll(".name")) {
      if (name.scrollWidth > name.clientWidth) scale = Math.min(scale, (0.97 * name.clientWidth) / name.scrollWidth);
    }
    strip.classList.remove("measuring");
    strip.style.setProperty("--name-scale", String(Math.max(scale, MIN_NAME_SCALE)));
  }

  // -- the guided questions ---------------------------------------------------------------------

  function drawQuestions(ballot) {
    const list = $("question-list");
    list.replaceChildren();
    const questions = ballot.aspect.questions;
    questions.forEach((question, number) => {
      const fieldset = document.createElement("fieldset");
      fieldset.dataset.question = question.id;
      const legend = document.createElement("legend");
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = t("Question {number} of {count}", { number: number + 1, count: questions.length });
      legend.append(count, document.createTextNode(question.text));
      fieldset.append(legend);
      question.answers.forEach((text, level) => {
        const label = document.createElement("label");
        label.className = "answer";
        const input = document.createElement("input");
        input.type = "radio";
        input.name = "question-" + number;
        input.value = String(level);
        input.addEventListener("change", answerChanged);
        const words = document.createElement("span");
        words.textContent = text;
        label.append(input, words);
        fieldset.append(label);
      });
      const clear = document.createElement("button");
      clear.type = "button";
      clear.className = "clear";
      clear.textContent = t("Skip this question");
      clear.setAttribute("aria-label", t("Skip question {number}", { number: number + 1 }));
      clear.addEventListener("click", () => {
        for (const input of fieldset.querySelectorAll("input")) input.checked = false;
        answerChanged();
      });
      fieldset.append(clear);
      list.append(fieldset);
    });
  }

  function chosenAnswers() {
    const answers = {};
    for (const fieldset of $("question-list").querySelectorAll("fieldset")) {
      const checked = fieldset.querySelector("input:checked");
      if (checked) answers[fieldset.dataset.question] = Number(checked.value);
    }
    return answers;
  }

  function fillAnswers() {
    const answers = state.mineAnswers.get(state.team) || {};
    const enabled = canVote();
    const answered = Object.keys(answers).length;
    for (const fieldset of $("question-list").querySelectorAll("fieldset")) {
      const level = answers[fieldset.dataset.question];
      for (const input of fieldset.querySelectorAll("input")) {
        input.checked = level !== undefined && Number(input.value) === level;
        input.disabled = !enabled;
      }
      // A vote cannot be taken back, only changed: the last answer stays until another is given.
      fieldset.querySelector(".clear").hidden = !enabled || level === undefined || answered < 2;
    }
  }

  function answerChanged() {
    if (!canVote()) {
      fillAnswers();
      setStatus(t("Choose your team first."), "bad");
      $("team").focus();
      return;
    }
    const answers = chosenAnswers();
    if (Object.keys(answers).length === 0) {
      fillAnswers();
      return;
    }
    for (const fieldset of $("question-list").querySelectorAll("fieldset")) {
      fieldset.querySelector(".clear").hidden = !(fieldset.dataset.question in answers) || Object.keys(answers).length < 2;
    }
    state.ref += 1;
    send({ type: "answers", round: state.ballot.round, team: teamId(state.team), answers: answers, ref: state.ref });
  }

  function setMode(mode) {
    state.mode = mode;
    const byQuestions = mode === "questions";
    $("mode-line").setAttribute("aria-checked", byQuestions ? "false" : "true");
    $("mode-questions").setAttribute("aria-checked", byQuestions ? "true" : "false");
    $("mode-line").tabIndex = byQuestions ? -1 : 0; // one stop for the pair; the arrow keys switch
    $("mode-questions").tabIndex = byQuestions ? 0 : -1;
    $("questions").hidden = !byQuestions;
    const open = Boolean(state.ballot) && state.ballot.status === "open";
    const continuum = $("continuum");
    const placing = open && !byQuestions;
    continuum.setAttribute("aria-disabled", placing ? "false" : "true");
    continuum.tabIndex = placing ? 0 : -1;
    $("instruction").hidden = !placing;
    fillAnswers();
    drawMarker();
  }

  function words(position) {
    for (const [start, end, text] of state.ballot.words) {
      if (position >= start - 0.005 && position <= end + 0.005) return text;
    }
    return "";
  }

  function drawMarker() {
    const marker = $("marker");
    const continuum = $("continuum");
    const ballot = state.ballot;
    if (state.position === null || !ballot) {
      marker.hidden = true;
      continuum.removeAttribute("aria-valuenow");
      const choose = Boolean(ballot) && state.team === null && !ballot.oneTeam;
      continuum.setAttribute(
        "aria-valuetext",
        choose ? t("Choose your team first") : t("Not placed yet: tap the line or use the arrow keys")
      );
      $("position-words").textContent = choose ? t("Choose your team first.") : "";
      return;
    }
    marker.hidden = false;
    marker.style.left = (100 * state.position) / ballot.levelCount + "%";
    const text = words(state.position);
    continuum.setAttribute("aria-valuenow", state.position.toFixed(2));
    continuum.setAttribute("aria-valuetext", text);
    $("position-words").textContent =
      state.mode === "questions" && state.mineAnswers.has(state.team) ? t("Your answers place it: {words}", { words: text }) : text;
  }

  // -- placing the marker ---------------------------------------------------------------------

  function canVote() {
    return Boolean(state.ballot && state.ballot.status === "open" && state.team !== null);
  }

  function place(position) {
    const top = state.ballot.levelCount;
    state.position = Math.round(Math.min(Math.max(position, 0), top) * 100) / 100;
    drawMarker();
  }

  function positionAt(clientX) {
    const rect = $("level-strip").getBoundingClientRect();
    return ((clientX - rect.left) / rect.width) * state.ballot.levelCount;
  }

  function sendVote(position) {
    if (!canVote()) return;
    state.ref += 1;
    send({ type: "vote", round: state.ballot.round, team: teamId(state.team), position: position, ref: state.ref });
  }

  function send(message) {
    if (!canVote() || message.round !== state.ballot.round) {
      state.unsent = null;
      return;
    }
    state.pending = message;
    if (!state.socket || state.socket.readyState !== WebSocket.OPEN) {
      state.unsent = message;
      setStatus(t("Not connected — your vote will be sent when the connection is back."), "bad");
      return;
    }
    state.unsent = null;
    state.socket.send(JSON.stringify(message));
    setStatus(t("Sending…"), "");
  }

  function received(message) {
    const key = teamKey(message.team);
    state.mine.set(key, message.position);
    if (message.answers) state.mineAnswers.set(key, message.answers);
    else state.mineAnswers.delete(key);
    if (key === state.team && (message.answers || state.mode === "questions")) {
      state.position = message.position; // where the answers placed it: the room's rule, not this page's
      drawMarker();
    }
    if (state.pending && message.ref === state.pending.ref) {
      state.pending = null;
      setStatus(t("Received ✓ You can change it until the vote closes."), "ok");
    }
  }

  function pointerDown(event) {
    if (state.mode !== "line") return;
    if (!canVote()) {
      if (state.ballot && state.ballot.status === "open") {
        setStatus(t("Choose your team first."), "bad");
        $("team").focus();
      }
      return;
    }
    event.preventDefault();
    const continuum = $("continuum");
    continuum.setPointerCapture(event.pointerId);
    continuum.classList.add("dragging");
    continuum.focus({ preventScroll: true });
    place(positionAt(event.clientX));
  }

  function pointerMove(event) {
    const continuum = $("continuum");
    if (!continuum.hasPointerCapture(event.pointerId)) return;
    place(positionAt(event.clientX));
  }

  function pointerUp(event) {
    const continuum = $("continuum");
    if (!continuum.hasPointerCapture(event.pointerId)) return;
    continuum.releasePointerCapture(event.pointerId);
    continuum.classList.remove("dragging");
    place(positionAt(event.clientX));
    sendVote(state.position);
  }

  function keyDown(event) {
    if (!canVote() || state.mode !== "line") return;
    const top = state.ballot.levelCount;
    const start = state.position === null ? top / 2 : state.position;
    const steps = {
      ArrowRight: 0.1,
      ArrowUp: 0.1,
      ArrowLeft: -0.1,
      ArrowDown: -0.1,
      PageUp: 1,
      PageDown: -1,
    };
    let next;
    if (event.key in steps) next = state.position === null ? start : start + steps[event.key] * (event.shiftKey ? 10 : 1);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = top;
    else if (event.key === "Enter" || event.key === " ") next = start;
    else return;
    event.preventDefault();
    place(next);
    window.clearTimeout(state.keyTimer);
    const send = () => sendVote(state.position);
    if (event.key === "Enter" || event.key === " ") send();
    else state.keyTimer = window.setTimeout(send, KEY_SEND_DELAY);
  }

  function teamChanged() {
    const value = $("team").value;
    if (!value) return;
    state.team = value;
    save();
    state.pending = null;
    state.position = state.mine.has(value) ? state.mine.get(value) : null;
    const placeholder = $("team").querySelector('option[value=""]');
    if (placeholder) placeholder.remove();
    if (state.mineAnswers.has(value)) state.mode = "questions";
    setMode(state.mode);
    setStatus(state.position === null ? "" : t("Received ✓ You can change it until the vote closes."), state.position === null ? "" : "ok");
  }

  // -- start ----------------------------------------------------------------------------------

  async function start() {
    collectOriginals();
    const fragment = new URLSearchParams(location.hash.slice(1));
    if (fragment.get("t")) {
      state.linkToken = fragment.get("t");
      history.replaceState(null, "", location.pathname); // the token is not left in the address bar
    }
    load();
    $("join-form").addEventListener("submit", join);
    $("team").addEventListener("change", teamChanged);
    const continuum = $("continuum");
    continuum.addEventListener("pointerdown", pointerDown);
    continuum.addEventListener("pointermove", pointerMove);
    continuum.addEventListener("pointerup", pointerUp);
    continuum.addEventListener("pointercancel", (event) => {
      if (continuum.hasPointerCapture(event.pointerId)) continuum.releasePointerCapture(event.pointerId);
      continuum.classList.remove("dragging");
    });
    continuum.addEventListener("keydown", keyDown);
    window.addEventListener("resize", fitLevelNames);
    $("mode-line").addEventListener("click", () => setMode("line"));
    $("mode-questions").addEventListener("click", () => setMode("questions"));
    $("modes").addEventListener("keydown", (event) => {
      if (!["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"].includes(event.key)) return;
      event.preventDefault();
      const next = state.mode === "line" ? "questions" : "line";
      setMode(next);
      $(next === "line" ? "mode-line" : "mode-questions").focus();
    });
    await loadTexts(); // the page in the workshop's language before it shows anything
    if (state.participant) {
      show("wait");
      connect();
    } else {
      showJoin("");
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
