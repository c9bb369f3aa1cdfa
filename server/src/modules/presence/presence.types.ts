import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Someone else who has the ledger open (presence): name and township, never a household\'s data' })
export class PresenceUser {
  @Field(() => String, { description: 'the user\'s display name (an API token: its name)' }) displayName!: string;
  @Field(() => String, { nullable: true, description: 'the user\'s township (9 digits); null for county users' }) townshipCode!: string | null;
  @Field(() => String, { description: 'the township\'s name, or the county\'s for county users' }) townshipName!: string;
  @Field(() => ID, { nullable: true, description: 'the id of the row being edited now (inside the region the subscriber opened), or null' }) rowId!: string | null;
  @Field(() => Date, { description: 'when they opened the ledger' }) since!: Date;
  @Field(() => Date, { nullable: true, description: 'when they started editing that row' }) editingSince!: Date | null;
}

@ObjectType({ description: 'Who else has a ledger open (subscription presence): the whole list, sent again whenever it changes' })
export class PresenceList {
  @Field(() => String, { description: 'the ledger key subscribed to' }) ledger!: string;
  @Field(() => [PresenceUser], { description: 'the others (not this subscription), earliest first, at most 100' }) users!: PresenceUser[];
  @Field(() => Int, { description: 'how many others there are (users is cut at 100)' }) total!: number;
}
