// "Out of scope reply" on the ribbon: drafts the best offer for the open message without opening the pane.
(function () {
  "use strict";

  function notify(message) {
    const item = Office.context.mailbox.item;
    if (item && item.notificationMessages) {
      item.notificationMessages.replaceAsync("mailscope", {
        type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
        message: message.slice(0, 150), icon: "Icon.16x16", persistent: false,
      });
    }
  }

  async function draftOutOfScopeReply(event) {
    try {
      const message = await MailScope.readItem();
      const reply = await MailScope.callApi("/api/reply", message);
      await MailScope.openReply(reply);
      await MailScope.tagOutOfScope();
    } catch (e) {
      notify(e.status === 422 ? "MailScope found nothing out of scope to answer in this message." : e.message);
    } finally {
      event.completed();
    }
  }

  Office.onReady(() => {
    if (Office.actions && Office.actions.associate) {
      Office.actions.associate("draftOutOfScopeReply", draftOutOfScopeReply);
    }
  });
  window.draftOutOfScopeReply = draftOutOfScopeReply;
})();
