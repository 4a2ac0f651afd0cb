/** Every "now" of the domain comes from an injected clock; the domain reads it in Europe/Paris. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });
