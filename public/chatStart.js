/*
 * Inlined in the chat page before Web Chat's script: starts the conversation while that script
 * downloads and compiles (its longest wait), instead of after. It asks for the token (the previous
 * one after a reload, from this tab's sessionStorage) and, on the bot's own Direct Line, starts the
 * conversation, so that the bot's welcome is written by the time Web Chat connects. chat.js takes
 * the result from window.chatStarted: { grant, started }; on Azure's Direct Line (config.domain)
 * only the token is asked for early.
 * A new conversation's welcome is then read from its history and shown at once in #early, as
 * plain text, while Web Chat's script is still on its way or compiling: on a phone's network the
 * resident sees the bot's first words in about a second instead of three or four. chat.js removes
 * it when Web Chat shows its first message. It is hidden from screen readers, which read the same
 * words from Web Chat (said once, not twice).
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

  /** The bot's first messages as lines of text (cards and buttons come with Web Chat). */
  function showWelcome(grant) {
    var box = document.getElementById('early');
    if (!box) return;
    fetch(window.location.origin + '/v3/directline/conversations/' + encodeURIComponent(grant.conversationId) + '/activities', { headers: { Authorization: 'Bearer ' + grant.token } })
      .then(function (res) {
        return res.ok ? res.json() : { activities: [] };
      })
      .then(function (history) {
        if (!box.isConnected) return;
        (history.activities || []).forEach(function (a) {
          if (a.type !== 'message' || !a.from || a.from.role !== 'bot' || typeof a.text !== 'string' || !a.text) return;
          var p = document.createElement('p');
          p.textContent = a.text.replace(/\*\*|__/g, '');
          box.appendChild(p);
        });
        if (box.firstChild) box.hidden = false;
      })
      .catch(function () {});
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
          if (res.status === 201) showWelcome(grant);
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
