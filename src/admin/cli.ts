/**
 * The commune agents' command: `npm run admin -- <command> [options]` (see `help`).
 * Thin: it reads the arguments and files and prints; the domain service decides.
 * Exit codes: 0 done, 1 bad input (unknown commune, file number or file, errors in a file,
 * invalid configuration), 2 wrong usage. Every text comes from the locales (admin.*,
 * errors.import.*), in French unless `--lang en`.
 */
import path from 'node:path';
import { isDomainError } from '../domain/errors';
import { ConfigError, findRootDir, loadConfig } from '../config';
import { pickLocale, Texts, type Locale } from '../i18n';
import type { Core } from '../core';
import type { Clock } from '../domain/clock';
import { COMMANDS, parseCommandLine, type CommandName, type Output } from './commands';
import { escapeControls } from './escape';
import { closest } from './suggest';
import { knownCommune } from './tables';

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** The environment read by loadConfig; the process's own when absent. */
  env?: NodeJS.ProcessEnv;
  /** The time the commands work at; the system's when absent (tests fix it). */
  clock?: Clock;
}

/** `--lang en` or `--lang=en`, read even when the other arguments are wrong; French otherwise. */
function localeOf(argv: string[]): Locale {
  const i = argv.indexOf('--lang');
  return pickLocale(i >= 0 ? argv[i + 1] : (argv.find((a) => a.startsWith('--lang='))?.slice(7) ?? 'fr'));
}

/** The option named in a parseArgs error ("Unknown option '--x'", "Option '--commune <value>' argument missing"). */
const optionIn = (message: string): string | undefined => /'(-{1,2}[\w-]+)/.exec(message)?.[1];

/** An error's message (not through instanceof: errors of Node's own modules may come from another realm). */
const messageOf = (e: unknown): string => (typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e));

const isCommand = (name: string): name is CommandName => Object.prototype.hasOwnProperty.call(COMMANDS, name);

export async function main(argv: string[], io: CliIo): Promise<number> {
  // Whatever a command prints, stored text included, reaches the terminal without raw control characters.
  const out: Output = {
    line: (text) => void io.stdout.write(`${escapeControls(text, '\n')}\n`),
    error: (text) => void io.stderr.write(`${escapeControls(text, '\n')}\n`),
  };
  const locale = localeOf(argv);
  const texts = Texts.create(path.join(findRootDir(), 'locales'));
  const t = texts.for(locale);
  const usage = (key: string, params?: Record<string, unknown>): number => {
    out.error(t(key, params));
    out.error(t('admin.usage.seeHelp'));
    return EXIT.usage;
  };

  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (e) {
    const option = optionIn(messageOf(e));
    return option ? usage('admin.usage.badOption', { option }) : usage('admin.usage.badArguments');
  }
  const { values, positionals } = parsed;
  const [command, extra] = positionals;
  if (command === 'help' || values.help) {
    out.line(t('admin.help'));
    return EXIT.ok;
  }
  if (!command) return usage('admin.usage.noCommand');
  if (!isCommand(command)) {
    // « issue-kye », « pending-request »: the command meant is said, not run.
    const meant = closest(command, Object.keys(COMMANDS).map((name) => ({ value: name, names: [name] })));
    out.error(t('admin.usage.unknownCommand', { command }));
    if (meant) out.error(t('admin.usage.didYouMean', { command: meant }));
    else out.error(t('admin.usage.seeHelp'));
    return EXIT.usage;
  }
  const spec = COMMANDS[command];
  const words = positionals.slice(1);
  if (spec.words) {
    if (words.length < spec.words.min || words.length > spec.words.max) return usage('admin.usage.words', { command, usage: spec.words.usage });
  } else if (extra !== undefined && !spec.positional) return usage('admin.usage.badOption', { option: extra });
  if (spec.positional && extra === undefined) return usage(spec.offline ? 'admin.usage.missingFolder' : 'admin.usage.missingName', { command });
  const missing = spec.required.find((o) => !values[o]);
  if (missing) return usage('admin.usage.missingOption', { option: `--${missing}` });
  const problem = spec.check?.(values);
  if (problem) return usage(problem);

  let config;
  try {
    config = loadConfig(io.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    out.error(t('admin.config.invalid', { detail: e.message }));
    return EXIT.badInput;
  }
  if (spec.offline) {
    try {
      return await spec.run({ t, out, values, config, arg: extra, now: io.clock?.now() ?? new Date() });
    } catch (e) {
      out.error(t('admin.error.unexpected', { detail: messageOf(e) }));
      return EXIT.badInput;
    }
  }
  let core: Core;
  try {
    // Loaded here, not at the top: help and usage errors then answer without loading the bot.
    const { openCore } = await import('../core');
    core = await openCore(config, io.clock);
  } catch (e) {
    out.error(t('admin.error.unexpected', { detail: messageOf(e) }));
    return EXIT.badInput;
  }
  try {
    const { conversationNotifier } = await import('../bot/notifier');
    const teller = conversationNotifier(core);
    // Every command given --commune checks it first: an unknown one (with the commune meant, if any) writes nothing.
    if (values.commune && !(await knownCommune({ service: core.service, t, out }, values.commune))) return EXIT.badInput;
    return await spec.run({ service: core.service, t, out, values, locale, config, arg: extra, words, teller, core });
  } catch (e) {
    // A coded domain error in the agent's words (errors.<code>), anything else as it is.
    if (isDomainError(e) && texts.has(`errors.${e.code}`)) out.error(t(`errors.${e.code}`, e.params));
    else out.error(t('admin.error.unexpected', { detail: messageOf(e) }));
    return EXIT.badInput;
  } finally {
    await core.close();
  }
}

/**
 * A reader that goes away (`npm run admin -- issue-key … | head -1`) ends the output, not the command:
 * without this, the first write after it would throw EPIPE and stop the command half way, the store open.
 */
export function endOutputQuietly(stream: NodeJS.WritableStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

if (require.main === module) {
  endOutputQuietly(process.stdout);
  endOutputQuietly(process.stderr);
  void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}
