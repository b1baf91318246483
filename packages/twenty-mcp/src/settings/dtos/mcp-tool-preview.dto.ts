import { Field, Int, ObjectType } from '@nestjs/graphql';

import { McpToolSummaryDTO } from './mcp-tool-summary.dto';

@ObjectType('McpToolPreview')
export class McpToolPreviewDTO {
  @Field(() => [McpToolSummaryDTO])
  tools!: McpToolSummaryDTO[];

  @Field(() => Int, { description: 'o200k tokens of the tools/list result.' })
  tokenCount!: number;

  @Field({ description: 'The tools/list result as a client receives it.' })
  toolsListJson!: string;
}
