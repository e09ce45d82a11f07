import { api } from '../../app/api-client.js';
import type { RoleGrant, RoleName } from '../accounts/accounts-api.js';

/** A person as staff see them (GET /api/users). */
export interface UserSummary {
  id: string;
  displayName: string;
  email: string;
  cityId: string;
  status: 'active' | 'awaiting_guardian_consent';
  roles: RoleGrant[];
}

/** One audit log entry (GET /api/audit). */
export interface AuditRecord {
  id: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  cityId: string | null;
  detail: Record<string, unknown>;
  createdAt: string;
}

export const staffApi = {
  users: () => api<UserSummary[]>('GET', '/api/users'),
  audit: (limit = 50) => api<AuditRecord[]>('GET', `/api/audit?limit=${limit}`),
  grant: (userId: string, role: RoleName, cityId: string) =>
    api<RoleGrant[]>('POST', `/api/users/${encodeURIComponent(userId)}/roles`, { role, cityId }),
  revoke: (userId: string, role: RoleName, cityId: string) =>
    api<void>(
      'DELETE',
      `/api/users/${encodeURIComponent(userId)}/roles/${role}?cityId=${encodeURIComponent(cityId)}`,
    ),
};
