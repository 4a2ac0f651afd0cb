/**
 * The chat page's look: its colour (the commune's when it reads well on white, the État's blue
 * otherwise) and its style sheet, inlined in the page under its nonce (src/web/chatPage.ts). Web
 * Chat's own look (its styleOptions) is public/chatLook.js; these rules mend what those options
 * cannot reach: the header, the phone layouts, the cards' buttons, focus rings and labels.
 */
import type { Commune } from '../domain/types';

/** The default colour: the État's blue, 9:1 against white. */
export const DEFAULT_ACCENT = '#000091';
const HEX = /^#[0-9a-fA-F]{6}$/;

/** WCAG 2.1 contrast ratio of a #rrggbb colour against white (1 to 21). */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/**
 * The page's colour: the commune's when white text on it (and it on white) reads at 4.5:1 at least
 * (WCAG AA), the default otherwise.
 */
export function accentOf(commune: Commune | undefined): string {
  const color = commune?.accentColor;
  return color && HEX.test(color) && contrastWithWhite(color) >= 4.5 ? color : DEFAULT_ACCENT;
}

/** The page's style sheet, for its <style> element. */
export function pageStyle(accent: string): string {
  return `:root{--accent:${accent};--focus:#1b1b1b}
html,body{height:100%;margin:0}
body{height:100dvh;font-family:system-ui,sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background:#f6f6f6;display:flex;flex-direction:column}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:var(--accent);padding:.5rem 1rem;z-index:10}
.skip:focus{left:1rem;top:1rem}
header{flex:none;background:var(--accent);color:#fff;padding:.75em 1em}
header h1{font-size:1.35em;margin:0}
header p{margin:.25em 0 0}
.tools{margin-top:.5em}
.tools button{font:inherit;font-size:1em;padding:.4em .9em;border:2px solid #fff;border-radius:4px;background:#fff;color:#1b1b1b;cursor:pointer;margin:.25em .5em .25em 0}
.tools button[aria-pressed="true"]{background:#1b1b1b;color:#fff}
.tools .narrow{display:none}
button:focus-visible,a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
main{flex:1;display:flex;flex-direction:column;min-height:0;max-width:56rem;width:100%;margin:0 auto;background:#fff}
#webchat{flex:1;min-height:0}
@media (min-height:40em) and (min-width:40em){main,#webchat{min-height:24rem}}
#status{flex:none;margin:0;padding:0 1rem}
#status:empty{display:none}
/* The bot's welcome as text while Web Chat loads (public/chatStart.js), where its first message will be. */
.early{flex:none;margin:.75rem 1rem;padding:.5rem .75rem;max-width:36rem;border:1px solid #e0e0e0;border-radius:.5rem;background:#fff;color:#1b1b1b;white-space:pre-line}
.early p{margin:0 0 .5rem}.early p:last-child{margin:0}
.early[hidden]{display:none}
#status.problem{color:#b00000;font-weight:bold;padding:.75rem 1rem;border-left:4px solid #b00000}
/* Phones (and short windows, and the page in a frame): the header is one compact bar, the intro is left to screen readers. */
@media (max-width:40em),(max-height:40em){
header{display:flex;flex-wrap:wrap;align-items:center;gap:0 .5em;padding:.25em .75em}
header h1{flex:1 1 12em;font-size:1em;line-height:1.3;padding:.2em 0}
header p{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.tools{margin:0;display:flex;flex-wrap:wrap;gap:0 .5em}
.tools button{margin:.2em 0;padding:.15em .5em;font-size:.875em;line-height:1.3;min-height:2.25em;white-space:nowrap}
.tools .wide{display:none}
.tools .narrow{display:inline}
}
/* Web Chat paints a card's main button #0078D7, 4.49:1 against white (AA asks 4.5): the commune's colour instead. */
#webchat .ac-pushButton.style-positive{background-color:var(--accent);border-color:var(--accent);color:#fff}
#webchat .ac-pushButton.style-positive:hover,#webchat .ac-pushButton.style-positive:active{background-color:#1b1b1b;border-color:#1b1b1b}
#webchat .ac-pushButton.style-destructive{background-color:#b00000;border-color:#b00000;color:#fff}
/*
 * The focus of card controls: a dark ring 2px outside the control, on the card's white (17:1), never
 * clipped: the renderer wraps an action set in a box with overflow:hidden and no room around the
 * buttons, so that box lets them overflow and the set keeps room for the ring.
 */
#webchat .ac-adaptiveCard :focus-visible{outline:3px solid var(--focus);outline-offset:2px;box-shadow:none}
#webchat .ac-adaptiveCard div:has(> .ac-actionSet){overflow:visible!important}
#webchat .ac-actionSet{padding:5px}
#webchat .ac-adaptiveCard input[type="checkbox"]{width:1.25em;height:1.25em}
/* A button's whole label, on two lines if need be, rather than cut with « … » (reflow at 320 px): the card's buttons (their label's box has the renderer's inline style) and the suggested answers. */
#webchat .ac-pushButton,#webchat .ac-pushButton>div{white-space:normal!important;overflow:visible!important;text-overflow:clip!important}
#webchat .webchat__suggested-action{white-space:normal;height:auto;min-height:40px;padding-top:.25em;padding-bottom:.25em}
#webchat .webchat__suggested-action__text{white-space:normal;overflow:visible;text-overflow:clip}
/* A day of the calendar card is a row tall enough for a finger on a phone, its label (which ticks the box) filling it. */
@media (max-width:40em){#webchat .ac-toggleInput{min-height:2.75rem;align-items:stretch!important}#webchat .ac-toggleInput>input{align-self:center}#webchat .ac-toggleInput>label{display:flex!important;align-items:center;flex:1 1 auto}}
/* A fact's title (« Montant », « Émise le ») breaks between words only, never inside one (« Monta-nt » at 320 px). */
#webchat .ac-fact-title *{overflow-wrap:normal!important;word-break:normal!important}
/* The name and size of a file the resident sent, in white on the bubble's colour (Web Chat paints them in the accent, on the accent). */
#webchat .webchat__bubble--from-user .webchat__fileContent__fileName,#webchat .webchat__bubble--from-user .webchat__fileContent__size{color:#fff}
body.large #webchat{zoom:1.3}
/* The send box's field may shrink (its default width would push the send button out at 320 px in large text). */
#webchat .webchat__send-box__main>*,#webchat .webchat__send-box-text-box__input{min-width:0}
body.large header,body.large #status{font-size:1.3rem}
body.large #webchat .ac-pushButton.style-positive{background-color:#000;border-color:#000}
body.large{background:#fff}
body.large header{background:#000}
/* Legal links (src/web/legalLinks.ts) */
footer.legal{flex:none;padding:.5rem 1rem;font-size:.95rem}footer.legal ul{list-style:none;margin:0 auto;padding:0;max-width:56rem;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}footer.legal a{color:#1b1b1b}
/* On a phone the links take one or two short lines, so that the conversation keeps its room (large text leaves them as they are). */
@media (max-width:40em),(max-height:40em){footer.legal{padding:0 .5rem;font-size:.75rem;line-height:1.3}footer.legal ul{gap:0 .6rem}}
/*
 * Short in lines of text (a phone in large text, 200 % and more, or held sideways): the title on
 * one small bar beside a « Menu » button, which shows the page's buttons and links when asked; the
 * suggested answers scroll within a quarter of the height. The conversation keeps the rest.
 */
.menu{display:none}
@media (max-height:30em){
header{flex-wrap:nowrap;padding:.1em .5em}
header h1{flex:1 1 auto;min-width:0;font-size:.65em;line-height:1.2;padding:.1em 0}
.menu{display:block;flex:none;font:inherit;font-size:.65em;line-height:1.2;padding:.1em .5em;min-height:2em;border:2px solid #fff;border-radius:4px;background:#fff;color:#1b1b1b;cursor:pointer}
.menu[aria-expanded="true"]{background:#1b1b1b;color:#fff}
.tools,footer.legal{display:none}
body.menu-open header{flex-wrap:wrap}
body.menu-open .tools{display:flex;flex-basis:100%}
.tools button{white-space:normal;text-align:left}
body.menu-open footer.legal{display:block}
#webchat .webchat__suggested-actions__flow-box{max-height:22vh;overflow-y:auto}
}`;
}
