import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ApiTokenUsageDay', { simpleResolvers: true, description: 'An API token\'s requests on one China calendar day' })
export class ApiTokenUsageDay {
  @Field(() => String, { description: 'YYYY-MM-DD (China time)' }) day!: string;
  @Field(() => Int, { description: 'every request, refused ones included' }) requests!: number;
  @Field(() => Int, { description: 'requests answered with an error (HTTP 4xx/5xx, or GraphQL errors), refused ones included' }) errors!: number;
  @Field(() => Int, { description: 'requests refused by the rate limit or the daily quota (HTTP 429)' }) limited!: number;
}
