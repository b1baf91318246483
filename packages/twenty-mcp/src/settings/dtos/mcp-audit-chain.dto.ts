import { Field, Int, ObjectType } from '@nestjs/graphql';

// docs/audit-trail.md
@ObjectType('McpAuditChain', {
  description: 'The workspace’s audit chain, verified row by row.',
})
export class McpAuditChainDTO {
  @Field()
  valid!: boolean;

  @Field(() => Int)
  checkedRows!: number;

  @Field(() => Int, {
    description: 'Rows up to this sequence were pruned by retention (0: none).',
  })
  prunedThroughSequence!: number;

  @Field(() => Int, { nullable: true })
  firstSequence!: number | null;

  @Field(() => Int, { nullable: true })
  lastSequence!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The newest row’s hash: kept elsewhere, it shows rows later removed from the end.',
  })
  headHash!: string | null;

  @Field(() => Int, { nullable: true })
  firstBadSequence!: number | null;

  @Field(() => String, { nullable: true })
  problem!: string | null;
}
