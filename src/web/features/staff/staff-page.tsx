import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { browserTimeZone, formatDateTime, formatList } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Translate } from '../../i18n/messages.js';
import { isStaff, type Me, type RoleGrant, type RoleName } from '../accounts/accounts-api.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { CityChangesPanel } from './city-changes-panel.js';
import { type AuditRecord, staffApi, type UserSummary } from './staff-api.js';

const roleNames: readonly RoleName[] = ['admin', 'coordinator', 'facilitator', 'member'];

/** The cities an actor manages: every city for an admin, else where they coordinate. */
function managedCityIds(me: Me, allCityIds: string[]): string[] {
  if (me.roles.some((grant) => grant.role === 'admin')) return allCityIds;
  return me.roles.flatMap((grant) =>
    grant.role === 'coordinator' && grant.cityId !== null ? [grant.cityId] : [],
  );
}

/** Coordinators and admins: the people of their cities, facilitator roles, and the audit log. */
export default function StaffPage() {
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle(t('staff.title'));
  if (me === undefined) return null;
  if (!me || !isStaff(me)) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('staff.title')}</Title>
        <Alert color="blue">{t('staff.noAccess')}</Alert>
      </Stack>
    );
  }
  return <StaffDesk me={me} />;
}

function StaffDesk({ me }: { me: Me }) {
  const { locale, t } = useI18n();
  const { cities, cityById } = usePartnership();
  const [users, setUsers] = useState<UserSummary[]>();
  const [audit, setAudit] = useState<AuditRecord[]>();
  const [loadError, setLoadError] = useState<string>();
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [busyUser, setBusyUser] = useState<string>();

  const load = useCallback(async () => {
    try {
      const [loadedUsers, loadedAudit] = await Promise.all([staffApi.users(), staffApi.audit()]);
      setUsers(loadedUsers);
      setAudit(loadedAudit);
      setLoadError(undefined);
    } catch (error) {
      setLoadError(errorMessage(error, t('common.loadFailed')));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  const managed = managedCityIds(
    me,
    (cities ?? []).map((c) => c.id),
  );
  const cityName = (id: string | null) =>
    id === null ? t('staff.everyCity') : (cityById(id)?.name[locale] ?? id);
  const isAdmin = me.roles.some((grant) => grant.role === 'admin');

  async function change(user: UserSummary, action: 'grant' | 'revoke') {
    setBusyUser(user.id);
    setNotice(undefined);
    try {
      if (action === 'grant') await staffApi.grant(user.id, 'facilitator', user.cityId);
      else await staffApi.revoke(user.id, 'facilitator', user.cityId);
      const values = { name: user.displayName, city: cityName(user.cityId) };
      setNotice({ ok: true, text: t(action === 'grant' ? 'staff.granted' : 'staff.revoked', values) });
      await load();
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusyUser(undefined);
    }
  }

  if (loadError) {
    const again = () => {
      setLoadError(undefined);
      void load();
    };
    return <LoadFailure message={loadError} onRetry={again} />;
  }
  if (users === undefined || audit === undefined)
    return <Loader role="status" aria-label={t('common.loading')} />;

  const names = new Map(users.map((user) => [user.id, user.displayName]));
  return (
    <Stack gap="xl">
      <Title order={1}>{t('staff.title')}</Title>
      <section aria-labelledby="users-heading">
        <Title order={2} id="users-heading" mb="xs">
          {t('staff.usersHeading')}
        </Title>
        <Text mb="md">
          {t('staff.usersIntro', {
            cities: isAdmin ? t('staff.allCities') : formatList(managed.map(cityName), locale),
          })}
        </Text>
        <div aria-live="polite">
          {notice && (
            <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'} mb="md">
              {notice.text}
            </Alert>
          )}
        </div>
        {users.length === 0 ? (
          <Text>{t('staff.noUsers')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('staff.name')}</Table.Th>
                  <Table.Th scope="col">{t('staff.email')}</Table.Th>
                  <Table.Th scope="col">{t('staff.city')}</Table.Th>
                  <Table.Th scope="col">{t('staff.status')}</Table.Th>
                  <Table.Th scope="col">{t('staff.roles')}</Table.Th>
                  <Table.Th scope="col">{t('staff.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.map((user) => {
                  const isFacilitator = user.roles.some(
                    (grant) => grant.role === 'facilitator' && grant.cityId === user.cityId,
                  );
                  const mayChange = managed.includes(user.cityId) && user.status === 'active';
                  return (
                    <Table.Tr key={user.id} data-testid={`user-${user.email}`}>
                      <Table.Th scope="row" fw={500}>
                        {user.displayName}
                      </Table.Th>
                      <Table.Td>{user.email}</Table.Td>
                      <Table.Td>{cityName(user.cityId)}</Table.Td>
                      <Table.Td>
                        {user.status === 'active' ? t('staff.statusActive') : t('staff.statusAwaiting')}
                      </Table.Td>
                      <Table.Td>{rolesText(user.roles, t, cityName)}</Table.Td>
                      <Table.Td>
                        {mayChange && (
                          <Button
                            size="compact-sm"
                            variant={isFacilitator ? 'default' : 'filled'}
                            loading={busyUser === user.id}
                            onClick={() => void change(user, isFacilitator ? 'revoke' : 'grant')}
                          >
                            {t(isFacilitator ? 'staff.revokeFacilitator' : 'staff.grantFacilitator')}
                            <VisuallyHidden> ({user.displayName})</VisuallyHidden>
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>

      <CityChangesPanel roles={me.roles} />

      <section aria-labelledby="audit-heading">
        <Title order={2} id="audit-heading" mb="xs">
          {t('staff.auditHeading')}
        </Title>
        <Text mb="md">{t('staff.auditIntro')}</Text>
        {audit.length === 0 ? (
          <Text>{t('staff.auditEmpty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="xs" data-testid="audit-log">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('staff.auditWhen')}</Table.Th>
                  <Table.Th scope="col">{t('staff.auditWho')}</Table.Th>
                  <Table.Th scope="col">{t('staff.auditWhat')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audit.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>
                      <time dateTime={entry.createdAt}>
                        {formatDateTime(new Date(entry.createdAt), locale, me.timeZone || browserTimeZone())}
                      </time>
                    </Table.Td>
                    <Table.Td>
                      {entry.actorId === null
                        ? t('staff.systemActor')
                        : (names.get(entry.actorId) ?? entry.actorId)}
                    </Table.Td>
                    <Table.Td>{auditText(entry, t, names, cityName)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
    </Stack>
  );
}

function roleLabel(role: unknown, t: Translate): string {
  return roleNames.includes(role as RoleName) ? t(`role.${role as RoleName}`) : String(role);
}

function rolesText(grants: RoleGrant[], t: Translate, cityName: (id: string | null) => string) {
  if (grants.length === 0) return t('staff.noRoles');
  return (
    <Group gap={4}>
      {grants.map((grant) => (
        <Badge key={`${grant.role}-${grant.cityId}`} variant="light" color="blue" c="blue.9" tt="none">
          {t('role.inCity', { role: roleLabel(grant.role, t), city: cityName(grant.cityId) })}
        </Badge>
      ))}
    </Group>
  );
}

function auditText(
  entry: AuditRecord,
  t: Translate,
  names: Map<string, string>,
  cityName: (id: string | null) => string,
): string {
  const subject = names.get(entry.subjectId) ?? entry.subjectId;
  const role = roleLabel(entry.detail.role, t);
  const city = cityName(typeof entry.detail.cityId === 'string' ? entry.detail.cityId : entry.cityId);
  if (entry.action === 'role.grant') return t('staff.auditGrant', { subject, role, city });
  if (entry.action === 'role.revoke') return t('staff.auditRevoke', { subject, role, city });
  return t('staff.auditOther', { action: entry.action, subject });
}
