/**
 * The SMS sender's number, kept in the turn's state only (never in the activity, the bot state or
 * the transcripts): « STOP » by SMS stops the reminders of the accounts with this number.
 */
export const SENDER_PHONE = Symbol.for('espace-citoyens.smsSenderPhone');
