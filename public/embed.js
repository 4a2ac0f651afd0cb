/*
 * Puts the chat on a commune's page with one tag:
 *   <script src="https://bot.example.fr/embed.js" data-commune="carrieres-sous-poissy" async></script>
 * The chat page opens in an iframe where the tag is (data-height sets its height, 640px by default).
 * The commune's site must be listed in the bot's CHAT_EMBED_ORIGINS. The frame's title comes from the
 * bot's locales (the server fills FRAME_TITLE).
 */
(function () {
  'use strict';
  var FRAME_TITLE = '__FRAME_TITLE__';
  var tag = document.currentScript;
  if (!tag) return;
  var origin = new URL(tag.src).origin;
  var commune = tag.getAttribute('data-commune');
  var frame = document.createElement('iframe');
  frame.src = origin + '/' + (commune ? '?commune=' + encodeURIComponent(commune) : '');
  frame.title = FRAME_TITLE;
  frame.style.width = '100%';
  frame.style.height = tag.getAttribute('data-height') || '640px';
  frame.style.border = '0';
  frame.setAttribute('allow', 'clipboard-write');
  tag.parentNode.insertBefore(frame, tag.nextSibling);
})();
