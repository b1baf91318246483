import { Field, InputType, Int } from '@nestjs/graphql';
import {
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

@InputType()
export class McpAuditEventsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  since?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  until?: Date;

  @Field({ nullable: true, description: 'A tool or settings mutation.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  action?: string;

  @Field({ nullable: true, description: 'A token, API key or user id.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  principalId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['ok', 'client_error', 'internal_error'])
  outcome?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  beforeSequence?: number;

  @Field(() => Int, {
    nullable: true,
    description: '50 by default, 500 at most.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  first?: number;

  @Field({ nullable: true, description: 'hour or day (activity buckets).' })
  @IsOptional()
  @IsIn(['hour', 'day'])
  bucket?: string;
}
