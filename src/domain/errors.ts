/**
 * Coded domain errors. A dialog turns `code` into the locale text `errors.<code>`
 * with `params` as placeholders, says what to do next and asks again.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
