import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('McpAuditEvent')
export class McpAuditEventDTO {
  @Field(() => Int)
  sequence!: number;

  @Field(() => ID)
  eventId!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: 'toolCall, settingsChange or retentionPrune.' })
  kind!: string;

  @Field()
  principalKind!: string;

  @Field({
    description:
      'MCP token id, API key id, OAuth subject or userWorkspace id; never a secret.',
  })
  principalId!: string;

  @Field(() => String, { nullable: true })
  clientName!: string | null;

  @Field(() => String, { nullable: true })
  clientVersion!: string | null;

  @Field({ description: 'The tool or the settings mutation.' })
  action!: string;

  @Field(() => String, { nullable: true })
  object!: string | null;

  @Field(() => [String])
  recordIds!: string[];

  @Field(() => String, { nullable: true })
  argumentsHash!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The arguments as JSON: tool calls only when the workspace keeps them.',
  })
  arguments!: string | null;

  @Field({ description: 'ok, client_error or internal_error.' })
  outcome!: string;

  @Field(() => String, { nullable: true })
  errorClass!: string | null;

  @Field(() => Int, { nullable: true })
  durationMs!: number | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field()
  hash!: string;
}
