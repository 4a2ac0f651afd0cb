/**
 * Regular expressions compiled once, to machine code, at their first use. By default V8 compiles a pattern first to
 * bytecode that it interprets, then, run a second time, again to machine code: understanding's patterns are large
 * (intents, dates: alternations of hundreds of words), and compiling each twice made most of what the first turns
 * after a start cost (the warm-up of src/nlu/warmSteps.ts: about 430 ms of CPU with the two compiles, 120 ms with
 * one), and turns paid it too for the patterns compiled again (built for one message, or let go by the garbage
 * collector): CPU per turn about a quarter lower (npm run turn:cost). What a pattern matches does not change, only
 * when and how it is compiled. Set before any pattern runs: src/index.ts loads this file first.
 */
import v8 from 'node:v8';

// (Tier-up itself stays on: turning it off once the process runs crashes V8 on the patterns Node compiled at its own start.)
v8.setFlagsFromString('--regexp-tier-up-ticks=0');
