import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('McpIndexAdvice')
export class McpIndexAdviceDTO {
  @Field({ description: 'Object name, e.g. opportunity.' })
  objectName!: string;

  @Field()
  objectLabel!: string;

  @Field({
    description:
      'The read in words: order, dimensions, filtered fields (never values).',
  })
  description!: string;

  @Field(() => Float, { description: 'Calls counted since first used.' })
  calls!: number;

  @Field()
  lastUsedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'CREATE INDEX CONCURRENTLY statement for the admin to run; null when no btree index helps.',
  })
  statement!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The existing index that already serves the read.',
  })
  servedBy!: string | null;

  @Field(() => [String])
  notes!: string[];
}
