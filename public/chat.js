/*
 * The chat page's script. It takes the token asked for by the page (public/chatStart.js, the same
 * conversation after a reload, kept in this tab's sessionStorage; a new one for « Nouvelle
 * conversation »), then shows Web Chat connected to the bot's Direct Line over a
 * WebSocket. The « texte agrandi / contraste renforcé » switch is remembered in localStorage.
 * Two repairs of Web Chat for French readers: the times it shows in 24-hour form, and the lines of
 * the bot's messages kept as lines.
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
  var session = null;
  /** The status line says why a file was not sent. */
  var fileSaid = false;

  function show(text, problem) {
    status.textContent = text || '';
    status.className = problem ? 'problem' : '';
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

  function styleOptions(large) {
    var accent = config.accent;
    var options = {
      accent: accent,
      primaryFont: 'system-ui, sans-serif',
      bubbleBorderRadius: 8,
      bubbleFromUserBorderRadius: 8,
      bubbleBorderColor: '#6b6b6b',
      bubbleBorderWidth: 1,
      bubbleFromUserBackground: accent,
      bubbleFromUserTextColor: '#ffffff',
      bubbleFromUserBorderColor: accent,
      bubbleFromUserBorderWidth: 1,
      suggestedActionLayout: 'flow',
      suggestedActionTextColor: accent,
      suggestedActionBorderColor: accent,
      suggestedActionBorderWidth: 2,
      hideUploadButton: false,
      // A file chosen with the paper clip is sent at once (the bot asks for it alone).
      sendAttachmentOn: 'attach',
      // The phone's file chooser offers what the bot accepts (and turns an iPhone's HEIC photo into a JPEG).
      uploadAccept: 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png',
      sendBoxButtonColor: accent,
      sendBoxPlaceholderColor: '#595959',
      subtle: '#595959',
      timestampColor: '#595959',
      transcriptVisualKeyboardIndicatorColor: accent,
      rootHeight: '100%',
      // Web Chat's 250 px would not fit a 320 px phone in large text.
      bubbleMinWidth: 160,
      bubbleFromUserMinWidth: 160,
    };
    if (large) {
      options.bubbleBackground = '#ffffff';
      options.bubbleTextColor = '#000000';
      options.bubbleBorderColor = '#000000';
      options.bubbleBorderWidth = 2;
      options.bubbleFromUserBackground = '#000000';
      options.bubbleFromUserBorderColor = '#000000';
      options.suggestedActionTextColor = '#000000';
      options.suggestedActionBorderColor = '#000000';
      options.sendBoxTextColor = '#000000';
      options.sendBoxPlaceholderColor = '#3d3d3d';
      options.sendBoxButtonColor = '#000000';
      options.subtle = '#000000';
      options.timestampColor = '#000000';
      options.transcriptVisualKeyboardIndicatorColor = '#000000';
    }
    return options;
  }

  /**
   * Web Chat's markdown joins single line breaks into one paragraph (a basket's lines, a
   * confirmation's): the bot's lines become hard breaks, so each is seen and read as a line.
   */
  function keepLines(activity) {
    if (!activity || activity.type !== 'message' || typeof activity.text !== 'string' || activity.textFormat === 'plain') return activity;
    if (!activity.from || activity.from.role === 'user' || activity.text.indexOf('\n') < 0) return activity;
    return Object.assign({}, activity, { text: activity.text.replace(/([^\n])\n(?!\n)/g, '$1  \n') });
  }

  /**
   * Web Chat 4.18 formats times with a fixed 12-hour pattern (« 18 novembre à 2:00 PM »), whatever
   * the locale, and has no option for it: the times shown, and their text for screen readers, are
   * rewritten in 24-hour form (« 18 novembre à 14:00 ») as Web Chat writes them.
   */
  var TWELVE = /\b(\d{1,2}):(\d{2})\s?(AM|PM)\b/g;
  function to24(text) {
    return text.replace(TWELVE, function (all, h, m, period) {
      var hour = Number(h) % 12 + (period === 'PM' ? 12 : 0);
      return (hour < 10 ? '0' : '') + hour + ':' + m;
    });
  }
  function fixTimes(root) {
    var statuses = root.querySelectorAll ? root.querySelectorAll('.webchat__stacked-layout__status, .webchat__activity-status') : [];
    for (var i = 0; i < statuses.length; i += 1) {
      var walker = document.createTreeWalker(statuses[i], window.NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        TWELVE.lastIndex = 0;
        if (TWELVE.test(node.nodeValue)) node.nodeValue = to24(node.nodeValue);
      }
    }
  }
  /** The welcome shown before Web Chat was ready (public/chatStart.js), once Web Chat shows a message. */
  function dropEarly(always) {
    var early = document.getElementById('early');
    if (early && (always || host.querySelector('.webchat__bubble'))) early.remove();
  }

  new window.MutationObserver(function () {
    fixTimes(host);
    dropEarly(false);
  }).observe(host, { childList: true, subtree: true, characterData: true });

  /**
   * A file chosen with the paper clip that the bot would refuse (not a PDF, JPEG or PNG, or too
   * big): it is not sent, and the page says why in its status line (read by screen readers), rather
   * than Web Chat's « Échec de l'envoi. Réessayez. », which a retry cannot mend.
   */
  var FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
  var FILE_NAMES = /\.(pdf|jpe?g|png)$/i;
  function fileProblem(file) {
    var name = String(file.name || '');
    var fill = function (text) {
      return text.replace('{{name}}', name).replace('{{size}}', (Math.ceil(file.size / 104857.6) / 10).toLocaleString('fr-FR'));
    };
    if (FILE_TYPES.indexOf(file.type) < 0 && !FILE_NAMES.test(name)) return fill(config.texts.fileType);
    if (file.size > config.maxFileBytes) return fill(config.texts.fileSize);
    return null;
  }
  function refusedFile(action) {
    var files = [];
    if (action.type === 'WEB_CHAT/SEND_MESSAGE' && action.payload && action.payload.attachments) {
      files = action.payload.attachments.map(function (a) {
        return a.blob || {};
      });
    } else if (action.type === 'WEB_CHAT/SEND_FILES' && action.payload && action.payload.files) files = action.payload.files;
    for (var i = 0; i < files.length; i += 1) {
      var problem = fileProblem(files[i]);
      if (problem) return problem;
    }
    return null;
  }

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

  /** Every activity sent carries the commune (the bot's own Direct Line sets it too; Azure's does not). */
  function withCommune() {
    return function (next) {
      return function (action) {
        var refused = refusedFile(action);
        if (refused) {
          show(refused, true);
          fileSaid = true;
          return action;
        }
        // What was said of a file goes when the resident sends something else.
        if (fileSaid && (action.type === 'WEB_CHAT/SEND_MESSAGE' || action.type === 'WEB_CHAT/SEND_FILES')) {
          show('');
          fileSaid = false;
        }
        if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
          showCommune(action.payload.activity);
          action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: keepLines(action.payload.activity) }) });
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
      styleOptions: styleOptions(large),
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
      var directLine = window.WebChat.createDirectLine(options);
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
  window.addEventListener('pagehide', keepToken);
  start(false);
})();
