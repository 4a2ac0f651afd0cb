/**
 * A library loaded at its first use instead of at start. The start loads only what the first
 * reply needs: a library that only some requests use (sending mail, the Teams channel, the
 * back office's exports) adds tens of milliseconds to every start when it is imported at the
 * top of a file, and a start is when residents whose chat was open reconnect at once.
 *
 *   const nodemailer = lazy(() => require('nodemailer') as typeof import('nodemailer'));
 *
 * The `require` stays literal at the call site so that TypeScript checks the path and the type.
 * Only libraries: the app's own modules are cheap to load.
 */
export function lazy<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
