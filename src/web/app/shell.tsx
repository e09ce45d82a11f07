import { Anchor, Container, Group, Loader, Stack, Text } from '@mantine/core';
import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { isStaff } from '../features/accounts/accounts-api.js';
import { useSession } from '../features/accounts/session.js';
import { CityClocks } from '../features/partnership/city-clocks.js';
import { seesYouthExchange } from '../features/youth/youth-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { LanguageSwitcher } from './language-switcher.js';
import { RouteErrorBoundary } from './route-error-boundary.js';

/** Header, navigation and footer around every page, with a skip link and landmarks. */
export function Shell() {
  const { t } = useI18n();
  const { me, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  // After a client-side navigation, move focus to the new page, as a full page load would.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="site-header">
        <Container size="lg" py="sm">
          <Stack gap="xs">
            <Group justify="space-between" align="center" wrap="wrap" gap="sm">
              <Group gap="sm" align="baseline" wrap="wrap">
                <NavLink to="/" className="brand">
                  {t('app.name')}
                </NavLink>
                <Text size="sm" c="gray.8">
                  {t('app.tagline')}
                </Text>
              </Group>
              <LanguageSwitcher />
            </Group>
            <CityClocks />
            <nav aria-label={t('shell.mainNav')}>
              <Group gap="lg" wrap="wrap" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                <li>
                  <NavLink to="/" end className="nav-link">
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/sessions" className="nav-link">
                    {t('nav.sessions')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/practices" className="nav-link">
                    {t('nav.library')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/esports" className="nav-link">
                    {t('nav.esports')}
                  </NavLink>
                </li>
                {seesYouthExchange(me) && (
                  <li>
                    <NavLink to="/youth" className="nav-link">
                      {t('nav.youth')}
                    </NavLink>
                  </li>
                )}
                {isStaff(me) && (
                  <li>
                    <NavLink to="/staff" className="nav-link">
                      {t('nav.staff')}
                    </NavLink>
                  </li>
                )}
                {me ? (
                  <>
                    <li>
                      <NavLink to="/profile" className="nav-link">
                        {t('nav.profile')}
                      </NavLink>
                    </li>
                    <li>
                      <button
                        type="button"
                        className="nav-link nav-button"
                        onClick={() => {
                          void signOut().then(() => navigate('/'));
                        }}
                      >
                        {t('nav.signOut')}
                      </button>
                    </li>
                  </>
                ) : (
                  me === null && (
                    <>
                      <li>
                        <NavLink to="/sign-in" className="nav-link">
                          {t('nav.signIn')}
                        </NavLink>
                      </li>
                      <li>
                        <NavLink to="/sign-up" className="nav-link">
                          {t('nav.signUp')}
                        </NavLink>
                      </li>
                    </>
                  )
                )}
                <li>
                  <NavLink to="/accessibility" className="nav-link">
                    {t('nav.accessibility')}
                  </NavLink>
                </li>
              </Group>
            </nav>
          </Stack>
        </Container>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <Container size="lg" py="xl">
          <RouteErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<Loader role="status" aria-label={t('common.loading')} />}>
              <Outlet />
            </Suspense>
          </RouteErrorBoundary>
        </Container>
      </main>
      <footer className="site-footer">
        <Container size="lg" py="md">
          <nav aria-label={t('shell.footerNav')}>
            <Group gap="lg">
              <Anchor component={NavLink} to="/accessibility">
                {t('a11y.title')}
              </Anchor>
              <Anchor href="/api/docs">{t('shell.apiReference')}</Anchor>
            </Group>
          </nav>
        </Container>
      </footer>
    </>
  );
}
