#!/usr/bin/env node
import { Command } from 'commander';

import { registerCheckCommand } from './commands/check.command';
import { registerCreateCommand } from './commands/create.command';
import { registerGenerateLargeCommand } from './commands/generate-large.command';
import { registerStartCommand } from './commands/start.command';
import { registerTokensCommand } from './commands/tokens.command';

const program = new Command('twenty-db')
  .description(
    "Twenty v2's PostgreSQL layout: create, seed, check and serve it",
  )
  .showHelpAfterError();

registerStartCommand(program);
registerCreateCommand(program);
registerGenerateLargeCommand(program);
registerCheckCommand(program);
registerTokensCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(
    `twenty-db: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
