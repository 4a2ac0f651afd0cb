/*
 * The chat page's script. It takes the token asked for by the page (public/chatStart.js, the same
 * conversation after a reload, kept in this tab's sessionStorage; a new one for « Nouvelle
 * conversation »), then shows Web Chat connected to the bot's Direct Line over a
 * WebSocket. The « texte agrandi / contraste renforcé » switch is remembered in localStorage.
 * Its parts, loaded before it (window.chatParts): the look given to Web Chat (public/chatLook.js),
 * two repairs of Web Chat for French readers (public/chatRepairs.js), what the page says of the
 * files sent with the paper clip (public/chatFiles.js) and of a message that did not leave
 * (public/chatSending.js).
 * Every word shown comes from the page's configuration (the bot's locales).
 */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var status = document.getElementById('status');
  var host = document.getElementById('webchat');
  var largeButton = document.getElementById('large');
  var restartButton = document.getElementById('restart');
  var KEY = 'espace-citoyens.chat.' + (config.commune || 'none');
  var LARGE_KEY = 'espace-citoyens.large';
  var parts = window.chatParts;
  var files = parts.files(config);
  var sending = parts.sending(config);
  var session = null;
  /** The status line says why a file or a message was not sent. */
  var notSentSaid = false;

  /** The status line; `reason`, a file's (public/chatFiles.js), is kept in data-reason. */
  function show(text, problem, reason) {
    status.textContent = text || '';
    status.className = problem ? 'problem' : '';
    if (reason) status.setAttribute('data-reason', reason);
    else status.removeAttribute('data-reason');
  }

  function read(storage, key) {
    try {
      return window[storage].getItem(key);
    } catch {
      return null;
    }
  }

  function write(storage, key, value) {
    try {
      if (value === null) window[storage].removeItem(key);
      else window[storage].setItem(key, value);
    } catch {
      // Private browsing: nothing is kept, the chat still works.
    }
  }

  function stored() {
    try {
      return JSON.parse(read('sessionStorage', KEY) || 'null');
    } catch {
      return null;
    }
  }

  function grant(previous) {
    var headers = { 'Content-Type': 'application/json' };
    if (previous) headers.Authorization = 'Bearer ' + previous;
    return fetch(config.tokenUrl, { method: 'POST', headers: headers, body: JSON.stringify({ commune: config.commune, locale: config.locale }) }).then(function (res) {
      if (res.status === 429) throw new Error('busy');
      if (!res.ok) throw new Error('unavailable');
      return res.json();
    });
  }

  /** The welcome shown before Web Chat was ready (public/chatStart.js), once Web Chat shows a message. */
  function dropEarly(always) {
    var early = document.getElementById('early');
    if (early && (always || host.querySelector('.webchat__bubble'))) early.remove();
  }

  new window.MutationObserver(function () {
    parts.repairs.fixTimes(host);
    dropEarly(false);
  }).observe(host, { childList: true, subtree: true, characterData: true });

  /** The header and the tab's title: the commune the page was opened for, until the bot says it now serves another (« changer de commune »). */
  var heading = document.querySelector('header h1');
  var firstTitle = { heading: heading ? heading.textContent : '', tab: document.title };
  function showCommune(activity) {
    var said = activity.channelData && activity.channelData.commune;
    if (!said || typeof said.name !== 'string' || !config.texts.title) return;
    var title = config.texts.title.replace('{{commune}}', said.name);
    if (heading) heading.textContent = title;
    document.title = title;
  }
  function showFirstCommune() {
    if (heading) heading.textContent = firstTitle.heading;
    document.title = firstTitle.tab;
  }

  /**
   * A card's button pressed with the keyboard (a click of detail 0) that sends the bot an answer:
   * the focus goes to the send box, as Web Chat does after a suggested answer, rather than staying
   * on the card answered; the bot's reply is read from Web Chat's live region. A tap leaves the
   * focus where it is (the send box would open a phone's keyboard over the conversation).
   */
  var cardKeyed = 0;
  host.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('.ac-adaptiveCard .ac-pushButton') : null;
    cardKeyed = button && event.detail === 0 ? Date.now() : 0;
  }, true);
  function focusSendBox() {
    var box = host.querySelector('.webchat__send-box-text-box__input');
    if (box) box.focus();
  }

  /** Every activity sent carries the commune (the bot's own Direct Line sets it too; Azure's does not). */
  function withCommune(store) {
    return function (next) {
      return function (action) {
        var refused = files.refused(action);
        if (refused) {
          show(refused.text, true, refused.reason);
          notSentSaid = true;
          return action;
        }
        var failed = files.failed(action);
        if (failed) {
          show(failed.text, true, failed.reason);
          notSentSaid = true;
        }
        var notSent = sending.failed(action);
        if (notSent) {
          // The text goes back into the send box, unless the resident has started another message.
          var restored = !store.getState().sendBoxValue;
          if (restored) {
            window.setTimeout(function () {
              store.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: notSent.typed } });
            }, 0);
          }
          show(sending.said(notSent, restored), true, notSent.reason);
          notSentSaid = true;
        }
        // What was said of a file or a message goes when the resident sends something else.
        if (notSentSaid && (action.type === 'WEB_CHAT/SEND_MESSAGE' || action.type === 'WEB_CHAT/SEND_FILES')) {
          show('');
          notSentSaid = false;
        }
        if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
          showCommune(action.payload.activity);
          action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: parts.repairs.keepLines(action.payload.activity) }) });
        }
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && Date.now() - cardKeyed < 1000) {
          cardKeyed = 0;
          window.setTimeout(focusSendBox, 0);
        }
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && config.commune) {
          var activity = action.payload.activity;
          var channelData = Object.assign({}, activity.channelData, { commune: config.commune });
          action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { channelData: channelData }) }) });
        }
        return next(action);
      };
    };
  }

  function render() {
    if (!session) return;
    var large = read('localStorage', LARGE_KEY) === 'on';
    document.body.classList.toggle('large', large);
    largeButton.setAttribute('aria-pressed', large ? 'true' : 'false');
    window.WebChat.renderWebChat({
      directLine: session.directLine,
      store: session.store,
      userID: session.userID,
      locale: config.locale,
      nonce: config.nonce,
      styleOptions: parts.look(config.accent, large),
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: config.texts.placeholder },
    }, host);
  }

  function keepToken() {
    if (session && session.directLine.token) write('sessionStorage', KEY, JSON.stringify({ token: session.directLine.token, conversationId: session.conversationId }));
  }

  function start(fresh) {
    if (!window.WebChat) {
      dropEarly(true);
      show(config.texts.missing, true);
      return;
    }
    var previous = fresh ? null : stored();
    // The first start was begun by the page (public/chatStart.js) while this script downloaded.
    var early = !fresh && window.chatStarted;
    window.chatStarted = null;
    var begun = early || grant(previous && previous.token).then(function (g) {
      return { grant: g, started: false };
    });
    begun.then(function (s) {
      var g = s.grant;
      // A conversation already started is joined as after a reload: its welcome is in its history.
      var resumed = s.started || (!!previous && previous.conversationId === g.conversationId);
      var options = { token: g.token, webSocket: true, domain: config.domain || window.location.origin + '/v3/directline' };
      if (resumed) options.conversationId = g.conversationId;
      if (session) session.directLine.end();
      var directLine = sending.guard(window.WebChat.createDirectLine(options));
      session = { directLine: directLine, store: window.WebChat.createStore({}, withCommune), userID: g.userId, conversationId: g.conversationId };
      keepToken();
      directLine.connectionStatus$.subscribe(function (state) {
        // 2: online; 4: could not connect; 3: token expired.
        if (state === 2) show('');
        else if (state === 3 || state === 4) {
          dropEarly(true);
          show(config.texts.unavailable, true);
        }
      });
      render();
    }).catch(function (e) {
      dropEarly(true);
      show(e && e.message === 'busy' ? config.texts.busy : config.texts.unavailable, true);
    });
  }

  largeButton.addEventListener('click', function () {
    write('localStorage', LARGE_KEY, read('localStorage', LARGE_KEY) === 'on' ? 'off' : 'on');
    render();
  });
  restartButton.addEventListener('click', function () {
    dropEarly(true);
    write('sessionStorage', KEY, null);
    // A new conversation starts in the page's commune.
    showFirstCommune();
    start(true);
    host.focus();
  });
  // Short in lines (large text on a phone): the header's buttons and the legal links behind « Menu ».
  var menuButton = document.getElementById('menu');
  if (menuButton) {
    menuButton.addEventListener('click', function () {
      var open = menuButton.getAttribute('aria-expanded') !== 'true';
      document.body.classList.toggle('menu-open', open);
      menuButton.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }
  window.addEventListener('pagehide', keepToken);
  start(false);
})();
