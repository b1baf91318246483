import { Field, Int, ObjectType } from '@nestjs/graphql';

import { McpToolModeEnum } from '../enums/mcp-tool-mode.enum';
import { McpTwentyEventsDeliveryEnum } from '../enums/mcp-twenty-events-delivery.enum';
import { McpCallLimitsDTO } from './mcp-call-limits.dto';
import { McpClientConfigDTO } from './mcp-client-config.dto';
import { McpErasureFieldChoiceDTO } from './mcp-erasure-field-choice.dto';

@ObjectType('McpSettings')
export class McpSettingsDTO {
  // The instance switch (MCP_ENABLED); off, no workspace serves MCP.
  @Field()
  instanceEnabled!: boolean;

  @Field()
  isEnabled!: boolean;

  @Field({
    description: 'Custom objects without their own exposure are exposed.',
  })
  exposeNewObjects!: boolean;

  // docs/audit-trail.md
  @Field({
    description:
      'The audit trail keeps tool-call arguments, not only their hash.',
  })
  auditRecordArguments!: boolean;

  @Field(() => Int, {
    description:
      'Audit events older than this many days are pruned; 0 keeps them forever.',
  })
  auditRetentionDays!: number;

  // docs/guardrails.md, "Erasure"
  @Field(() => [String], {
    nullable: true,
    description:
      'Fields of other records ("objectName.fieldName") in which erasing a person clears their email addresses and phone numbers; null: the default, every Emails and Phones field (isDefault among the choices).',
  })
  erasureContactFields!: string[] | null;

  @Field(() => [McpErasureFieldChoiceDTO], {
    description:
      'The fields erasureContactFields may name: every Emails, Phones and Text field of objects other than person.',
  })
  erasureContactFieldChoices!: McpErasureFieldChoiceDTO[];

  @Field()
  endpointUrl!: string;

  @Field(() => McpToolModeEnum)
  toolMode!: McpToolModeEnum;

  // docs/twenty-events.md
  @Field(() => McpTwentyEventsDeliveryEnum)
  twentyEventsDelivery!: McpTwentyEventsDeliveryEnum;

  @Field(() => McpCallLimitsDTO, {
    description: "This workspace's hourly tool-call limits.",
  })
  callLimits!: McpCallLimitsDTO;

  @Field(() => McpCallLimitsDTO, {
    description:
      "The instance's defaults, which a limit set to null goes back to.",
  })
  defaultCallLimits!: McpCallLimitsDTO;

  @Field(() => [McpClientConfigDTO], {
    description: 'Configurations of common MCP clients for this endpoint.',
  })
  clientConfigs!: McpClientConfigDTO[];
}
