/**
 * A list then a line, on channels that render markdown (Web Chat, Teams): the line after the list's
 * last item is set apart by a blank line, so that it is not shown inside that item (CommonMark's lazy
 * continuation: « 3. Chanteloup-les-Vignes » then « Quelle est votre commune ? » showed the question
 * indented in item 3). SMS and other plain-text channels get the text unchanged.
 */
import path from 'node:path';
import { CardRenderer, type Reply } from '../../cards/cardRenderer';
import { listsClosed } from '../../cards/markdownLists';

const renderer = new CardRenderer(path.resolve(__dirname, '../../cards'));

/** Lines that CommonMark would take into the list item above them: not blank, not indented, not an item. */
const continuedItems = (text: string): string[] => {
  const lines = text.split('\n');
  const item = /^\s*(?:\d{1,3}[.)]|[-*+])\s/;
  return lines.filter((line, i) => i > 0 && item.test(lines[i - 1]!) && line.trim() !== '' && !/^\s/.test(line) && !item.test(line));
};

const communeQuestion: Reply = {
  text: ['Je suis au service de ces communes :', '1. Carrières-sous-Poissy', '2. Carrières-sur-Seine', '3. Chanteloup-les-Vignes', 'Quelle est votre commune ?', 'Répondez par son nom, son numéro ou son code postal.'].join('\n'),
  choices: [{ label: 'Carrières-sous-Poissy' }, { label: 'Carrières-sur-Seine' }, { label: 'Chanteloup-les-Vignes' }],
  listed: true,
};
const numberedChoices: Reply = { text: 'Madame ou Monsieur ?', choices: [{ label: 'Madame' }, { label: 'Monsieur' }], hint: 'Répondez 1 ou 2.' };

describe('a list then a line, as each channel shows it', () => {
  it.each(['webchat', 'directline', 'msteams'])('on %s, no line is taken into the list above it, and every word is kept', (channel) => {
    const text = renderer.toActivity(communeQuestion, channel).text!;
    expect(continuedItems(communeQuestion.text)).toHaveLength(1);
    expect(continuedItems(text)).toEqual([]);
    expect(text.replace(/\n+/g, '\n')).toBe(communeQuestion.text);
  });

  it.each(['sms', 'twilio', 'unknown-channel'])('on %s (plain text), the text is unchanged', (channel) => {
    expect(renderer.toActivity(communeQuestion, channel).text).toBe(communeQuestion.text);
    const numbered = renderer.toActivity(numberedChoices, channel).text!;
    expect(numbered.split('\n')).toEqual(['Madame ou Monsieur ?', '1. Madame', '2. Monsieur', 'Répondez 1 ou 2.']);
  });

  it.each([
    ['a list then a question', '1. a\n2. b\nQuelle ?', '1. a\n2. b\n\nQuelle ?'],
    ['a bullet list then a line', '- a\n- b\nSuite.', '- a\n- b\n\nSuite.'],
    ['a line indented on purpose under its item', '1. Cantine\n   1,50 €\n2. Étude', '1. Cantine\n   1,50 €\n2. Étude'],
    ['a list already closed by a blank line', '1. a\n\nQuelle ?', '1. a\n\nQuelle ?'],
    ['no list', 'Bonjour.\nQue voulez-vous faire ?', 'Bonjour.\nQue voulez-vous faire ?'],
    ['a number that starts a sentence inside a text', 'Vous avez 2 enfants.\nLequel ?', 'Vous avez 2 enfants.\nLequel ?'],
  ])('%s', (_name, text, shown) => {
    expect(listsClosed(text)).toBe(shown);
  });
});
