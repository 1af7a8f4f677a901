import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { upperEnumObject } from '../domain/enum';
import { ROLES, type Role } from '../domain/roles';

/** Roles as GraphQL sees them (READER…); the values are the roles of src/domain/roles.ts. */
export const ApiKeyRole = upperEnumObject(ROLES);
export type ApiKeyRole = Role;
registerEnumType(ApiKeyRole, {
  name: 'ApiKeyRole',
  description: 'READER reads; EDITOR also creates and updates facts; ADMIN also deletes, imports and manages keys.',
});

@ObjectType('ApiKeyInfo', { description: 'An API key as admins see it: never the key, nor its hash.' })
export class ApiKeyInfo {
  @Field(() => String, { description: 'What `updatedBy` records for its writes.' }) name!: string;
  @Field(() => ApiKeyRole) role!: ApiKeyRole;
  @Field(() => String, { description: '"stored" (made with createApiKey or the CLI) or "environment" (API_KEYS).' }) origin!: string;
  @Field(() => String, { nullable: true }) createdAt?: string | null;
  @Field(() => String, { nullable: true }) createdBy?: string | null;
}

@ObjectType('ApiKeyCreated', { description: 'A new key. `key` is shown this once: store it now.' })
export class ApiKeyCreated {
  @Field(() => String) name!: string;
  @Field(() => ApiKeyRole) role!: ApiKeyRole;
  @Field(() => String, { description: 'Send as "Authorization: Bearer <key>". Only its hash is kept.' }) key!: string;
  @Field(() => String) createdAt!: string;
}
