import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Relay page information' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'true when the page was asked for with `after` or a positive `offset`' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A field-level problem with one row of a request' })
export class FieldErrorType {
  @Field(() => String, { description: 'the input field, as named in the schema (e.g. `headIdNumber`)' })
  field!: string;

  @Field(() => String, { description: 'a stable code: INVALID_ID_NUMBER, INVALID_PHONE, REQUIRED, OUT_OF_RANGE, …' })
  code!: string;

  @Field(() => String, { description: 'zh-CN message naming the field' })
  message!: string;
}
