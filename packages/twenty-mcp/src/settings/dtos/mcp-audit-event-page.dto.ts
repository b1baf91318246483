import { Field, Int, ObjectType } from '@nestjs/graphql';

import { McpAuditEventDTO } from './mcp-audit-event.dto';

@ObjectType('McpAuditEventPage')
export class McpAuditEventPageDTO {
  @Field(() => [McpAuditEventDTO], { description: 'Newest first.' })
  events!: McpAuditEventDTO[];

  @Field(() => Int, {
    nullable: true,
    description: 'Pass as beforeSequence for the next page; null: no more.',
  })
  nextBeforeSequence!: number | null;
}
