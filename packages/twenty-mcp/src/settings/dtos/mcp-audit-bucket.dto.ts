import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('McpAuditBucket')
export class McpAuditBucketDTO {
  @Field({ description: 'Start of the hour or day (UTC).' })
  start!: Date;

  @Field()
  action!: string;

  @Field()
  outcome!: string;

  @Field(() => Int)
  count!: number;
}
