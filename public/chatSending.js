/*
 * A message of the resident's that does not leave, loaded before chat.js (window.chatParts.sending).
 * The bot's Direct Line answers a message it cannot take now with 429 (too many messages in this
 * conversation, src/directline/directLineRoutes.ts); a server in trouble answers 500, and the proxy
 * or host before it 502, 503 or 504 when it is busy. Direct Line's script in the page
 * (botframework-directlinejs) turns a 5xx, or a message lost on the network, into the id "retry"
 * and retries nothing; a 429 too (its wait for the Retry-After calls Observable.timer, missing from
 * Web Chat 4.18.1's bundle: the TypeError has no status). On "retry" Web Chat waits 20 s for the
 * message to come back on the stream before it marks it « Échec de l'envoi », and the page said
 * nothing.
 * Here "retry" is made an error at once, so Web Chat marks the message failed (with its own
 * « Réessayer ») at once; the status line says why, and what to do; the text the resident typed
 * goes back into the send box (when the resident has not started another), ready to send again.
 * The words are the page's configuration (the bot's locales, webchat.notSent.*).
 */
(function () {
  'use strict';

  function sending(config) {
    var texts = config.texts.notSent || {};
    /** Messages on their way, by Web Chat's clientActivityID: their text. */
    var pending = {};

    /** Direct Line's postActivity, a message not taken failing at once rather than after Web Chat's 20 s. */
    function guard(directLine) {
      var post = directLine.postActivity.bind(directLine);
      directLine.postActivity = function (activity) {
        return post(activity).map(function (id) {
          if (id !== 'retry') return id;
          var error = new Error('not sent');
          error.status = 0;
          throw error;
        });
      };
      return directLine;
    }

    /**
     * Web Chat's actions about a typed message: when it did not leave, { reason, text, typed }
     * (typed: what the resident wrote), else null. Files are public/chatFiles.js's.
     */
    function failed(action) {
      var id = (action.meta || {}).clientActivityID;
      if (!id) return null;
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY_PENDING') {
        var activity = action.payload && action.payload.activity;
        var files = activity && activity.attachments && activity.attachments.length;
        if (activity && activity.type === 'message' && typeof activity.text === 'string' && activity.text && !files) pending[id] = activity.text;
        return null;
      }
      if (!(id in pending)) return null;
      var typed = pending[id];
      if (action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED') {
        delete pending[id];
        return null;
      }
      if (action.type !== 'DIRECT_LINE/POST_ACTIVITY_REJECTED' && action.type !== 'DIRECT_LINE/POST_ACTIVITY_IMPEDED') return null;
      delete pending[id];
      // A new conversation, or the page leaving, cancels what was on its way: nothing to say.
      if (action.payload && action.payload.message === 'cancelled') return null;
      // Busy or unreachable: Direct Line's script tells nothing more (see above).
      return { reason: 'busy', text: texts.busy || '', typed: typed };
    }

    /** The status line's words once the text is, or is not, back in the send box. */
    function said(failure, restored) {
      return failure.text + ' ' + (restored ? texts.kept : texts.retry);
    }

    return { guard: guard, failed: failed, said: said };
  }
  window.chatParts = Object.assign(window.chatParts || {}, { sending: sending });
})();
