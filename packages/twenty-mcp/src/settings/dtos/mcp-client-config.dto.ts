import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('McpClientConfig')
export class McpClientConfigDTO {
  @Field(() => ID)
  id!: string;

  @Field()
  client!: string;

  @Field({ description: 'Where the text goes.' })
  where!: string;

  @Field({
    description:
      'What to paste; the token appears as the placeholder "<token>".',
  })
  text!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
