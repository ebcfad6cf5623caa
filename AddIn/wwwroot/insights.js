// The Insights page: the report of the store's judged mail, charts drawn by the server as SVG (no CDN).
// Text from the store is set as text; the charts are the server's own SVG with every label escaped.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const keyName = "mailscope.apiKey";

  function card(field, value, what) {
    const div = document.createElement("div");
    div.className = "card";
    const n = document.createElement("div");
    n.className = "n";
    n.dataset.field = field;
    n.textContent = value;
    const w = document.createElement("div");
    w.className = "what";
    w.textContent = what;
    div.append(n, w);
    return div;
  }

  function row(c) {
    const tr = document.createElement("tr");
    tr.dataset.client = c.client;
    const cells = [c.client, c.asks.in_scope, c.asks.over_quota, c.asks.out_of_scope, c.asks.outside_expertise, c.flagged,
      c.quotes.drafted, c.quotes.accepted, c.quotes.accepted_value, c.goodwill.units + " (" + c.goodwill.value + ")"];
    const fields = ["client", "in_scope", "over_quota", "out_of_scope", "outside_expertise", "flagged", "drafted", "accepted", "accepted_value", "goodwill"];
    cells.forEach((v, i) => {
      const td = document.createElement("td");
      td.dataset.field = fields[i];
      td.textContent = String(v);
      tr.append(td);
    });
    return tr;
  }

  async function load() {
    const key = $("api-key").value.trim();
    try { localStorage.setItem(keyName, key); } catch { /* private mode */ }
    $("status").textContent = "Loading…";
    $("status").classList.remove("error");
    const query = new URLSearchParams();
    if ($("since").value) { query.set("since", $("since").value); }
    if ($("until").value) { query.set("until", $("until").value); }
    const response = await window.MailScopeKeyedGet("/api/insights?" + query, key, $("status"));
    if (!response) {
      return;
    }
    const data = await response.json();
    const r = data.report;
    const t = r.totals;
    $("range").textContent = r.from + " to " + r.until + " (" + data.currency + ")";
    $("totals").replaceChildren(
      card("flagged", t.flagged, "messages flagged"),
      card("creep", t.asks.over_quota + t.asks.out_of_scope + t.asks.outside_expertise, "creep asks"),
      card("in_scope", t.asks.in_scope, "asks in scope"),
      card("accepted", t.quotes.accepted + " / " + t.quotes.drafted, "quotes accepted / drafted"),
      card("accepted_value", t.quotes.accepted_value, "won from creep (" + data.currency + ")"),
      card("goodwill_value", t.goodwill.value, "goodwill given (" + t.goodwill.units + " units)"));
    const list = $("suggestions");
    list.replaceChildren();
    for (const s of data.actions) {
      const li = document.createElement("li");
      li.append(document.createTextNode(s.text));
      if (s.action) {
        const a = document.createElement("a");
        a.href = s.action.href;
        a.textContent = s.action.label;
        li.append(document.createElement("br"), a);
      }
      list.append(li);
    }
    if (data.actions.length === 0) { list.textContent = "Nothing to suggest for this range."; }
    for (const name of ["creep", "revenue", "recurring", "usage"]) {
      $(name).innerHTML = data.charts[name]; // the server's SVG, labels escaped there
    }
    $("clients").replaceChildren(...r.clients.map(row), row(Object.assign({ client: "total" }, t)));
    $("content").hidden = false;
    $("status").textContent = "";
  }

  document.addEventListener("DOMContentLoaded", () => {
    try { $("api-key").value = localStorage.getItem(keyName) || ""; } catch { /* private mode */ }
    // insights.html?since=…&until=… opens on that range (a link that can be kept or shared).
    const asked = new URLSearchParams(location.search);
    $("since").value = asked.get("since") || "";
    $("until").value = asked.get("until") || "";
    $("load").addEventListener("click", load);
    if ($("api-key").value) { load(); }
  });
})();
