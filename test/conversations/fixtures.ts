/**
 * Each conversation's resident, made fresh so conversations sharing one database never meet:
 * an e-mail, a phone number and, where the task needs it, an account and a family file of their
 * own (a copy of the demo DURAND file: Léa, elementary, canteen + morning + Wednesday; Hugo,
 * maternelle, canteen + evening; quotient familial 820) at Carrières-sous-Poissy.
 */
import type { Core } from '../../src/index';
import type { Account, Household } from '../../src/domain/types';

export const COMMUNE = 'carrieres-sous-poissy';

/** What the resident starts with. `signedIn`: the conversation signs in first (turns not counted in the task's). */
export type Given = 'guest' | 'account' | 'linked' | 'signedIn' | 'signedInLinked';

export interface Resident {
  n: number;
  email: string;
  phone: string;
  fileNumber: string;
  account?: Account;
  household?: Household;
  children: { lea: number; hugo: number };
}

const ENROLMENTS: Record<string, string[]> = { lea: ['morning', 'canteen', 'wednesday'], hugo: ['evening', 'canteen'] };

export async function makeResident(core: Core, n: number, given: Given): Promise<Resident> {
  const pad = String(n).padStart(6, '0');
  const resident: Resident = { n, email: `resident.${pad}@example.org`, phone: `+3361${String(n).padStart(7, '0')}`, fileNumber: `CSP-T-${pad}`, children: { lea: 0, hugo: 0 } };
  const repos = core.service.deps.repos;
  // Every resident gets a family file: a task may need one (the family key) without an account linked to it.
  const activities = await core.service.listActivities(COMMUNE);
  const idOf = (code: string) => activities.find((a) => a.code === code)?.id as number;
  await repos.households.importFamilies(COMMUNE, [
    {
      household: { communeId: COMMUNE, fileNumber: resident.fileNumber, name: 'DURAND', address: '1 rue de la Demo', postalCode: '78955', city: 'Carrières-sous-Poissy', quotientFamilial: 820 },
      representatives: [{ role: 'representative', civility: 'madame', firstName: 'Françoise', lastName: 'DURAND', email: resident.email, phone: null }],
      children: [
        { firstName: 'Léa', lastName: 'DURAND', birthDate: '2019-03-14', school: 'École du Parc', level: 'elementaire', enrolments: ENROLMENTS.lea!.map((c) => ({ activityId: idOf(c), schoolYear: '2026-2027' })) },
        { firstName: 'Hugo', lastName: 'DURAND', birthDate: '2022-06-02', school: 'École du Parc', level: 'maternelle', enrolments: ENROLMENTS.hugo!.map((c) => ({ activityId: idOf(c), schoolYear: '2026-2027' })) },
      ],
    },
  ]);
  resident.household = await repos.households.findByFileNumber(COMMUNE, resident.fileNumber);
  const kids = await repos.households.listChildren(resident.household!.id);
  resident.children = { lea: kids.find((k) => k.firstName === 'Léa')!.id, hugo: kids.find((k) => k.firstName === 'Hugo')!.id };
  if (given !== 'guest') {
    const account = await repos.accounts.create({ communeId: COMMUNE, email: resident.email, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
    if (given === 'linked' || given === 'signedInLinked') await repos.accounts.linkHousehold(account.id, resident.household!.id);
    resident.account = (await repos.accounts.get(account.id))!;
  }
  return resident;
}

/** The turns that sign in before the task starts. */
export const needsSignIn = (given: Given): boolean => given === 'signedIn' || given === 'signedInLinked';
