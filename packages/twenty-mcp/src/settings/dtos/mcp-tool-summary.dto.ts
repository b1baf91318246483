import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('McpToolSummary')
export class McpToolSummaryDTO {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field()
  description!: string;
}
