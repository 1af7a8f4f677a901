import type { AuthChecker } from 'type-graphql';
import type { Context, Role } from '../context';
import { AppError } from '../errors';

/** What each role may do; a role includes the ones before it. */
export const ROLE_ORDER: readonly Role[] = ['reader', 'editor', 'admin'];

export const hasRole = (have: Role | null, need: Role): boolean =>
  have !== null && ROLE_ORDER.indexOf(have) >= ROLE_ORDER.indexOf(need);

/**
 * type-graphql's `@Authorized('editor')` check. Anonymous callers get UNAUTHENTICATED,
 * callers whose key lacks the role get FORBIDDEN (both with a message that says what to do).
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const need = roles.length ? roles : (['reader'] as Role[]);
  const { viewer } = context;
  if (viewer.role === null) {
    throw new AppError('UNAUTHENTICATED', 'This operation needs an API key: send "Authorization: Bearer <key>".');
  }
  if (!need.some((r) => hasRole(viewer.role, r))) {
    throw new AppError('FORBIDDEN', `This operation needs the ${need.join(' or ')} role; the key "${viewer.name}" has ${viewer.role}.`);
  }
  return true;
};
