/*
 * The chat page's look for Web Chat (its styleOptions): the commune's colour, a bubble narrow
 * enough for a 320 px phone, the paper clip's file chooser offering what the bot accepts, and the
 * « texte agrandi / contraste renforcé » colours. Loaded before chat.js, which calls
 * window.chatParts.look(accent, large).
 */
(function () {
  'use strict';
  function look(accent, large) {
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
  window.chatParts = Object.assign(window.chatParts || {}, { look: look });
})();
