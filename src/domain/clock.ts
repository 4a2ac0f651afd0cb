/** Every "now" of the domain comes from an injected clock; the domain reads it in Europe/Paris. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

/** A clock that tests move forward. */
export interface SettableClock extends Clock {
  advance(minutes: number): void;
}

export function settableClock(iso: string): SettableClock {
  let at = new Date(iso).getTime();
  return { now: () => new Date(at), advance: (minutes) => (at += minutes * 60_000) };
}
