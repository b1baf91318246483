import { ESLint } from 'eslint';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const SRC = path.join(ROOT, 'packages/twenty-mcp/src');

// Lints source text as if it were a file of the module, with the repo's
// own ESLint config (the layer rule of docs/architecture.md).
const lintAs = async (relativePath: string, code: string) => {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, {
    filePath: path.join(SRC, relativePath),
  });

  return result.messages
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => message.message);
};

describe('module layers', () => {
  it.each([
    [
      'domain importing a service',
      'domain/records/utils/probe.util.ts',
      "import { RecordsService } from '../../../services/records/records.service';",
    ],
    [
      'a service importing tools',
      'services/records/utils/probe.util.ts',
      "import { ToolSetService } from '../../../tools/services/tool-set.service';",
    ],
    [
      'a back-end importing a service',
      'backends/postgres/utils/probe.util.ts',
      "import { RecordsService } from '../../../services/records/records.service';",
    ],
    [
      'tools importing the protocol',
      'tools/utils/probe.util.ts',
      "import { McpHttpHandler } from '../../protocol/services/mcp-http-handler.service';",
    ],
    [
      'settings importing the protocol (sideways)',
      'settings/utils/probe.util.ts',
      "import { ListChangedNotifier } from '../../protocol/services/list-changed-notifier.service';",
    ],
    [
      'a room importing the module root',
      'services/probe.util.ts',
      "import { TwentyMcpModule } from '../twenty-mcp.module';",
    ],
  ])('should refuse %s', async (_label, file, importLine) => {
    const errors = await lintAs(
      file,
      `${importLine}\nexport const probe = 1;\n`,
    );

    expect(errors).toHaveLength(1);
  });

  it.each([
    [
      'a service importing a port and the domain',
      'services/records/utils/probe.util.ts',
      "import { RECORDS_BACKEND_PORT } from '../../../ports/records-backend.port';\nimport { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';",
    ],
    [
      'the protocol importing tools and services',
      'protocol/utils/probe.util.ts',
      "import { ToolSetService } from '../../tools/services/tool-set.service';\nimport { RecordsService } from '../../services/records/records.service';",
    ],
  ])('should allow %s', async (_label, file, imports) => {
    expect(await lintAs(file, `${imports}\nexport const probe = 1;\n`)).toEqual(
      [],
    );
  });
});
