import './setup';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { chooseTheme, luminance, readThemeEnvironment } from '../../src/taskpane/theme';

describe('pane theme', () => {
  it('high contrast wins over everything', () => {
    expect(chooseTheme({ forcedColors: true, officeBackground: '#ffffff' })).toBe(teamsHighContrastTheme);
  });

  it('follows a dark Office theme', () => {
    expect(chooseTheme({ forcedColors: false, officeBackground: '#262626' })).toBe(webDarkTheme);
    expect(chooseTheme({ forcedColors: false, officeBackground: '#F3F3F3' })).toBe(webLightTheme);
  });

  it('falls back to the light theme when Office says nothing usable', () => {
    expect(chooseTheme({ forcedColors: false })).toBe(webLightTheme);
    expect(chooseTheme({ forcedColors: false, officeBackground: 'not a colour' })).toBe(webLightTheme);
    expect(luminance('#000')).toBe(0);
  });

  it('reads forced colours from matchMedia and tolerates a missing Office', () => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query === '(forced-colors: active)' })) as never;
    expect(readThemeEnvironment()).toEqual({ forcedColors: true, officeBackground: undefined });
    window.matchMedia = original;
  });
});
