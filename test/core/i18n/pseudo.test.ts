import { EN_PANE, createTranslator, placeholders, type PaneKey } from '../../../src/core/i18n';
import { pseudoMessage, pseudoMessages } from '../../../src/core/i18n/pseudo';

describe('pseudo-locale', () => {
  it('accents the words and makes them about 40 % longer, in brackets', () => {
    const out = pseudoMessage('Check register');
    expect(out).toMatch(/^\[Çĥéçķ ŕéĝîšţéŕ .+\]$/);
    expect(out.length - 2).toBeGreaterThanOrEqual(Math.floor('Check register'.length * 1.35));
  });

  it('keeps arguments, plural syntax, # and ICU quoting exactly', () => {
    expect(pseudoMessage('{count, plural, one {# day} other {# days}} late')).toMatch(
      /^\[\{count, plural, one \{# ðáý[^}]*\} other \{# ðáýš[^}]*\}\} ļáţé.*\]$/,
    );
    expect(pseudoMessage('Move {name} to {state}')).toMatch(/^\[Ṁöṽé \{name\} ţö \{state\}.*\]$/);
    expect(pseudoMessage("It''s '{literal}'")).toMatch(/^\[Îţ''š '\{literal\}'.*\]$/);
    expect(pseudoMessage('{count, number} × {description}')).toMatch(
      /^\[\{count, number\} × \{description\}\]$/,
    );
  });

  it('turns every pane message into one with the same arguments that formats', () => {
    const pseudo = pseudoMessages(EN_PANE);
    const t = createTranslator<PaneKey>('en', pseudo, EN_PANE);
    for (const key of Object.keys(EN_PANE) as PaneKey[]) {
      expect({ key, args: placeholders(pseudo[key]) }).toEqual({ key, args: placeholders(EN_PANE[key]) });
      const values = Object.fromEntries(placeholders(EN_PANE[key]).map((name) => [name, 2]));
      expect(t.t(key, values)).not.toBe(key);
    }
    expect(t.t('home.seeAll', { count: 1234 })).toMatch(/^\[Šéé áļļ 1,234 ƒîñðîñĝš/);
  });
});
