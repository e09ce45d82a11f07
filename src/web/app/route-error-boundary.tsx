import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Component, type ReactNode, useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Locale } from '../../core/i18n/locales.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePageTitle } from './page-title.js';

interface RouteErrorBoundaryProps {
  children: ReactNode;
  /** The page's address: going elsewhere clears the failure, so the header's links keep working. */
  resetKey: string;
}

type RouteErrorBoundaryState = { failed: false } | { failed: true; error: unknown };

/**
 * Catches what a page throws while it renders (or a page's code that failed to download), so one
 * broken page shows a message in the reader's language with a way on, inside the header and footer,
 * instead of blanking the whole app. React logs the error itself.
 *
 * @example
 * <RouteErrorBoundary resetKey={location.pathname}>
 *   <Outlet />
 * </RouteErrorBoundary>
 */
export class RouteErrorBoundary extends Component<RouteErrorBoundaryProps, RouteErrorBoundaryState> {
  override state: RouteErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): RouteErrorBoundaryState {
    return { failed: true, error };
  }

  override componentDidUpdate(previous: RouteErrorBoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.reset();
  }

  private readonly reset = () => this.setState({ failed: false });

  override render() {
    if (!this.state.failed) return this.props.children;
    return <PageFailure error={this.state.error} onRetry={this.reset} />;
  }
}

/**
 * A page's code that failed to download stays failed for the life of the document (React.lazy and
 * the browser's module map both keep the failure), so trying again means loading the page afresh.
 */
function isFailedCodeDownload(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(error.message)
  );
}

/** Loads this address afresh in the language being read (a `?lang=` visit is not remembered otherwise). */
function reloadIn(locale: Locale) {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', locale);
  window.location.replace(url);
}

/** The message in place of a page that failed: try again, go back (when there is a back), or go home. */
export function PageFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { locale, t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('pageError.title'));

  // The control that had focus went away with the page: put the reader at the message instead.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <Stack gap="md" data-testid="page-error">
      <div role="alert">
        <Title order={1} ref={heading} tabIndex={-1} mb="sm">
          {t('pageError.title')}
        </Title>
        <Text>{t('pageError.body')}</Text>
      </div>
      <Group gap="md">
        <Button onClick={() => (isFailedCodeDownload(error) ? reloadIn(locale) : onRetry())}>
          {t('common.retry')}
        </Button>
        {/* "default" is the first page of the visit: going back would leave Silta. */}
        {location.key !== 'default' && (
          <Button variant="default" onClick={() => void navigate(-1)}>
            {t('pageError.back')}
          </Button>
        )}
        <Anchor component={Link} to="/">
          {t('pageError.home')}
        </Anchor>
      </Group>
    </Stack>
  );
}
