import 'reflect-metadata';

import { measureDatabaseOutage } from './utils/measure-database-outage.util';

// `nx run twenty-mcp-server:bench-outage`: the numbers quoted in
// docs/operations.md ("When PostgreSQL goes away").
const main = async () => {
  const report = await measureDatabaseOutage(
    Number(process.env.MCP_DB_COOL_DOWN_MS || 2_000),
  );

  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
