import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';
import { type ToolCallContext } from '../types/tool-call-context.type';

// Input validation already limited `object` to the allowed names; this
// resolves the schema and keeps the check even if called differently.
export const requireToolObject = (
  context: ToolCallContext,
  name: unknown,
): ObjectSchema => {
  const object = context.workspace.objects.find(
    (candidate) => candidate.nameSingular === name,
  );

  if (
    !object ||
    !context.permissions.objects.get(object.nameSingular)?.canRead
  ) {
    throw new TwentyMcpException(
      TwentyMcpExceptionCode.NOT_FOUND,
      `Unknown object "${String(name)}". Call list_objects for the objects you can use.`,
    );
  }

  return object;
};
