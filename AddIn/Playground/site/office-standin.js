// The playground's stand-in for Office.js, loaded by the real task pane in place of office.js. It plays
// Outlook for the message selected in the playground page (window.parent.MailScopePlayground): the item's
// properties, body.getAsync, getAllInternetHeadersAsync, the reply forms with their attachments, categories,
// requirement sets and ItemChanged. It checks reply-form arguments as office.js does, so a pane that passes
// what Outlook would refuse fails here too.
(function () {
  "use strict";
  const host = window.parent !== window ? window.parent.MailScopePlayground : null;
  const Succeeded = "succeeded", Failed = "failed";
  let itemChanged = null;

  function result(status, value, error, asyncContext) {
    return { status: status, value: value, error: error, asyncContext: asyncContext };
  }

  // Office.js methods take (options?, callback?) after their own arguments.
  function optionsAndCallback(args) {
    const list = Array.prototype.slice.call(args);
    const callback = typeof list[list.length - 1] === "function" ? list.pop() : null;
    const options = list.length && typeof list[list.length - 1] === "object" ? list.pop() : {};
    return { options: options || {}, callback: callback };
  }

  function later(callback, outcome) {
    if (callback) { setTimeout(function () { callback(outcome); }, 0); }
  }

  function argumentError(name) {
    const e = new Error("Sys.ArgumentException: the value of '" + name + "' is not valid.");
    e.name = "Sys.ArgumentException";
    return e;
  }

  function textOf(html) {
    return new DOMParser().parseFromString(html, "text/html").body.textContent || "";
  }

  function address(a) { return { emailAddress: a.address, displayName: a.name || a.address, recipientType: "other" }; }

  // Office.ReplyFormData: a string of HTML, or { htmlBody, attachments, options, callback }.
  function checkForm(form) {
    if (typeof form === "string") { return { htmlBody: form, attachments: [] }; }
    if (!form || typeof form !== "object") { throw argumentError("formData"); }
    const html = form.htmlBody || "";
    if (new Blob([html]).size > 32 * 1024) { throw argumentError("htmlBody"); }
    const attachments = form.attachments || [];
    if (!Array.isArray(attachments)) { throw argumentError("attachments"); }
    attachments.forEach(function (a) {
      if (!a || !a.type || !a.name || a.name.length > 255) { throw argumentError("attachments"); }
      if (a.type === "base64" && typeof a.base64file !== "string") { throw argumentError("attachments"); }
      if (a.type === "file" && typeof a.url !== "string") { throw argumentError("attachments"); }
      if (["base64", "file", "item"].indexOf(a.type) < 0) { throw argumentError("attachments"); }
    });
    return { htmlBody: html, attachments: attachments, callback: form.callback };
  }

  function makeItem(m) {
    if (!m) { return null; }
    function replyForm(all, isAsync) {
      return function (form) {
        const form2 = checkForm(form);
        const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 1));
        const callback = rest.callback || form2.callback || null;
        const done = host.openReplyForm(all ? "replyAll" : "reply", form2);
        if (isAsync || callback) {
          done.then(function () { later(callback, result(Succeeded, undefined, undefined, rest.options.asyncContext)); },
            function (e) { later(callback, result(Failed, undefined, { message: e.message, code: 9999 }, rest.options.asyncContext)); });
        }
      };
    }
    return {
      itemType: "message",
      itemId: "playground-" + m.id,
      conversationId: "playground-conversation-" + m.id,
      internetMessageId: m.internetMessageId,
      subject: m.subject,
      normalizedSubject: m.subject.replace(/^((re|fw|fwd):\s*)+/i, ""),
      from: address(m.from),
      sender: address(m.from),
      to: m.to.map(address),
      cc: m.cc.map(address),
      dateTimeCreated: new Date(m.date || Date.now()),
      dateTimeModified: new Date(m.date || Date.now()),
      attachments: [],
      body: {
        getAsync: function (coercionType) {
          const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 1));
          const value = coercionType === "html" ? m.bodyHtml : textOf(m.bodyHtml);
          later(rest.callback, result(Succeeded, value, undefined, rest.options.asyncContext));
        },
      },
      getAllInternetHeadersAsync: function () {
        const rest = optionsAndCallback(arguments);
        later(rest.callback, result(Succeeded, m.headers, undefined, rest.options.asyncContext));
      },
      displayReplyForm: replyForm(false, false),
      displayReplyAllForm: replyForm(true, false),
      displayReplyFormAsync: replyForm(false, true),
      displayReplyAllFormAsync: replyForm(true, true),
      categories: {
        addAsync: function (names) {
          const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 1));
          host.addCategories(m.id, names);
          later(rest.callback, result(Succeeded, undefined, undefined, rest.options.asyncContext));
        },
        getAsync: function () {
          const rest = optionsAndCallback(arguments);
          later(rest.callback, result(Succeeded, host.categoriesOf(m.id).map(function (n) { return { displayName: n, color: "Preset0" }; })));
        },
      },
      notificationMessages: {
        replaceAsync: function () { later(optionsAndCallback(Array.prototype.slice.call(arguments, 2)).callback, result(Succeeded)); },
        addAsync: function () { later(optionsAndCallback(Array.prototype.slice.call(arguments, 2)).callback, result(Succeeded)); },
        removeAsync: function () { later(optionsAndCallback(Array.prototype.slice.call(arguments, 1)).callback, result(Succeeded)); },
      },
    };
  }

  const supported = { Mailbox: "1.15" };
  function versionAtLeast(have, want) {
    const a = have.split(".").map(Number), b = (want || "1.1").split(".").map(Number);
    return a[0] > b[0] || (a[0] === b[0] && a[1] >= (b[1] || 0));
  }

  const mailbox = {
    item: null,
    userProfile: { displayName: "", emailAddress: "", timeZone: "UTC", accountType: "enterprise" },
    diagnostics: { hostName: "MailScope playground", hostVersion: "1.0", OWAView: "ThreeColumns" },
    addHandlerAsync: function (eventType, handler) {
      const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 2));
      if (eventType === Office.EventType.ItemChanged) { itemChanged = handler; }
      later(rest.callback, result(Succeeded));
    },
    removeHandlerAsync: function (eventType) {
      const rest = optionsAndCallback(Array.prototype.slice.call(arguments, 1));
      if (eventType === Office.EventType.ItemChanged) { itemChanged = null; }
      later(rest.callback, result(Succeeded));
    },
  };

  let ready = null;
  function whenReady() {
    ready = ready || (host ? host.ready() : Promise.resolve(null)).then(function (session) {
      if (session) {
        // The playground's own key, so the pane needs nothing typed under Settings.
        try { localStorage.setItem("mailscope.apiKey", session.apiKey); } catch (e) { /* private mode */ }
        mailbox.userProfile.emailAddress = session.owner || "";
        mailbox.userProfile.displayName = session.owner || "";
        mailbox.item = makeItem(host.current());
      }
      return { host: "Outlook", platform: "OfficeOnline" };
    });
    return ready;
  }

  window.Office = {
    AsyncResultStatus: { Succeeded: Succeeded, Failed: Failed },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    MailboxEnums: {
      ItemType: { Message: "message", Appointment: "appointment" },
      AttachmentType: { File: "file", Item: "item", Base64: "base64" },
      ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage" },
    },
    context: {
      mailbox: mailbox,
      requirements: {
        isSetSupported: function (name, version) {
          return Object.prototype.hasOwnProperty.call(supported, name) && versionAtLeast(supported[name], version);
        },
      },
    },
    actions: { associate: function () { /* the ribbon command is not part of the playground */ } },
    onReady: function (callback) {
      return whenReady().then(function (info) { if (callback) { callback(info); } return info; });
    },
  };

  // The page calls this when another message is selected, as a pinned pane sees it.
  window.__playgroundSelect = function (message) {
    mailbox.item = makeItem(message);
    if (itemChanged) { itemChanged({ type: Office.EventType.ItemChanged }); }
  };
})();
