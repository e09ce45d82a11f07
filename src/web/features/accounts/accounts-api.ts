import type { Locale } from '../../../core/i18n/locales.js';
import { api } from '../../app/api-client.js';

export type RoleName = 'admin' | 'coordinator' | 'facilitator' | 'member';

export interface RoleGrant {
  role: RoleName;
  cityId: string | null;
}

/** The signed-in person, as GET /api/me answers. */
export interface Me {
  id: string;
  email: string;
  emailVerified: boolean;
  displayName: string;
  cityId: string;
  locale: Locale;
  timeZone: string;
  roles: RoleGrant[];
  status: 'active' | 'awaiting_guardian_consent';
}

export interface Registration {
  birthDate: string;
  email: string;
  password: string;
  displayName: string;
  cityId: string;
  locale: Locale;
  timeZone: string;
}

export type ProfileChanges = Partial<Pick<Me, 'displayName' | 'locale' | 'timeZone'>>;

/** A move to another city, as /api/me/city-change and /api/city-changes answer. */
export interface CityChangeRequest {
  id: string;
  userId: string;
  displayName: string;
  fromCityId: string;
  toCityId: string;
  reason: string | null;
  status: 'pending' | 'approved' | 'refused' | 'withdrawn';
  requestedAt: string;
  fromApprovedAt: string | null;
  toApprovedAt: string | null;
}

/** The shortest password the server accepts; the form says so before sending. */
export const minimumPasswordLength = 10;

export const accountsApi = {
  me: () => api<Me>('GET', '/api/me'),
  /** Who is signed in, or null: unlike GET /api/me, signed out is a 200, so no page logs an error. */
  session: () => api<{ me: Me | null }>('GET', '/api/session'),
  register: (registration: Registration) => api<Me>('POST', '/api/auth/register', registration),
  signIn: (email: string, password: string) => api<Me>('POST', '/api/auth/login', { email, password }),
  signOut: () => api<void>('POST', '/api/auth/logout', {}),
  update: (changes: ProfileChanges) => api<Me>('PATCH', '/api/me', changes),
  myCityChange: () => api<{ request: CityChangeRequest | null }>('GET', '/api/me/city-change'),
  requestCityChange: (cityId: string, reason: string) =>
    api<CityChangeRequest>('POST', '/api/me/city-change', { cityId, ...(reason ? { reason } : {}) }),
  cityChanges: () => api<{ requests: CityChangeRequest[] }>('GET', '/api/city-changes'),
  approveCityChange: (id: string) => api<CityChangeRequest>('POST', `/api/city-changes/${id}/approve`, {}),
  refuseCityChange: (id: string) => api<CityChangeRequest>('POST', `/api/city-changes/${id}/refuse`, {}),
  verifyEmail: (token: string) => api<void>('POST', '/api/auth/verify-email', { token }),
  resendVerification: () => api<void>('POST', '/api/auth/resend-verification', {}),
  requestPasswordReset: (email: string) => api<void>('POST', '/api/auth/password-reset', { email }),
  confirmPasswordReset: (token: string, password: string) =>
    api<void>('POST', '/api/auth/password-reset/confirm', { token, password }),
};

/** Whether someone may open the staff page. */
export function isStaff(me: Me | null | undefined): boolean {
  return me?.roles.some((grant) => grant.role === 'admin' || grant.role === 'coordinator') ?? false;
}
