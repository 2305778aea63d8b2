import { useEffect, useState } from 'react';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export interface ThemeEnvironment {
  /** Windows high-contrast / forced colours are on. */
  forcedColors: boolean;
  /** Office's body background colour (`#rrggbb`), when the host tells us. */
  officeBackground?: string;
}

/** Relative luminance (WCAG) of a `#rgb` / `#rrggbb` colour; undefined for anything else. */
export function luminance(color: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? '');
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** High contrast wins; then a dark Office theme; otherwise the light theme. */
export function chooseTheme(env: ThemeEnvironment): Theme {
  if (env.forcedColors) return teamsHighContrastTheme;
  const l = luminance(env.officeBackground);
  return l !== undefined && l < 0.2 ? webDarkTheme : webLightTheme;
}

const FORCED_COLORS = '(forced-colors: active)';

/** Reads the environment, tolerating hosts and browsers without `matchMedia` or an Office theme. */
export function readThemeEnvironment(): ThemeEnvironment {
  const forcedColors =
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia(FORCED_COLORS).matches
      : false;
  let officeBackground: string | undefined;
  try {
    officeBackground =
      typeof Office === 'undefined' ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    // Office.context throws in some hosts before initialisation: fall back to the light theme.
    officeBackground = undefined;
  }
  return { forcedColors, officeBackground };
}

/** The pane's theme, following changes to forced colours while the pane is open. */
export function usePaneTheme(): Theme {
  const [theme, setTheme] = useState(() => chooseTheme(readThemeEnvironment()));
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(FORCED_COLORS);
    const update = () => setTheme(chooseTheme(readThemeEnvironment()));
    query.addEventListener?.('change', update);
    return () => query.removeEventListener?.('change', update);
  }, []);
  return theme;
}
