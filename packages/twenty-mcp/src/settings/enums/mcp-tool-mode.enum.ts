import { registerEnumType } from '@nestjs/graphql';

export enum McpToolModeEnum {
  COMPACT = 'compact',
  PER_OBJECT = 'per-object',
}

registerEnumType(McpToolModeEnum, {
  name: 'McpToolMode',
  description:
    'compact: 11 generic tools taking an object name; per-object: typed tools per object and operation.',
});
