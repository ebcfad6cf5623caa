// The playground page: lists the sample mailbox, shows the selected message, and plays Outlook for the real
// task pane in the frame beside it (office-standin.js, loaded by the pane, calls window.MailScopePlayground).
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const state = { session: null, messages: [], current: null, categories: {} };
  let sessionReady = null;

  async function getJson(path) {
    const response = await fetch(path);
    if (!response.ok) { throw new Error(path + ": " + response.status); }
    return response.json();
  }

  function who(a) { return a.name ? a.name + " <" + a.address + ">" : a.address; }
  function when(iso) { return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) : ""; }

  function renderList() {
    const list = $("messages");
    list.replaceChildren();
    for (const m of state.messages) {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.id = m.id;
      button.setAttribute("aria-current", String(state.current === m));
      const name = document.createElement("span");
      name.className = "who";
      name.textContent = m.from.name || m.from.address;
      for (const c of state.categories[m.id] || []) {
        const chip = document.createElement("span");
        chip.className = "category";
        chip.textContent = c;
        name.append(chip);
      }
      const subject = document.createElement("span");
      subject.className = "subject";
      subject.textContent = m.subject;
      const date = document.createElement("span");
      date.className = "when";
      date.textContent = when(m.date);
      button.append(name, subject, date);
      button.addEventListener("click", () => select(m.id));
      li.append(button);
      list.append(li);
    }
  }

  function renderMessage(m) {
    $("empty").hidden = true;
    $("message").hidden = false;
    $("m-subject").textContent = m.subject;
    $("m-from").textContent = who(m.from);
    $("m-to").textContent = m.to.map(who).join(", ");
    $("m-date").textContent = when(m.date);
    $("m-categories").replaceChildren(...(state.categories[m.id] || []).map((c) => { const s = document.createElement("span"); s.textContent = c; return s; }));
    // A sandboxed frame: the mail's HTML runs no script and reaches nothing of this page.
    $("m-body").srcdoc = m.bodyHtml;
    $("reply").hidden = true;
  }

  // Synchronous on purpose: the pane hears ItemChanged in the same turn as the click, as in Outlook.
  function select(id) {
    const m = state.messages.find((x) => x.id === id);
    if (!m) { return; }
    state.current = m;
    history.replaceState(null, "", "#" + encodeURIComponent(id));
    renderList();
    renderMessage(m);
    const pane = $("pane");
    if (!pane.getAttribute("src")) {
      pane.src = "/taskpane.html";
    } else if (pane.contentWindow && pane.contentWindow.__playgroundSelect) {
      pane.contentWindow.__playgroundSelect(m);
    }
  }

  async function keep(attachment) {
    let base64 = attachment.base64file;
    if (attachment.type === "file") {
      // Outlook fetches a linked attachment once, as here; the copy kept below can be opened again.
      const bytes = new Uint8Array(await (await fetch(attachment.url)).arrayBuffer());
      base64 = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(""));
    }
    const response = await fetch("/playground/attachments", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: attachment.name, contentType: attachment.name.toLowerCase().endsWith(".pdf") ? "application/pdf" : "application/octet-stream", base64: base64 }),
    });
    if (!response.ok) { throw new Error("The playground could not keep " + attachment.name + "."); }
    return (await response.json()).url;
  }

  async function openReplyForm(kind, form) {
    const m = state.current;
    const me = (state.session.owner || "").toLowerCase();
    const recipients = kind === "replyAll"
      ? [m.from].concat(m.to, m.cc).filter((a) => a.address.toLowerCase() !== me)
      : [m.from];
    $("r-to").textContent = recipients.map(who).join(", ");
    $("r-subject").textContent = /^re:/i.test(m.subject) ? m.subject : "Re: " + m.subject;
    const links = [];
    for (const a of form.attachments) {
      const link = document.createElement("a");
      link.href = await keep(a);
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = a.name;
      links.push(link);
    }
    $("r-attachments").replaceChildren(...(links.length ? links : [document.createTextNode("nothing")]));
    $("r-body").srcdoc = form.htmlBody;
    $("reply").hidden = false;
    $("reply").scrollIntoView({ block: "nearest" });
  }

  function addCategories(id, names) {
    const list = state.categories[id] = state.categories[id] || [];
    for (const n of names) { if (list.indexOf(n) < 0) { list.push(n); } }
    renderList();
    if (state.current && state.current.id === id) {
      $("m-categories").replaceChildren(...list.map((c) => { const s = document.createElement("span"); s.textContent = c; return s; }));
    }
  }

  window.MailScopePlayground = {
    ready: () => sessionReady,
    current: () => state.current,
    openReplyForm: openReplyForm,
    addCategories: addCategories,
    categoriesOf: (id) => (state.categories[id] || []).slice(),
  };

  sessionReady = (async () => {
    const [session, messages] = await Promise.all([getJson("/playground/config.json"), getJson("/playground/messages")]);
    state.session = session;
    state.messages = messages;
    $("today").textContent = session.today;
    $("count").textContent = "(" + messages.length + ")";
    renderList();
    const wanted = decodeURIComponent(location.hash.slice(1));
    select(messages.some((m) => m.id === wanted) ? wanted : messages[0].id);
    return session;
  })();
})();
