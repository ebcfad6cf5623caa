// MailScope's shared task pane / command code: reads the open message through Office.js, calls the
// host's API and opens the reply form. Client text is only ever set as text, never as HTML.
(function (global) {
  "use strict";

  const keyName = "mailscope.apiKey";

  function apiKey() {
    try { return global.localStorage.getItem(keyName) || ""; } catch { return ""; }
  }

  function setApiKey(value) {
    try { global.localStorage.setItem(keyName, value || ""); } catch { /* private mode: kept for this page only */ }
  }

  function officeCall(fn) {
    return new Promise((resolve, reject) => {
      fn((result) => {
        if (result && result.status === Office.AsyncResultStatus.Failed) {
          reject(new Error((result.error && result.error.message) || "Outlook refused the request."));
        } else {
          resolve(result ? result.value : undefined);
        }
      });
    });
  }

  // The message as docs/addin.md's request wants it.
  async function readItem() {
    const item = Office.context.mailbox.item;
    if (!item) { return null; }
    const body = await officeCall((cb) => item.body.getAsync(Office.CoercionType.Html, cb));
    // Mailbox 1.8: the internet headers tell an auto-reply from a client's own mail, as the worker does.
    let headers = null;
    if (typeof item.getAllInternetHeadersAsync === "function") {
      try { headers = await officeCall((cb) => item.getAllInternetHeadersAsync(cb)); } catch (e) { headers = null; }
    }
    const from = item.from || item.sender || {};
    return {
      from: from.emailAddress || "",
      fromName: from.displayName || "",
      to: (item.to || []).map((r) => r.emailAddress),
      subject: item.subject || "",
      bodyType: "html",
      body: body || "",
      internetMessageId: item.internetMessageId || null,
      internetHeaders: headers || null,
      receivedAt: item.dateTimeCreated ? new Date(item.dateTimeCreated).toISOString() : null,
    };
  }

  // Nested app authentication: where Outlook supports NestedAppAuth 1.1 and the host is registered in
  // Entra ID, the pane asks MSAL.js for an access token to the host's API; otherwise the API key is used.
  let naa = null;   // Promise<{ pca, scope } | null>

  function naaSupported() {
    const r = Office.context.requirements;
    return !!(r && r.isSetSupported && r.isSetSupported("NestedAppAuth", "1.1"));
  }

  async function signIn() {
    if (!naaSupported() || !global.msal) { return null; }
    const config = await (await global.fetch("/auth-config.json")).json();
    if (!config.clientId) { return null; }
    const pca = await global.msal.createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority } });
    return { pca: pca, scope: config.scope };
  }

  async function bearer() {
    naa = naa || signIn().catch(() => null);
    const session = await naa;
    if (!session) { return apiKey(); }
    const request = { scopes: [session.scope] };
    try {
      return (await session.pca.acquireTokenSilent(request)).accessToken;
    } catch {
      // First use or consent needed: Outlook shows its own sign-in.
      return (await session.pca.acquireTokenPopup(request)).accessToken;
    }
  }

  class ApiError extends Error {
    constructor(message, status) { super(message); this.status = status; }
  }

  async function callApi(path, payload) {
    let token;
    try {
      token = await bearer();
    } catch (e) {
      throw new ApiError("Signing in to MailScope with your Microsoft 365 account failed (" + (e.message || e) + "). Try again, or use an API key under Settings.", 401);
    }

    let response;
    try {
      response = await global.fetch(path, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token },
        body: JSON.stringify(payload),
      });
    } catch (e) {
      throw new ApiError("MailScope's server did not answer. Check that the MailScope host is running and reachable.", 0);
    }

    if (response.status === 401) {
      throw new ApiError("MailScope refused the key. Open Settings below and enter the API key your MailScope host uses.", 401);
    }

    if (!response.ok) {
      let detail = "";
      try { const problem = await response.json(); detail = problem.detail || problem.title || ""; } catch { /* not JSON */ }
      throw new ApiError(detail || ("MailScope answered " + response.status + "."), response.status);
    }

    return response.json();
  }

  function supports(version) {
    const requirements = Office.context.requirements;
    return !!(requirements && requirements.isSetSupported && requirements.isSetSupported("Mailbox", version));
  }

  // Opens Outlook's reply form with the drafted HTML and the quote PDF (base64 on Mailbox 1.15+,
  // otherwise a short-lived single-use link from the host).
  async function openReply(reply) {
    const item = Office.context.mailbox.item;
    const attachments = [];
    for (const a of reply.attachments || []) {
      if (supports("1.15")) {
        // Office.ReplyFormAttachment names the content `base64file` (Mailbox 1.15).
        attachments.push({ type: "base64", name: a.name, base64file: a.base64 });
      } else {
        const link = await callApi("/api/attachment-links", { name: a.name, contentType: a.contentType, base64: a.base64 });
        attachments.push({ type: "file", name: a.name, url: link.url });
      }
    }

    await officeCall((cb) => item.displayReplyFormAsync({ htmlBody: reply.htmlBody, attachments: attachments }, cb));
  }

  async function tagOutOfScope() {
    const item = Office.context.mailbox.item;
    if (!supports("1.8") || !item.categories) { return false; }
    await officeCall((cb) => item.categories.addAsync(["Out of scope"], cb));
    return true;
  }

  global.MailScope = { readItem, callApi, openReply, tagOutOfScope, supports, apiKey, setApiKey, naaSupported, ApiError };
})(window);
