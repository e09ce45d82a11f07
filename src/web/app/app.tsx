import { MantineProvider } from '@mantine/core';
import { lazy, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionProvider, useSession } from '../features/accounts/session.js';
import { SignInPage } from '../features/accounts/sign-in-page.js';
import { HomePage } from '../features/partnership/home-page.js';
import { PartnershipProvider, usePartnership } from '../features/partnership/partnership-context.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import { NotFoundPage } from './not-found-page.js';
import { Shell } from './shell.js';
import { cssVariablesResolver, theme } from './theme.js';

// Pages most visitors never open load on demand.
const SignUpPage = lazy(() => import('../features/accounts/sign-up-page.js'));
const ProfilePage = lazy(() => import('../features/accounts/profile-page.js'));
const VerifyEmailPage = lazy(() => import('../features/accounts/verify-email-page.js'));
const ResetPasswordPage = lazy(() => import('../features/accounts/reset-password-page.js'));
const StaffPage = lazy(() => import('../features/staff/staff-page.js'));
const SessionsPage = lazy(() => import('../features/sessions/sessions-page.js'));
const SessionPage = lazy(() => import('../features/sessions/session-page.js'));
const SessionFormPage = lazy(() => import('../features/sessions/session-form-page.js'));
const MySessionsPage = lazy(() => import('../features/sessions/my-sessions-page.js'));
const PollPage = lazy(() => import('../features/polls/poll-page.js'));
const AccessibilityPage = lazy(() => import('../features/accessibility/accessibility-page.js'));
const LibraryPage = lazy(() => import('../features/practices/library-page.js'));
const PracticePage = lazy(() => import('../features/practices/practice-page.js'));
const PracticeEditorPage = lazy(() => import('../features/practices/practice-editor-page.js'));
const TranslationPage = lazy(() => import('../features/practices/translation-page.js'));
const TranslationQueuePage = lazy(() => import('../features/practices/translation-queue-page.js'));
const ModerationPage = lazy(() => import('../features/practices/moderation-page.js'));
const EsportsPage = lazy(() => import('../features/esports/esports-page.js'));
const ClubPage = lazy(() => import('../features/esports/club-page.js'));
const TournamentsPage = lazy(() => import('../features/esports/tournaments-page.js'));
const TournamentPage = lazy(() => import('../features/esports/tournament-page.js'));
const TournamentFormPage = lazy(() => import('../features/esports/tournament-form-page.js'));
const GamesPage = lazy(() => import('../features/esports/games-page.js'));
const YouthPage = lazy(() => import('../features/youth/youth-page.js'));
const YouthProfilePage = lazy(() => import('../features/youth/youth-profile-page.js'));
const CirclePage = lazy(() => import('../features/youth/circle-page.js'));
const MatchingPage = lazy(() => import('../features/youth/matching-page.js'));
const KitsPage = lazy(() => import('../features/youth/kits-page.js'));
const YouthModerationPage = lazy(() => import('../features/youth/moderation-page.js'));
const ConsentVerificationPage = lazy(() => import('../features/youth/consents-page.js'));
const GuardianConsentPage = lazy(() => import('../features/youth/guardian-consent-page.js'));
const GuardianPage = lazy(() => import('../features/youth/guardian-page.js'));

/**
 * Holds the first paint until the session and the cities have arrived (they load in parallel with the
 * language's messages), so the header is drawn once at its final height instead of growing as they come.
 */
function FirstPaintGate({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const { cities, failed } = usePartnership();
  if (me === undefined || (cities === undefined && !failed)) return null;
  return children;
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <SessionProvider>
        <PartnershipProvider>
          <I18nProvider>
            <FirstPaintGate>
              <BrowserRouter>
                <Routes>
                  <Route element={<Shell />}>
                    <Route index element={<HomePage />} />
                    <Route path="sign-in" element={<SignInPage />} />
                    <Route path="sign-up" element={<SignUpPage />} />
                    <Route path="profile" element={<ProfilePage />} />
                    <Route path="verify-email" element={<VerifyEmailPage />} />
                    <Route path="reset-password" element={<ResetPasswordPage />} />
                    <Route path="staff" element={<StaffPage />} />
                    <Route path="sessions" element={<SessionsPage />} />
                    <Route path="sessions/new" element={<SessionFormPage />} />
                    <Route path="sessions/mine" element={<MySessionsPage />} />
                    <Route path="sessions/:id" element={<SessionPage />} />
                    <Route path="sessions/:id/edit" element={<SessionFormPage />} />
                    <Route path="polls/:id" element={<PollPage />} />
                    <Route path="practices" element={<LibraryPage />} />
                    <Route path="practices/new" element={<PracticeEditorPage />} />
                    <Route path="practices/translations" element={<TranslationQueuePage />} />
                    <Route path="practices/moderation" element={<ModerationPage />} />
                    <Route path="practices/:id" element={<PracticePage />} />
                    <Route path="practices/:id/edit" element={<PracticeEditorPage />} />
                    <Route path="practices/:id/translate/:lang" element={<TranslationPage />} />
                    <Route path="youth" element={<YouthPage />} />
                    <Route path="youth/profile" element={<YouthProfilePage />} />
                    <Route path="youth/circles/:id" element={<CirclePage />} />
                    <Route path="youth/matching" element={<MatchingPage />} />
                    <Route path="youth/kits" element={<KitsPage />} />
                    <Route path="youth/moderation" element={<YouthModerationPage />} />
                    <Route path="youth/consents" element={<ConsentVerificationPage />} />
                    <Route path="guardian/consent" element={<GuardianConsentPage />} />
                    <Route path="guardian" element={<GuardianPage />} />
                    <Route path="esports" element={<EsportsPage />} />
                    <Route path="esports/clubs/:id" element={<ClubPage />} />
                    <Route path="esports/tournaments" element={<TournamentsPage />} />
                    <Route path="esports/tournaments/new" element={<TournamentFormPage />} />
                    <Route path="esports/tournaments/:id" element={<TournamentPage />} />
                    <Route path="esports/games" element={<GamesPage />} />
                    <Route path="accessibility" element={<AccessibilityPage />} />
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Routes>
              </BrowserRouter>
            </FirstPaintGate>
          </I18nProvider>
        </PartnershipProvider>
      </SessionProvider>
    </MantineProvider>
  );
}
