// The dashboard: the messages the worker flagged, with verdict, evidence and the drafted reply.
// Everything from mail is set as text, never as HTML.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const keyName = "mailscope.apiKey";

  function cell(...children) {
    const td = document.createElement("td");
    td.append(...children.filter((c) => c !== null));
    return td;
  }

  function text(value, className) {
    const el = document.createElement(className === "reply" ? "pre" : "div");
    if (className) { el.className = className; }
    el.textContent = value || "";
    return el;
  }

  function button(label, className, action) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = label;
    b.addEventListener("click", async () => { b.disabled = true; await action(); });
    return b;
  }

  async function post(path, payload) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + $("api-key").value.trim() },
      body: JSON.stringify(payload),
    });
    if (!response.ok) {
      $("status").textContent = "MailScope answered " + response.status + ".";
      $("status").classList.add("error");
      return;
    }
    await load();
  }

  async function load() {
    const key = $("api-key").value.trim();
    try { localStorage.setItem(keyName, key); } catch { /* private mode */ }
    $("status").textContent = "Loading…";
    $("status").classList.remove("error");
    const response = await window.MailScopeKeyedGet("/api/flagged", key, $("status"));
    if (!response) {
      return;
    }
    // The same key opens the Hangfire dashboard through an HttpOnly session cookie.
    await fetch("/api/session", { method: "POST", headers: { Authorization: "Bearer " + key } });
    $("jobs").hidden = false;
    const rows = await response.json();
    const body = $("rows");
    body.replaceChildren();
    for (const r of rows) {
      const tr = document.createElement("tr");
      const evidence = document.createElement("ul");
      for (const ask of r.requests || []) {
        const li = document.createElement("li");
        const chip = document.createElement("span");
        chip.className = "chip " + ask.verdict;
        chip.textContent = ask.verdict.replace(/_/g, " ");
        li.append(chip, document.createTextNode("“" + ask.text + "” — " + ask.reason));
        // An included ask in a flagged message: one click records the unit, as in the task pane.
        const done = (r.delivered || []).find((d) => d.item === ask.item);
        if (ask.verdict === "in_scope" && ask.item && r.client) {
          li.append(done
            ? button("Undo delivered", "undo-delivered", () => post("/api/delivered/undo", { id: done.id }))
            : button("Mark delivered", "mark-delivered", () => post("/api/delivered", { from: r.from, item: ask.item, messageId: r.message_id })));
        }
        evidence.append(li);
      }
      const verdict = document.createElement("span");
      verdict.className = "chip " + r.verdict;
      verdict.textContent = r.verdict.replace(/_/g, " ");
      if (r.dismissed_at) {
        // The user took the flag off in their mail client: shown, but set apart.
        tr.className = "dismissed";
        verdict.title = "Unflagged by you on " + new Date(r.dismissed_at).toLocaleString();
      }
      tr.append(
        cell(text(new Date(r.judged_at).toLocaleString()), text(r.mailbox, "why"), r.dismissed_at ? text("dismissed", "why") : null),
        cell(text(r.subject), text(r.from, "why")),
        cell(verdict, evidence),
        cell(text(r.draft + (r.draft_ref ? " · " + r.draft_ref : ""), "why"), text(r.reply_preview, "reply")));
      body.append(tr);
    }
    $("table").hidden = rows.length === 0;
    $("status").textContent = rows.length ? "" : "Nothing flagged yet.";
  }

  try { $("api-key").value = localStorage.getItem(keyName) || ""; } catch { /* private mode */ }
  $("load").addEventListener("click", load);
  if ($("api-key").value) { load(); }
})();
