/**
 * A phone number as it is looked up: its last 9 digits, so that « +33 6 12 34 56 78 », « 06 12 34 56 78 » and
 * « 0612345678 » are one number (accounts.phone_key, indexed: STOP by SMS reads no other account).
 */
export const phoneKey = (phone: string): string => phone.replace(/\D/g, '').slice(-9);

/** The key stored with a phone written (null with no phone; left out when the phone is not written). */
export function withPhoneKey<T extends { phone?: string | null }>(values: T): T & { phoneKey?: string | null } {
  if (values.phone === undefined) return values;
  return { ...values, phoneKey: values.phone === null ? null : phoneKey(values.phone) };
}
