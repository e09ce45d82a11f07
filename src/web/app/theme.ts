import { Alert, type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * Shade 8 of blue keeps white button text and blue links above 4.5:1 contrast (WCAG AA); Mantine's
 * default shade 6 does not.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif',
  headings: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif',
  },
  defaultRadius: 'md',
  components: {
    // Alert titles in a light variant's own color (yellow, red) fall below 4.5:1 on its background.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
});

/**
 * Mantine's defaults for dimmed text (gray 6), error text (red 6) and links on tinted alerts fall
 * below 4.5:1; these shades meet WCAG AA on white and on the light alert backgrounds.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
  },
  dark: {},
});
