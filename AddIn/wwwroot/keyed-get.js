// The dashboard's and the Insights page's one way to read a keyed API: a server that does not answer or refuses is
// one line in the page's status, and the caller gets null.
(function (global) {
  "use strict";

  function fail(status, text) {
    status.textContent = text;
    status.classList.add("error");
    return null;
  }

  async function keyedGet(url, key, status) {
    let response;
    try {
      response = await fetch(url, { headers: { Authorization: "Bearer " + key } });
    } catch {
      return fail(status, "MailScope's server did not answer.");
    }
    if (!response.ok) {
      return fail(status, response.status === 401 ? "MailScope refused the key." : "MailScope answered " + response.status + ".");
    }
    return response;
  }

  global.MailScopeKeyedGet = keyedGet;
})(window);
