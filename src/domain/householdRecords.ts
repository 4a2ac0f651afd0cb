/**
 * Households as the commune keeps them: family files imported (all or nothing), a family file
 * read for its account, online invoices chosen, family keys issued. Exposed by municipalService.ts.
 */
import type { Clock } from './clock';
import { DomainError } from './errors';
import { buildFamilyFile, type FamilyFile } from './familyFile';
import { checkFamilyImport, fileNumbersIn, type ExistingFamily, type FamilyImportOutcome, type ImportFiles } from './familyImport';
import { generateFamilyKey, hashFamilyKey, keySelector } from './familyKey';
import { findHousehold } from './fileNumbers';
import { parisDay } from './parisTime';
import { familyReader } from './turnReads';
import type { Repositories } from './ports';
import type { Account, Commune, Household } from './types';

export interface HouseholdRecordsDeps {
  repos: Repositories;
  clock: Clock;
  secretKey: string;
  getCommune(id: string): Promise<Commune>;
  audit(entry: Parameters<Repositories['audit']['append']>[0]): Promise<void>;
}

export class HouseholdRecords {
  constructor(private readonly deps: HouseholdRecordsDeps) {}

  /**
   * Imports a commune's family files (columns in familyImport.ts). All or nothing: with any error,
   * nothing is written and the coded errors (file, line, code) are returned.
   */
  async importFamilies(communeId: string, files: ImportFiles): Promise<FamilyImportOutcome> {
    await this.deps.getCommune(communeId);
    const { households, activities } = this.deps.repos;
    const existing = new Map<string, ExistingFamily>();
    for (const fileNumber of fileNumbersIn(files)) {
      const household = await households.findByFileNumber(communeId, fileNumber);
      if (household) existing.set(fileNumber, { household, children: await households.listChildren(household.id) });
    }
    const checked = checkFamilyImport({
      communeId,
      files,
      activities: await activities.listByCommune(communeId),
      existing,
      today: parisDay(this.deps.clock.now()),
    });
    if (!checked.ok) return checked;
    const result = await households.importFamilies(communeId, checked.families);
    await this.deps.audit({ actor: 'admin', action: 'import.families', communeId, details: { ...result } });
    return { ok: true, result };
  }

  /** The family file of a signed-in account; undefined until its family key links it to a household. */
  async familyFile(account: Account): Promise<FamilyFile | undefined> {
    if (!account.householdId) return undefined;
    const households = familyReader(account, this.deps.repos.households);
    const household = await households.get(account.householdId);
    if (!household) return undefined;
    const [representatives, children, enrolments, activities] = await Promise.all([
      this.deps.repos.households.listRepresentatives(household.id),
      households.listChildren(household.id),
      households.listEnrolments(household.id),
      this.deps.repos.activities.listByCommune(household.communeId),
    ]);
    return buildFamilyFile(household, representatives, children, enrolments, activities);
  }

  /** « Adhésion à la facture en ligne »: yes or no, for the household of a linked account. */
  async setEInvoice(account: Account, eInvoice: boolean): Promise<boolean> {
    if (!account.householdId) return false;
    await this.deps.repos.households.setEInvoice(account.householdId, eInvoice);
    await this.deps.audit({ actor: `account:${account.id}`, action: eInvoice ? 'eInvoice.on' : 'eInvoice.off', communeId: account.communeId, subject: `household:${account.householdId}` });
    return true;
  }

  household(id: number): Promise<Household | undefined> {
    return this.deps.repos.households.get(id);
  }

  /**
   * A new family key for a household, returned once in clear: only its keyed hash is stored,
   * and the household's earlier keys stop working.
   */
  async issueFamilyKey(communeId: string, fileNumber: string, actor = 'admin'): Promise<{ key: string; household: Household }> {
    await this.deps.getCommune(communeId);
    const household = await findHousehold(this.deps.repos.households, communeId, fileNumber);
    if (!household) throw new DomainError('household.unknown', { fileNumber });
    // Selectors name one household among the active keys: draw again on the rare collision.
    let key = generateFamilyKey();
    for (let i = 0; i < 20 && (await this.deps.repos.familyKeys.findBySelector(keySelector(key.replace(/-/g, '')) ?? '')) !== undefined; i++) key = generateFamilyKey();
    const normalized = key.replace(/-/g, '');
    const keyHash = hashFamilyKey(normalized, this.deps.secretKey);
    await this.deps.repos.familyKeys.replace(household.id, keyHash, keySelector(normalized) ?? null, this.deps.clock.now().toISOString());
    await this.deps.audit({ actor, action: 'familyKey.issued', communeId, subject: `household:${household.id}` });
    return { key, household };
  }
}
