/** A household (the family file) with its representatives and children. */
import type { SchoolLevel } from './activityTypes';

export interface Household {
  id: number;
  communeId: string;
  fileNumber: string;
  name: string;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  quotientFamilial: number | null;
  eInvoice: boolean;
}

export interface Representative {
  id: number;
  householdId: number;
  role: 'representative' | 'co_representative';
  civility: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

export interface Child {
  id: number;
  householdId: number;
  firstName: string;
  lastName: string;
  birthDate: string;
  school: string | null;
  level: SchoolLevel;
}
