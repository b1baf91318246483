import { Field, Int, ObjectType } from '@nestjs/graphql';

// docs/limits.md, "Call limits".
@ObjectType('McpCallLimits')
export class McpCallLimitsDTO {
  @Field(() => Int, { description: 'Read tool calls per token per hour.' })
  readCallsPerTokenPerHour!: number;

  @Field(() => Int, {
    description:
      'Write tool calls (create, update, delete, restore, destroy) per token per hour.',
  })
  writeCallsPerTokenPerHour!: number;

  @Field(() => Int, {
    description: 'Tool calls of all tokens of the workspace together per hour.',
  })
  callsPerWorkspacePerHour!: number;
}
