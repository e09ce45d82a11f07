import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { esportsApi, type Game, type TeamInvitation } from './esports-api.js';
import { gameName, useTournamentAction } from './esports-parts.js';
import './esports.css';

/**
 * The signed-in person's team invitations, to accept or decline. A minor joins a roster only this
 * way: the server turns a captain's or coach's "add" into an invitation. Nothing is shown to someone
 * signed out, waiting for a guardian's consent, or without invitations.
 */
export function TeamInvitations({ games }: { games: readonly Game[] | undefined }) {
  const { t } = useI18n();
  const { me } = useSession();
  const { busy, problem, run } = useTournamentAction();
  const [invitations, setInvitations] = useState<TeamInvitation[]>([]);
  const [notice, setNotice] = useState<string>();
  const active = me?.status === 'active';

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    esportsApi
      .invitations()
      .then((loaded) => {
        if (!cancelled) setInvitations(loaded);
      })
      // The directory works without them; the next visit asks again.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [active]);

  async function answer(invitation: TeamInvitation, accept: boolean) {
    const done = await run(() =>
      accept ? esportsApi.acceptInvitation(invitation.id) : esportsApi.declineInvitation(invitation.id),
    );
    if (!done) return;
    setInvitations((current) => current.filter((item) => item.id !== invitation.id));
    setNotice(
      t(accept ? 'esports.invitations.accepted' : 'esports.invitations.declined', {
        team: invitation.team.name,
      }),
    );
  }

  if (invitations.length === 0 && notice === undefined) return null;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="team-invitations-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="team-invitations-heading">
          {t('esports.invitations.title')}
        </Title>
        {notice && (
          <Alert color="green" role="status">
            {notice}
          </Alert>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {invitations.length > 0 && <Text>{t('esports.invitations.intro')}</Text>}
        <Stack gap="sm" component="ul" className="plain-list" data-testid="team-invitations">
          {invitations.map((invitation) => (
            <li key={invitation.id}>
              <Stack gap={4}>
                <Text fw={700}>
                  {t('esports.invitations.teamLine', {
                    team: invitation.team.name,
                    game: gameName(games, invitation.team.gameId),
                  })}
                </Text>
                <Text size="sm">
                  {t('esports.invitations.asRole', { role: t(`esports.role.${invitation.role}`) })}
                </Text>
                {invitation.invitedBy !== null && (
                  <Text size="sm">{t('esports.invitations.invitedBy', { name: invitation.invitedBy })}</Text>
                )}
                <Group gap="sm">
                  <Button
                    loading={busy}
                    aria-label={t('esports.invitations.acceptLabel', { team: invitation.team.name })}
                    onClick={() => void answer(invitation, true)}
                  >
                    {t('esports.invitations.accept')}
                  </Button>
                  <Button
                    variant="default"
                    loading={busy}
                    aria-label={t('esports.invitations.declineLabel', { team: invitation.team.name })}
                    onClick={() => void answer(invitation, false)}
                  >
                    {t('esports.invitations.decline')}
                  </Button>
                </Group>
              </Stack>
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
