/*
 * Inlined in the chat page before Web Chat's script: starts the conversation while that script
 * downloads and compiles (its longest wait), instead of after. It asks for the token (the previous
 * one after a reload, from this tab's sessionStorage) and, on the bot's own Direct Line, starts the
 * conversation, so that the bot's welcome is written by the time Web Chat connects. chat.js takes
 * the result from window.chatStarted: { grant, started }; on Azure's Direct Line (config.domain)
 * only the token is asked for early.
 */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var KEY = 'espace-citoyens.chat.' + (config.commune || 'none');

  function previousToken() {
    try {
      var kept = JSON.parse(window.sessionStorage.getItem(KEY) || 'null');
      return kept && kept.token;
    } catch {
      return null;
    }
  }

  function post(url, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(url, { method: 'POST', headers: headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  var started = post(config.tokenUrl, previousToken(), { commune: config.commune, locale: config.locale })
    .then(function (res) {
      if (res.status === 429) throw new Error('busy');
      if (!res.ok) throw new Error('unavailable');
      return res.json();
    })
    .then(function (grant) {
      if (config.domain) return { grant: grant, started: false };
      return post(window.location.origin + '/v3/directline/conversations', grant.token).then(
        function (res) {
          return { grant: grant, started: res.ok };
        },
        function () {
          return { grant: grant, started: false };
        },
      );
    });
  // chat.js says what went wrong; nothing is reported twice.
  started.catch(function () {});
  window.chatStarted = started;
})();
