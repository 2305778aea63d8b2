import {
  computeReview,
  latestEarlierReview,
  looksLikeReviewSheet,
  planReviewSheet,
  uniqueSheetName,
  type SheetPlan,
} from '../../../src/core';
import { coreTranslator, EN } from '../../../src/core/i18n';
import { AS_OF, makeAction, makeClosedNc, registerOf, serial } from '../builders';

/** The register has its own words for some states and types ("In progress", "Minor NC") and none for others. */
const register = registerOf([
  makeAction({ id: 'A', raisedDate: serial('2026-11-10'), targetDate: serial('2026-11-20') }),
  makeAction({ id: 'B', type: 'OFI', source: 'Management review', raisedDate: serial('2026-06-01') }),
  makeClosedNc({ id: 'C', raisedDate: serial('2026-09-01'), closedDate: serial('2026-09-11') }),
  makeAction({
    id: 'E',
    source: 'Risk assessment',
    raisedDate: serial('2025-01-01'),
    targetDate: serial('2025-06-01'),
  }),
]);

function texts(plan: SheetPlan): string[] {
  return plan.cells.filter((c) => c.kind === 'text').map((c) => String(c.value));
}

async function planIn(lang: string, existing: string[] = ['Register']) {
  const t = await coreTranslator(lang);
  const figures = computeReview(register, { asOf: AS_OF, t });
  return planReviewSheet(figures, { existingSheetNames: existing, registerName: 'Register', t });
}

describe('the management-review sheet in the user’s language', () => {
  it('writes German headings, 9.3.2 item names, labels and chart titles', async () => {
    const plan = await planIn('de-DE');
    const words = texts(plan);
    expect(plan.name).toBe('Managementbewertung 2026-11-26');
    expect(words).toEqual(
      expect.arrayContaining([
        'Managementbewertung — fortlaufende Verbesserung (ISO/IEC 27001:2022 Abschnitt 9.3)',
        'Zeitraum',
        'Stand',
        'Kennzahlen',
        '(a) Status von Maßnahmen aus vorherigen Managementbewertungen',
        '(b) Veränderungen bei externen und internen Themen — auszufüllen',
        '(c) Veränderungen bei den Erfordernissen und Erwartungen interessierter Parteien — auszufüllen',
        '(d1) Nichtkonformitäten und Korrekturmaßnahmen — Status',
        '(d2) Ergebnisse von Überwachungen und Messungen — auszufüllen',
        '(d3) Auditergebnisse',
        '(d4) Erreichung der Informationssicherheitsziele — auszufüllen',
        '(e) Rückmeldungen von interessierten Parteien — auszufüllen',
        '(f) Ergebnisse der Risikobeurteilung und Status des Plans für die Risikobehandlung',
        '(g) Möglichkeiten zur fortlaufenden Verbesserung (offene Verbesserungspotenziale)',
        'Entscheidungen und Maßnahmen (Abschnitt 9.3.3) — in der Sitzung auszufüllen',
        'Maßnahmen im Register',
        'Überfällig',
        'Entscheidung',
        'Freigabe: genehmigt durch (oberste Leitung)',
      ]),
    );
    expect(plan.charts.map((c) => c.title)).toEqual([
      'Maßnahmen nach Status',
      'Erfasst und abgeschlossen je Monat',
    ]);
    expect(plan.print?.footer.right).toBe('Seite {page} von {pages}');
    // The data-quality block counts the kinds of finding in German too.
    expect(words.some((w) => /^Warnungen \(\d+\): .*Überfällig \d/.test(w))).toBe(true);
    // No English heading is left.
    expect(words).not.toContain('Key figures');
    expect(
      words.filter((w) => /^\([a-g]\d?\) /.test(w) && /[—]/.test(w) && / to be completed$/.test(w)),
    ).toEqual([]);
  });

  it('keeps the register’s own words and uses ours, translated, only where it has none', async () => {
    const de = await coreTranslator('de');
    const figures = computeReview(register, { asOf: AS_OF, t: de });
    expect(figures.words.status['in-progress']).toBe('In progress'); // the register's word
    expect(figures.words.status['on-hold']).toBe('Zurückgestellt'); // ours, in German
    expect(figures.words.type['minor-nc']).toBe('Minor NC');
    expect(figures.words.type['major-nc']).toBe('Hauptabweichung');
    expect(figures.words.source['supplier']).toBe('Lieferant');
  });

  it('writes French with the standard’s terms, dates and numbers as values', async () => {
    const plan = await planIn('fr_FR.UTF-8');
    const words = texts(plan);
    expect(plan.name).toBe('Revue de direction 2026-11-26');
    expect(words).toEqual(
      expect.arrayContaining([
        '(a) Avancement des actions décidées lors des revues de direction précédentes',
        '(d1) Non-conformités et actions correctives — état',
        '(g) Opportunités d’amélioration continue (pistes de progrès ouvertes)',
        'Chiffres clés',
      ]),
    );
    // Period and as-of stay date cells with Excel's date format, not text.
    const asOf = plan.cells.find((c) => c.row === 2 && c.col === 8)!;
    expect(asOf.kind).toBe('date');
    expect(typeof asOf.value).toBe('number');
    const figures = plan.cells.filter((c) => c.kind === 'number');
    expect(figures.length).toBeGreaterThan(5);
  });

  it('leaves English exactly as it was', async () => {
    const figures = computeReview(register, { asOf: AS_OF });
    const plain = planReviewSheet(figures, { existingSheetNames: [], registerName: 'Register' });
    const en = planReviewSheet(computeReview(register, { asOf: AS_OF, t: EN }), {
      existingSheetNames: [],
      registerName: 'Register',
      t: EN,
    });
    expect(en).toEqual(plain);
    expect(plain.name).toBe('Management Review 2026-11-26');
    expect(texts(plain)).toContain('(a) Status of actions from previous management reviews');
  });

  it('finds its earlier sheets in any language, and a second one the same day keeps the date', async () => {
    for (const name of [
      'Management Review 2026-05-26',
      'Managementbewertung 2026-05-26',
      'Revue de direction 2026-05-26',
      'Revisión dirección 2026-05-26',
      'Riesame direzione 2026-05-26',
      'Directiebeoordeling 2026-05-26',
      'Revisão pela gestão 2026-05-26',
    ])
      expect([name, looksLikeReviewSheet(name)]).toEqual([name, true]);
    expect(uniqueSheetName('Managementbewertung 2026-11-26', ['Managementbewertung 2026-11-26'])).toBe(
      'Managementbewertun 2026-11-26-2',
    );
    // A German sheet written today is followed up by the next review, in any language.
    const first = await planIn('de');
    const grid = { values: [] as (string | number)[][] };
    for (const c of first.cells) {
      while (grid.values.length < c.row) grid.values.push([]);
      const row = grid.values[c.row - 1];
      while (row.length < c.col) row.push('');
      row[c.col - 1] = c.value;
    }
    const earlier = latestEarlierReview([{ name: first.name, grid }], AS_OF + 90);
    expect(earlier?.asOf).toBe('2026-11-26');
  });
});
