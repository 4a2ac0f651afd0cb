/// <reference lib="dom" />
/**
 * Measures of the chat page in Chromium for the accessibility tests: axe, what a phone shows of the
 * conversation, the focus indicator of card controls, the accessible names of a card. Each returns
 * figures or problems; the tests assert on them.
 */
import fs from 'node:fs';
import type { Frame, Page } from 'playwright-core';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core in the page (or frame), WCAG 2.1 A and AA rules; returns the violations, each with its nodes. */
export async function axe(p: Page | Frame): Promise<string[]> {
  // Injected once per document.
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE);
  return p.evaluate(async () => {
    type Node = { target: unknown[]; any: Array<{ message: string }> };
    const w = window as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: Node[] }> }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.any.map((a) => a.message).join(' ')}`).join(', ')})`);
  });
}

export interface Layout {
  viewport: { width: number; height: number };
  header: number;
  /** Height of the conversation inside the viewport: the messages and the suggested answers, down to the send box. */
  conversation: number;
  sendBox: { top: number; bottom: number };
  /** Width of the document: more than the viewport means a horizontal scroll. */
  scrollWidth: number;
}

/** What the page shows: the header's height, the visible part of the conversation, where the send box is. */
export function layout(p: Page | Frame): Promise<Layout> {
  return p.evaluate(() => {
    const box = (selector: string) => (document.querySelector(selector) as HTMLElement).getBoundingClientRect();
    const height = window.innerHeight;
    const transcript = box('.webchat__basic-transcript');
    const send = box('.webchat__send-box__main');
    return {
      viewport: { width: window.innerWidth, height },
      header: Math.round(box('header').height),
      conversation: Math.round(Math.max(0, Math.min(send.top, height) - Math.max(transcript.top, 0))),
      sendBox: { top: Math.round(send.top), bottom: Math.round(send.bottom) },
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}

/**
 * The focus indicator of every control of the last card, each focused in turn after a key press
 * (so that Chromium shows it as for a keyboard user). Method: the indicator is the computed outline
 * (or, without one, the first box-shadow with a spread); its box is the control's box grown by
 * outline-offset + outline-width (shrunk when the offset is negative). It is clipped when that box
 * goes beyond an ancestor whose overflow is not visible. Its contrast is the WCAG ratio between its
 * colour (opaque) and the colour it is drawn on: the first opaque background among the ancestors
 * when it lies outside the control, the control's own background when it lies inside. WCAG 1.4.11
 * and 2.4.7 ask 3:1 for it.
 */
export async function focusIndicators(p: Page): Promise<Array<{ control: string; ratio: number; clippedBy?: string; problem?: string }>> {
  const controls = p.locator('.ac-adaptiveCard').last().locator('button, input, select, textarea, a[href], [tabindex="0"]');
  const out: Array<{ control: string; ratio: number; clippedBy?: string; problem?: string }> = [];
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue;
    await p.keyboard.press('Shift');
    await control.focus();
    out.push(await control.evaluate((el) => {
      const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number) as number[];
      const lum = ([r = 0, g = 0, b = 0]: number[]) => {
        const ch = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
      };
      const ratio = (a: number[], b: number[]) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
        return (hi + 0.05) / (lo + 0.05);
      };
      const opaque = (c: string) => rgba(c).length < 4 || (rgba(c)[3] ?? 1) >= 1;
      const backgroundOf = (start: Element | null) => {
        for (let e = start; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (rgba(bg).length >= 3 && (rgba(bg)[3] ?? 1) > 0) return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      const name = `${el.tagName.toLowerCase()} « ${((el as HTMLElement).innerText || el.getAttribute('aria-label') || el.getAttribute('title') || '').trim().slice(0, 40)} »`;
      if (!el.matches(':focus-visible')) return { control: name, ratio: 0, problem: 'not shown as focused for the keyboard' };
      el.scrollIntoView({ block: 'center' });
      const s = getComputedStyle(el);
      let colour = s.outlineColor;
      let width = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
      let offset = parseFloat(s.outlineOffset) || 0;
      if (width === 0) {
        const shadow = /(rgba?\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px(\s+inset)?/.exec(s.boxShadow);
        if (!shadow) return { control: name, ratio: 0, problem: 'no outline and no box-shadow' };
        colour = shadow[1] as string;
        width = Number(shadow[5]);
        offset = shadow[6] ? -width : 0;
      }
      if (!opaque(colour)) return { control: name, ratio: 0, problem: `indicator colour ${colour} is not opaque` };
      const r = el.getBoundingClientRect();
      const grow = offset >= 0 ? offset + width : 0;
      const ring = { left: r.left - grow, top: r.top - grow, right: r.right + grow, bottom: r.bottom + grow };
      let clippedBy: string | undefined;
      for (let a = el.parentElement; a && !clippedBy; a = a.parentElement) {
        const st = getComputedStyle(a);
        if (st.overflowX === 'visible' && st.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        const [bl, bt] = [parseFloat(st.borderLeftWidth), parseFloat(st.borderTopWidth)];
        const inner = { left: c.left + bl, top: c.top + bt, right: c.left + bl + a.clientWidth, bottom: c.top + bt + a.clientHeight };
        const sideways = st.overflowX !== 'visible' && (ring.left < inner.left - 0.5 || ring.right > inner.right + 0.5);
        // A scrolling box clips vertically too, but what is scrolled out of view is not clipped: only sideways counts there.
        const upDown = st.overflowY === 'hidden' && (ring.top < inner.top - 0.5 || ring.bottom > inner.bottom + 0.5);
        if (sideways || upDown) clippedBy = `${a.tagName.toLowerCase()}.${String(a.className).split(' ')[0]}`;
      }
      const under = offset >= 0 ? backgroundOf(el.parentElement) : backgroundOf(el);
      return { control: name, ratio: Math.round(ratio(rgba(colour), rgba(under)) * 100) / 100, ...(clippedBy ? { clippedBy } : {}) };
    }));
  }
  return out;
}

/** The accessible tree of the last card, as Playwright's ARIA snapshot (`- checkbox "Léa, mardi 1er décembre"`). */
export const cardTree = (p: Page) => p.locator('.webchat__basic-transcript .ac-adaptiveCard').last().ariaSnapshot();

/** The names of one role in an ARIA snapshot, in order. */
export function namesOf(tree: string, role: string): string[] {
  return [...tree.matchAll(new RegExp(`^\\s*- ${role} "([^"]*)"`, 'gm'))].map((m) => m[1] as string);
}
