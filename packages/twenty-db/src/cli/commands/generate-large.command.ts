import { type Command } from 'commander';
import { MultiBar, Presets } from 'cli-progress';

import { withClient } from '../../database/utils/with-client.util';
import { createFixtureDatabase } from '../../fixture/services/create-fixture-database';
import { generateLargeWorkspace } from '../../seed/large/services/generate-large-workspace';

export const registerGenerateLargeCommand = (program: Command) =>
  program
    .command('generate-large')
    .description('Create a NEW database holding one benchmark-sized workspace')
    .requiredOption(
      '--database-url <url>',
      'database to create (must not exist)',
    )
    .option(
      '--people <n>',
      'people to generate; companies, opportunities and notes follow',
      (value) => Number(value),
      1_000_000,
    )
    .option('--seed <n>', 'random seed', (value) => Number(value), 7)
    .option('--force', 'replace the database if twenty-db created it before')
    .action(
      async (options: {
        databaseUrl: string;
        people: number;
        seed: number;
        force?: boolean;
      }) => {
        if (!Number.isInteger(options.people) || options.people < 10) {
          throw new Error('--people must be an integer of at least 10');
        }

        const startedAt = Date.now();
        const bars = new MultiBar(
          {
            format: ' {phase} |{bar}| {value}/{total} {eta_formatted}',
            hideCursor: true,
            clearOnComplete: false,
          },
          Presets.shades_classic,
        );
        const barsByPhase = new Map<string, ReturnType<MultiBar['create']>>();

        await createFixtureDatabase(options.databaseUrl, {
          force: options.force,
        });

        const result = await withClient(options.databaseUrl, (client) =>
          generateLargeWorkspace(client, {
            people: options.people,
            seed: options.seed,
            onProgress: ({ phase, done, total }) => {
              const label = phase.padEnd(24);
              const bar =
                barsByPhase.get(phase) ??
                bars.create(total, 0, { phase: label });

              barsByPhase.set(phase, bar);
              bar.setTotal(total);
              bar.update(done, { phase: label });
            },
          }),
        ).finally(() => bars.stop());
        const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);

        console.log(
          [
            '',
            `Generated workspace ${result.workspaceId} (${result.schemaName}) in ${seconds} s`,
            ...Object.entries(result.counts)
              .filter(([, count]) => count > 0)
              .map(
                ([name, count]) =>
                  `  ${name.padEnd(14)} ${count.toLocaleString('en-US')}`,
              ),
            '  timings (ms): ' + JSON.stringify(result.timingsMs),
          ].join('\n'),
        );
      },
    );
