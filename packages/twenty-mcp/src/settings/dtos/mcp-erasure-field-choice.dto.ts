import { Field, ObjectType } from '@nestjs/graphql';

import { McpErasureFieldTypeEnum } from '../enums/mcp-erasure-field-type.enum';

@ObjectType('McpErasureFieldChoice')
export class McpErasureFieldChoiceDTO {
  @Field({
    description: '"objectName.fieldName", as erasureContactFields lists it.',
  })
  key!: string;

  @Field()
  objectName!: string;

  @Field()
  objectLabel!: string;

  @Field()
  fieldName!: string;

  @Field()
  fieldLabel!: string;

  @Field(() => McpErasureFieldTypeEnum)
  fieldType!: McpErasureFieldTypeEnum;

  @Field({
    description:
      'Cleared when erasureContactFields is null: every Emails and Phones field.',
  })
  isDefault!: boolean;
}
