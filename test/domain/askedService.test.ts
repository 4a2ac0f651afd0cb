/**
 * A practical question naming a service the commune's file does not hold (« horaires de la
 * mairie » at Carrières-sur-Seine, whose file holds only its SEJ) is never answered with another
 * service's hours as if they were that one's: the service is said to be missing, with the services
 * whose hours the file gives and whom to contact. Checked on every demo commune's file.
 */
import { askedService } from '../../src/domain/askedService';
import type { ServiceCode } from '../../src/domain/types';
import { demoCommuneList } from '../support/demoCommunes';

const communes = demoCommuneList();
const byId = (id: string) => communes.find((c) => c.id === id)!;
const CODES: ServiceCode[] = ['mairie', 'regie', 'guichet_unique', 'etat_civil', 'scolaire', 'periscolaire', 'inscriptions', 'sej'];

describe('a service asked for', () => {
  it.each(communes.flatMap((c) => CODES.map((code) => [c.id, code] as const)))('%s, %s: held only when the file holds it; else the hours the file has', (id, code) => {
    const commune = byId(id);
    const asked = askedService(commune, code);
    const inFile = commune.services.find((s) => s.code === code);
    if (inFile) {
      expect(asked).toEqual({ kind: 'held', service: inFile });
      return;
    }
    expect(asked.kind).toBe('notHeld');
    if (asked.kind !== 'notHeld') return;
    expect(asked.known.map((s) => s.code)).toEqual(commune.services.filter((s) => s.hours).map((s) => s.code));
    // Whom to contact instead is one of the commune's own services, for that kind of question.
    expect(commune.services).toContain(asked.instead);
  });

  it('the holes of the demo files: the mairie at Carrières-sur-Seine and Chanteloup-les-Vignes, the SEJ at Carrières-sous-Poissy', () => {
    expect(askedService(byId('carrieres-sur-seine'), 'mairie')).toMatchObject({ kind: 'notHeld', known: [], instead: { code: 'sej' } });
    expect(askedService(byId('chanteloup-les-vignes'), 'mairie')).toMatchObject({ kind: 'notHeld', known: [{ code: 'guichet_unique' }], instead: { code: 'guichet_unique' } });
    expect(askedService(byId('chanteloup-les-vignes'), 'regie')).toMatchObject({ kind: 'notHeld', instead: { code: 'guichet_unique' } });
    const csp = askedService(byId('carrieres-sous-poissy'), 'sej');
    // The SEJ answers school and périscolaire matters: where a commune has none, its périscolaire service does.
    expect(csp).toMatchObject({ kind: 'notHeld', instead: { code: 'periscolaire' } });
    expect(csp.kind === 'notHeld' && csp.known.map((s) => s.code)).toEqual(['mairie', 'regie', 'guichet_unique']);
    // Its guichet unique is the one of its Espace citoyens page (shared/seeds).
    expect(askedService(byId('carrieres-sous-poissy'), 'guichet_unique')).toMatchObject({ kind: 'held', service: { code: 'guichet_unique', address: '2 rue Paul-Gauguin', phone: '01 73 16 72 97' } });
  });
});
