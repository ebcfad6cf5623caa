// A fake Office.js for browser tests, injected before the page's scripts. It plays Outlook: an open
// message, body.getAsync, displayReplyFormAsync, categories, requirement sets and ItemChanged, and
// records every call in window.__officeCalls.
(function () {
  "use strict";
  const calls = [];
  let itemChanged = null;
  const config = window.__officeConfig || { mailbox: "1.15" };

  function ok(value) { return { status: "succeeded", value: value }; }

  function makeItem(m) {
    return {
      from: { emailAddress: m.from, displayName: m.fromName },
      sender: { emailAddress: m.from, displayName: m.fromName },
      to: (m.to || []).map((a) => ({ emailAddress: a, displayName: a })),
      subject: m.subject,
      internetMessageId: m.internetMessageId,
      dateTimeCreated: new Date(m.receivedAt || "2026-11-20T09:14:00Z"),
      body: {
        getAsync: function (coercion, options, callback) {
          const cb = typeof options === "function" ? options : callback;
          calls.push({ method: "body.getAsync", coercion: coercion });
          setTimeout(() => cb(ok(m.body)), 0);
        },
      },
      displayReplyFormAsync: function (form, callback) {
        // As office.js does: a base64 attachment needs base64file, a file attachment a url.
        (form.attachments || []).forEach((a) => {
          if (!a.name || (a.type === "base64" && typeof a.base64file !== "string") || (a.type === "file" && typeof a.url !== "string")) {
            throw new Error("Sys.ArgumentException: attachments");
          }
        });
        calls.push({ method: "displayReplyFormAsync", form: form });
        if (callback) { setTimeout(() => callback(ok()), 0); }
      },
      categories: {
        addAsync: function (names, callback) {
          calls.push({ method: "categories.addAsync", names: names });
          setTimeout(() => callback(ok()), 0);
        },
      },
      notificationMessages: {
        replaceAsync: function (key, message) { calls.push({ method: "notificationMessages.replaceAsync", message: message }); },
      },
    };
  }

  const mailbox = {
    item: makeItem(window.__officeMessage),
    addHandlerAsync: function (type, handler, callback) {
      calls.push({ method: "addHandlerAsync", type: type });
      if (type === "olkItemSelectedChanged") { itemChanged = handler; }
      if (callback) { callback(ok()); }
    },
  };

  function versionAtLeast(have, want) {
    const a = have.split(".").map(Number), b = want.split(".").map(Number);
    return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
  }

  window.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    MailboxEnums: { ItemNotificationMessageType: { InformationalMessage: "informationalMessage" } },
    context: {
      mailbox: mailbox,
      requirements: {
        isSetSupported: function (name, version) {
          if (name === "Mailbox") { return versionAtLeast(config.mailbox, version); }
          if (name === "NestedAppAuth") { return !!config.naa; }
          return false;
        },
      },
    },
    actions: { associate: function (name, fn) { calls.push({ method: "actions.associate", name: name }); window.__officeAction = fn; } },
    onReady: function (callback) {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      return new Promise((resolve) => setTimeout(() => { if (callback) { callback(info); } resolve(info); }, 0));
    },
  };

  window.__officeCalls = calls;
  // Switches the open message, as selecting another one in a pinned pane would.
  window.__selectMessage = function (m) {
    mailbox.item = makeItem(m);
    if (itemChanged) { itemChanged({ type: "olkItemSelectedChanged" }); }
  };
})();
