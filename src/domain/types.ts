/**
 * Domain types. Plain data: calendar days are 'YYYY-MM-DD', times of day 'HH:MM' (Europe/Paris),
 * money in integer cents. Each area has its file; all are re-exported here so imports keep working.
 */
export * from './communeTypes';
export * from './activityTypes';
export * from './householdTypes';
export * from './accountTypes';
export * from './invoiceTypes';
export * from './requestTypes';
