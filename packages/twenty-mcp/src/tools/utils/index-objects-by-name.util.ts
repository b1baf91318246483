import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';

// A tool's objects by name, for its handler: the `object` argument was
// parsed against exactly these names, so a miss is a bug, not a caller's
// mistake (RecordsService still authorises every call).
export const indexObjectsByName = (objects: readonly ObjectSchema[]) => {
  const byName = new Map(
    objects.map((object) => [object.nameSingular, object]),
  );

  return (name: string): ObjectSchema => {
    const object = byName.get(name);

    if (!object) {
      throw new TwentyMcpException(
        `Tool called with object "${name}" outside its enum`,
        TwentyMcpExceptionCode.INTERNAL_ERROR,
      );
    }

    return object;
  };
};
