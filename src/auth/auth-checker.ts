import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context';
import { hasRole, type Role } from '../domain/roles';
import { AppError } from '../errors';

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
