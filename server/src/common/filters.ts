import { Field, Float, ID, InputType, Int } from 'type-graphql';

// Generic filter inputs: `{ field: { eq, in, contains, startsWith, gte, lte, isNull } }`.

@InputType({ description: 'String comparison; `contains` and `startsWith` are case-insensitive for Latin letters' })
export class StringFilter {
  @Field(() => String, { nullable: true }) eq?: string;
  @Field(() => [String], { nullable: true }) in?: string[];
  @Field(() => String, { nullable: true }) contains?: string;
  @Field(() => String, { nullable: true }) startsWith?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: empty or absent; false: present' }) isNull?: boolean;
}

@InputType({ description: 'Exact match only (personal data: no partial matching)' })
export class ExactStringFilter {
  @Field(() => String, { nullable: true }) eq?: string;
  @Field(() => [String], { nullable: true }) in?: string[];
  @Field(() => Boolean, { nullable: true }) isNull?: boolean;
}

@InputType({ description: 'Region code prefix: 6 digits the county, 9 a township, 12 a village or community' })
export class RegionCodeFilter {
  @Field(() => String, { nullable: true }) eq?: string;
  @Field(() => [String], { nullable: true }) in?: string[];
  @Field(() => String, { nullable: true }) startsWith?: string;
}

@InputType()
export class IdFilter {
  @Field(() => ID, { nullable: true }) eq?: string;
  @Field(() => [ID], { nullable: true }) in?: string[];
}

@InputType()
export class IntFilter {
  @Field(() => Int, { nullable: true }) eq?: number;
  @Field(() => [Int], { nullable: true }) in?: number[];
  @Field(() => Int, { nullable: true }) gte?: number;
  @Field(() => Int, { nullable: true }) lte?: number;
}

@InputType()
export class FloatFilter {
  @Field(() => Float, { nullable: true }) eq?: number;
  @Field(() => [Float], { nullable: true }) in?: number[];
  @Field(() => Float, { nullable: true }) gte?: number;
  @Field(() => Float, { nullable: true }) lte?: number;
}

@InputType({ description: 'A time range, both ends inclusive' })
export class DateTimeFilter {
  @Field(() => Date, { nullable: true }) gte?: Date;
  @Field(() => Date, { nullable: true }) lte?: Date;
}
