import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsUUID } from 'class-validator';

@InputType()
export class UpdateObjectExposureInput {
  @Field(() => ID)
  @IsUUID()
  objectId!: string;

  @Field()
  @IsBoolean()
  canRead!: boolean;

  @Field()
  @IsBoolean()
  canCreate!: boolean;

  @Field()
  @IsBoolean()
  canUpdate!: boolean;

  @Field()
  @IsBoolean()
  canDelete!: boolean;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  hiddenFieldIds!: string[];
}
