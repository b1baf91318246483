import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';

import { McpScopeEnum } from '../enums/mcp-scope.enum';

@InputType()
export class IssueMcpTokenInput {
  @Field()
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name!: string;

  @Field(() => ID)
  @IsUUID()
  roleId!: string;

  @Field(() => [McpScopeEnum])
  @IsArray()
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @IsEnum(McpScopeEnum, { each: true })
  scopes!: McpScopeEnum[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  objectIds?: string[] | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}
