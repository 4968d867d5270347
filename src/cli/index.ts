import { Command, CommanderError } from 'commander';
import { AppError, toAppError } from '../errors.ts';
import { registerArticles } from './articles.ts';
import { registerCompare } from './compare.ts';
import { registerExtract } from './extract.ts';
import { registerImportSipri } from './import-sipri.ts';
import { registerIngest } from './ingest.ts';
import { registerRegister } from './register.ts';
import { registerResolve } from './resolve.ts';
import { registerServe } from './serve.ts';
import { registerShares } from './shares.ts';
import { registerShow } from './show.ts';
import { registerStart } from './start.ts';

/** Exit codes: 0 all good, 1 some items failed, 2 usage or configuration error. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** Each command registers itself here; its action returns the exit code. */
export type CommandRegistrar = (program: Command, setExit: (code: number) => void) => void;

const COMMANDS: CommandRegistrar[] = [
  registerArticles,
  registerShow,
  registerIngest,
  registerStart,
  registerServe,
  registerImportSipri,
  registerShares,
  registerResolve,
  registerRegister,
  registerCompare,
  registerExtract,
];

/** Runs the CLI on argv (without node and script) and returns the exit code; errors become one line on stderr. */
export async function runCli(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('armswatch')
    .description('A sourced register of the arms trade and arms production, built from the news.')
    .option('--db <location>', 'SQLite file or postgres:// URL (env ARMSWATCH_DB, default ./armswatch.db)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const register of COMMANDS) {
    register(program, (code) => {
      exitCode = Math.max(exitCode, code);
    });
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const appError = toAppError(error);
  process.stderr.write(`armswatch: ${appError.message}\n`);
  return appError.code === 'usage' || appError.code === 'config' ? EXIT.usage : EXIT.someFailed;
}

export { AppError };
