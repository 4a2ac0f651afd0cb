/**
 * How to send a paper, said after any paper's name (« le livret de famille (pages…) », « la pièce d'identité »,
 * « les justificatifs »): it names « le document » rather than a pronoun that would have to agree with the paper.
 */
import { fr } from '../support/prompts';

describe('how to send a paper', () => {
  it.each(['demarche.file.howTo'])('%s has no pronoun standing for the paper', (key) => {
    expect(fr[key]).not.toMatch(/-(?:le|la|les)\b|\b(?:l'|le |la |les )(?:avez|apporte\w*|envoy\w*)\b/);
  });
});
