import { PassThrough } from 'node:stream';

import { type CommandIo } from '../../src/cli/types/command-io.type';

// Runs a host command in-process as main.ts does, with what it writes to
// stdout and stderr collected.
export const runCommandCaptured = async (
  command: (argv: readonly string[], io: CommandIo) => Promise<number>,
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; out: string; err: string }> => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];

  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  stderr.on('data', (chunk: Buffer) => errors.push(chunk));

  const code = await command(argv, { env, stdout, stderr });

  return {
    code,
    out: Buffer.concat(chunks).toString(),
    err: Buffer.concat(errors).toString(),
  };
};
