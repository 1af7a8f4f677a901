import type { Role } from '../domain/roles';

/** Who is asking: an API key's name and role, or anonymous. */
export interface Viewer {
  name: string;
  role: Role | null;
}

export const ANONYMOUS: Viewer = { name: 'anonymous', role: null };
