/*
 * Two repairs of Web Chat for French readers, loaded before chat.js (window.chatParts.repairs):
 * the lines of the bot's messages kept as lines, and the times it shows in 24-hour form.
 */
(function () {
  'use strict';
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
  window.chatParts = Object.assign(window.chatParts || {}, { repairs: { keepLines: keepLines, fixTimes: fixTimes } });
})();
