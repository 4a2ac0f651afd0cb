/** A message made only of insults, read in linear time however its words split (« tu es tu es… »). */
import { performance } from 'node:perf_hooks';
import { isInsult } from '../../src/nlu/insults';

it('reads insults, not requests that swear', () => {
  expect(isInsult("t'es vraiment nul connard")).toBe(true);
  expect(isInsult('bot de merde')).toBe(true);
  // SMS spelling: « c » for « c'est »
  expect(isInsult('c nul ce bot')).toBe(true);
  expect(isInsult('c nul')).toBe(true);
  expect(isInsult('c pour la cantine')).toBe(false);
  expect(isInsult('merde, horaires de la mairie ?')).toBe(false);
  expect(isInsult('tu es tu es')).toBe(false);
});

it('answers at once for a message whose words split in very many ways', () => {
  const t0 = performance.now();
  expect(isInsult('tu es '.repeat(16).trim())).toBe(false);
  expect(isInsult('trop '.repeat(19) + 'x')).toBe(false);
  expect(performance.now() - t0).toBeLessThan(50);
});
