/*
 * The files the resident sends with the paper clip, loaded before chat.js (window.chatParts.files).
 * Before the upload: a file the bot would refuse (not a PDF, JPEG or PNG, or too big) is not sent.
 * After it: a file the server refused (its content is not a real PDF, JPEG or PNG, it is empty or
 * too big, too many files were sent, the conversation has ended) or that did not arrive (the
 * network, the server answering an error). Either way the page says why and what to do next in its
 * status line, rather than Web Chat's « Échec de l'envoi. Réessayez. » alone, which a retry cannot
 * mend. Each case is a reason, whose text is the page's configuration (the bot's locales,
 * webchat.upload.*); the status line carries the reason as data-reason.
 */
(function () {
  'use strict';
  var FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
  var FILE_NAMES = /\.(pdf|jpe?g|png)$/i;
  /** The server's reasons (src/directline/uploadRoute.ts) the page has a text for. */
  var SERVER_REASONS = ['notPaper', 'empty', 'tooBig', 'tooMany', 'busy', 'ended'];

  function files(config) {
    var texts = config.texts.upload || {};
    /** Uploads on their way, by Web Chat's clientActivityID: their file names. */
    var sending = {};

    function said(reason, name, size) {
      var text = String(texts[reason] || texts.failed || '')
        .replace('{{name}}', name || '')
        .replace('{{size}}', (Math.ceil((size || 0) / 104857.6) / 10).toLocaleString('fr-FR'));
      return { reason: reason, text: text };
    }

    function before(file) {
      var name = String(file.name || '');
      if (FILE_TYPES.indexOf(file.type) < 0 && !FILE_NAMES.test(name)) return said('type', name, file.size);
      if (file.size > config.maxFileBytes) return said('size', name, file.size);
      return null;
    }

    /** A file chosen that the bot would refuse, before anything is sent: { reason, text }, or null. */
    function refused(action) {
      var chosen = [];
      if (action.type === 'WEB_CHAT/SEND_MESSAGE' && action.payload && action.payload.attachments) {
        chosen = action.payload.attachments.map(function (a) {
          return a.blob || {};
        });
      } else if (action.type === 'WEB_CHAT/SEND_FILES' && action.payload && action.payload.files) chosen = action.payload.files;
      for (var i = 0; i < chosen.length; i += 1) {
        var problem = before(chosen[i]);
        if (problem) return problem;
      }
      return null;
    }

    /** The reason of a refusal, from the server's answer (rxjs's AjaxError: status, response). */
    function reasonOf(error) {
      var status = error && error.status;
      var answered = error && error.response && error.response.error;
      var reason = answered && answered.reason;
      if (SERVER_REASONS.indexOf(reason) >= 0) return reason;
      if (status === 401 || status === 403 || status === 404) return 'ended';
      if (status === 413) return 'tooBig';
      if (status === 415) return 'notPaper';
      if (status === 429) return 'tooMany';
      return 'failed';
    }

    /**
     * Web Chat's actions about an upload: { reason, text } when it was refused or did not arrive, else null.
     * Refused by the server (4xx), it is rejected at once with the server's answer; the network's or a 5xx
     * error, Direct Line retries silently, and it is impeded when Web Chat gives up waiting.
     */
    function failed(action) {
      var meta = action.meta || {};
      var id = meta.clientActivityID;
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY_PENDING') {
        var activity = action.payload && action.payload.activity;
        var attached = activity && activity.type === 'message' && activity.attachments;
        if (id && attached && attached.length) {
          sending[id] = attached.map(function (a) {
            return a.name || '';
          }).join(', ');
        }
        return null;
      }
      if (!id || !(id in sending)) return null;
      var name = sending[id];
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED') {
        delete sending[id];
        return null;
      }
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED' || action.type === 'DIRECT_LINE/POST_ACTIVITY_IMPEDED') {
        delete sending[id];
        return said(action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED' ? reasonOf(action.payload) : 'failed', name);
      }
      return null;
    }

    return { refused: refused, failed: failed };
  }
  window.chatParts = Object.assign(window.chatParts || {}, { files: files });
})();
