// The task pane: on open and on ItemChanged, judge the open message and show the verdict, the asks,
// the client's usage and the paid paths; preview or open the out-of-scope reply.
(function () {
  "use strict";

  const verdictTitles = {
    out_of_scope: "Out of scope",
    outside_expertise: "Outside your expertise",
    over_quota: "Over quota",
    in_scope: "In scope",
    no_request: "No request",
    not_a_client: "Not a client",
  };
  const calmReasons = {
    in_scope: "Everything asked is part of what this client bought.",
    no_request: "Nothing in the new text asks for work.",
    not_a_client: "The sender is not one of your clients in the scope book.",
  };

  const $ = (id) => document.getElementById(id);
  let current = null;   // { message, analysis }
  let generation = 0;   // ignores answers for a message that is no longer open

  function show(id, visible) { $(id).hidden = !visible; }

  function status(text, isError) {
    const el = $("status");
    el.textContent = text || "";
    el.hidden = !text;
    el.classList.toggle("error", !!isError);
  }

  function money(amount, currency) {
    if (amount === null || amount === undefined) { return "no charge"; }
    try { return new Intl.NumberFormat(undefined, { style: "currency", currency: currency || "USD" }).format(amount); }
    catch { return amount + " " + (currency || ""); }
  }

  function clear() {
    ["verdict", "asks-section", "usage-section", "offers-section", "preview-frame"].forEach((id) => show(id, false));
    $("asks").replaceChildren();
    $("usage").replaceChildren();
    $("offers").replaceChildren();
  }

  async function refresh() {
    const mine = ++generation;
    clear();
    status("Reading the message…");
    try {
      const message = await MailScope.readItem();
      if (!message) { status("Open a message to check its scope."); return; }
      const analysis = await MailScope.callApi("/api/analyze", message);
      if (mine !== generation) { return; }
      current = { message, analysis };
      render(analysis);
      status("");
    } catch (e) {
      if (mine === generation) { status(e.message, true); }
    }
  }

  function render(a) {
    const banner = $("verdict");
    banner.className = "banner " + a.verdict + (a.flagged ? " flagged" : "");
    $("verdict-title").textContent = verdictTitles[a.verdict] || a.verdict;
    $("verdict-reason").textContent = a.flagged ? a.reason : (calmReasons[a.verdict] || a.reason);
    show("verdict", true);

    const asks = $("asks");
    for (const r of a.requests || []) {
      const li = document.createElement("li");
      const chip = document.createElement("span");
      chip.className = "chip " + r.verdict;
      chip.textContent = verdictTitles[r.verdict] || r.verdict;
      const quote = document.createElement("span");
      quote.className = "quote";
      quote.textContent = "“" + r.text + "”";
      const why = document.createElement("span");
      why.className = "why";
      why.textContent = r.reason;
      li.append(chip, quote, why);
      // An in-scope ask for a counted deliverable: one click records the unit in the ledger.
      const counted = (a.usage || []).find((u) => r.match && r.match.kind === "deliverable" && u.id === r.match.id && u.quantity !== null);
      if (r.verdict === "in_scope" && counted && !(a.delivered || []).some((d) => d.item === counted.id)) {
        const mark = document.createElement("button");
        mark.type = "button";
        mark.className = "secondary mark-delivered";
        mark.dataset.item = counted.id;
        mark.textContent = "Mark delivered";
        mark.addEventListener("click", () => withBusy(mark, () => markDelivered(counted.id)));
        li.append(mark);
      }
      asks.append(li);
    }
    show("asks-section", (a.requests || []).length > 0);

    const delivered = $("delivered");
    delivered.replaceChildren();
    for (const d of a.delivered || []) {
      const li = document.createElement("li");
      const what = document.createElement("span");
      const u = (a.usage || []).find((x) => x.id === d.item);
      what.textContent = "Marked delivered: " + (u ? u.name : d.item) + " (" + d.date + ")";
      const undo = document.createElement("button");
      undo.type = "button";
      undo.className = "secondary undo-delivered";
      undo.textContent = "Undo";
      undo.addEventListener("click", () => withBusy(undo, () => undoDelivered(d.id)));
      li.append(what, undo);
      delivered.append(li);
    }
    show("delivered", (a.delivered || []).length > 0);

    const usage = $("usage");
    for (const u of a.usage || []) {
      const li = document.createElement("li");
      const name = document.createElement("span");
      const unit = u.unit ? (u.quantity === 1 ? u.unit : u.unit + "s") : u.name;
      name.textContent = u.quantity === null ? (u.name + ": no limit") : (u.used + " of " + u.quantity + " " + unit + " used");
      const left = document.createElement("span");
      left.className = "left" + (u.left === 0 ? " none" : "");
      left.textContent = u.left === null ? "" : (u.left + " left");
      li.append(name, left);
      usage.append(li);
    }
    $("client-name").textContent = a.client_name || a.client || "Client";
    show("usage-section", (a.usage || []).length > 0);

    const offers = $("offers");
    (a.offers || []).forEach((o, i) => {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "radio";
      input.name = "offer";
      input.value = o.kind;
      input.checked = i === 0;
      input.addEventListener("change", onOfferChange);
      const title = document.createElement("span");
      title.className = "title";
      title.textContent = o.title;
      const price = document.createElement("span");
      price.className = "price";
      price.textContent = money(o.price, o.currency);
      const explain = document.createElement("span");
      explain.className = "explain";
      explain.textContent = o.explanation || "";
      label.append(input, title, price, explain);
      offers.append(label);
    });
    show("offers-section", a.flagged && (a.offers || []).length > 0);
    onOfferChange();
  }

  async function markDelivered(item) {
    await MailScope.callApi("/api/delivered", { from: current.message.from, item: item, messageId: current.message.internetMessageId });
    await refresh();
  }

  async function undoDelivered(id) {
    await MailScope.callApi("/api/delivered/undo", { id: id });
    await refresh();
  }

  function selectedOffer() {
    const checked = document.querySelector("#offers input[name=offer]:checked");
    return checked ? checked.value : null;
  }

  function onOfferChange() {
    show("hours-row", selectedOffer() === "change-order");
    show("preview-frame", false);
  }

  function replyRequest() {
    const request = Object.assign({}, current.message, { offer: selectedOffer() });
    const hours = parseFloat($("hours").value);
    if (request.offer === "change-order" && hours > 0) { request.hours = hours; }
    return request;
  }

  async function withBusy(button, work) {
    const buttons = [$("preview"), $("reply"), button];
    buttons.forEach((b) => { b.disabled = true; });
    try { await work(); } catch (e) { status(e.message, true); } finally { buttons.forEach((b) => { b.disabled = false; }); }
  }

  async function preview() {
    const reply = await MailScope.callApi("/api/reply", Object.assign(replyRequest(), { preview: true }));
    const frame = $("preview-frame");
    // A sandboxed frame: the reply's HTML (client text escaped by the host) runs no script here.
    frame.srcdoc = reply.htmlBody;
    show("preview-frame", true);
    status(reply.attachments.length ? "A numbered quote PDF will be attached when you reply." : "");
  }

  async function reply() {
    const answer = await MailScope.callApi("/api/reply", replyRequest());
    await MailScope.openReply(answer);
    if ($("tag").checked) { await MailScope.tagOutOfScope(); }
    status("Reply opened" + (answer.attachments.length ? " with " + answer.attachments[0].name + " attached." : "."));
  }

  function authNote() {
    $("auth-note").textContent = MailScope.naaSupported()
      ? "MailScope signs you in with your Microsoft 365 account when its host is registered in Entra ID; otherwise it uses the API key below."
      : "This Outlook cannot sign add-ins in with your Microsoft 365 account (it lacks NestedAppAuth 1.1): use the API key your MailScope host was started with.";
  }

  Office.onReady(() => {
    $("api-key").value = MailScope.apiKey();
    $("save-key").addEventListener("click", () => { MailScope.setApiKey($("api-key").value.trim()); refresh(); });
    $("preview").addEventListener("click", () => withBusy($("preview"), preview));
    $("reply").addEventListener("click", () => withBusy($("reply"), reply));
    authNote();
    // The pane is pinnable: follow the user from message to message.
    if (Office.context.mailbox.addHandlerAsync) {
      Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, refresh);
    }
    refresh();
  });
})();
