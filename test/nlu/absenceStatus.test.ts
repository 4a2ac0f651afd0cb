/**
 * An absence's state asked (« l'absence de Léa est justifiée ? ») is the bookings'; said with a paper sent, or asking
 * how to send one, it is the upload's.
 */
import { prepare } from '../../src/nlu/frenchText';
import { asksAbsenceStatus } from '../../src/nlu/bookedQuestion';

const read = (text: string) => asksAbsenceStatus(prepare(text));

describe("an absence's state asked", () => {
  it.each(["l'absence de Léa est justifiée ?", 'son absence a bien été prise en compte ?', "et l'absence du 12 mars est notée ?"])('« %s » asks it', (text) => {
    expect(read(text)).toBe(true);
  });

  it.each([
    "l'absence de Léa est justifiée, je vous envoie le certificat ?",
    "est-ce que l'absence est justifiée si j'envoie un certificat ?",
    "l'absence est validée ? je dois envoyer un justificatif ?",
    "l'absence est-elle prise en compte si je vous transmets l'ordonnance ?",
  ])('« %s » sends a paper, or asks how: not the state asked', (text) => {
    expect(read(text)).toBe(false);
  });
});
