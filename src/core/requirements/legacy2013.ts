/**
 * ISO/IEC 27001:2013 Annex A (114 controls, A.5.1.1 … A.18.2.3) → the ISO/IEC 27001:2022
 * control(s) that now cover it. Used only as a hint for registers that still cite 2013 ids.
 *
 * Follows the correspondence table of ISO/IEC 27002:2022 Annex B, with one deliberate addition:
 * A.9.2.1 also names A.5.18, because de-registration is the removal of access rights that 5.18
 * now covers. Secondary mappings found online differ for a few ids (A.9.1.2, A.11.2.5, A.11.2.8,
 * A.14.1.1, A.14.2.4, A.18.1.5); the test that cross-checks them lists each difference.
 */
export const LEGACY_2013_MAP: Readonly<Record<string, readonly string[]>> = deepFreeze({
  // A.5 Information security policies
  'A.5.1.1': ['A.5.1'],
  'A.5.1.2': ['A.5.1'],
  // A.6 Organization of information security
  'A.6.1.1': ['A.5.2'],
  'A.6.1.2': ['A.5.3'],
  'A.6.1.3': ['A.5.5'],
  'A.6.1.4': ['A.5.6'],
  'A.6.1.5': ['A.5.8'],
  'A.6.2.1': ['A.8.1'],
  'A.6.2.2': ['A.6.7'],
  // A.7 Human resource security
  'A.7.1.1': ['A.6.1'],
  'A.7.1.2': ['A.6.2'],
  'A.7.2.1': ['A.5.4'],
  'A.7.2.2': ['A.6.3'],
  'A.7.2.3': ['A.6.4'],
  'A.7.3.1': ['A.6.5'],
  // A.8 Asset management
  'A.8.1.1': ['A.5.9'],
  'A.8.1.2': ['A.5.9'],
  'A.8.1.3': ['A.5.10'],
  'A.8.1.4': ['A.5.11'],
  'A.8.2.1': ['A.5.12'],
  'A.8.2.2': ['A.5.13'],
  'A.8.2.3': ['A.5.10'],
  'A.8.3.1': ['A.7.10'],
  'A.8.3.2': ['A.7.10'],
  'A.8.3.3': ['A.7.10'],
  // A.9 Access control
  'A.9.1.1': ['A.5.15'],
  'A.9.1.2': ['A.5.15'],
  'A.9.2.1': ['A.5.16', 'A.5.18'],
  'A.9.2.2': ['A.5.18'],
  'A.9.2.3': ['A.8.2'],
  'A.9.2.4': ['A.5.17'],
  'A.9.2.5': ['A.5.18'],
  'A.9.2.6': ['A.5.18'],
  'A.9.3.1': ['A.5.17'],
  'A.9.4.1': ['A.8.3'],
  'A.9.4.2': ['A.8.5'],
  'A.9.4.3': ['A.5.17'],
  'A.9.4.4': ['A.8.18'],
  'A.9.4.5': ['A.8.4'],
  // A.10 Cryptography
  'A.10.1.1': ['A.8.24'],
  'A.10.1.2': ['A.8.24'],
  // A.11 Physical and environmental security
  'A.11.1.1': ['A.7.1'],
  'A.11.1.2': ['A.7.2'],
  'A.11.1.3': ['A.7.3'],
  'A.11.1.4': ['A.7.5'],
  'A.11.1.5': ['A.7.6'],
  'A.11.1.6': ['A.7.2'],
  'A.11.2.1': ['A.7.8'],
  'A.11.2.2': ['A.7.11'],
  'A.11.2.3': ['A.7.12'],
  'A.11.2.4': ['A.7.13'],
  'A.11.2.5': ['A.7.10'],
  'A.11.2.6': ['A.7.9'],
  'A.11.2.7': ['A.7.14'],
  'A.11.2.8': ['A.8.1'],
  'A.11.2.9': ['A.7.7'],
  // A.12 Operations security
  'A.12.1.1': ['A.5.37'],
  'A.12.1.2': ['A.8.32'],
  'A.12.1.3': ['A.8.6'],
  'A.12.1.4': ['A.8.31'],
  'A.12.2.1': ['A.8.7'],
  'A.12.3.1': ['A.8.13'],
  'A.12.4.1': ['A.8.15'],
  'A.12.4.2': ['A.8.15'],
  'A.12.4.3': ['A.8.15'],
  'A.12.4.4': ['A.8.17'],
  'A.12.5.1': ['A.8.19'],
  'A.12.6.1': ['A.8.8'],
  'A.12.6.2': ['A.8.19'],
  'A.12.7.1': ['A.8.34'],
  // A.13 Communications security
  'A.13.1.1': ['A.8.20'],
  'A.13.1.2': ['A.8.21'],
  'A.13.1.3': ['A.8.22'],
  'A.13.2.1': ['A.5.14'],
  'A.13.2.2': ['A.5.14'],
  'A.13.2.3': ['A.5.14'],
  'A.13.2.4': ['A.6.6'],
  // A.14 System acquisition, development and maintenance
  'A.14.1.1': ['A.5.8'],
  'A.14.1.2': ['A.8.26'],
  'A.14.1.3': ['A.8.26'],
  'A.14.2.1': ['A.8.25'],
  'A.14.2.2': ['A.8.32'],
  'A.14.2.3': ['A.8.32'],
  'A.14.2.4': ['A.8.32'],
  'A.14.2.5': ['A.8.27'],
  'A.14.2.6': ['A.8.31'],
  'A.14.2.7': ['A.8.30'],
  'A.14.2.8': ['A.8.29'],
  'A.14.2.9': ['A.8.29'],
  'A.14.3.1': ['A.8.33'],
  // A.15 Supplier relationships
  'A.15.1.1': ['A.5.19'],
  'A.15.1.2': ['A.5.20'],
  'A.15.1.3': ['A.5.21'],
  'A.15.2.1': ['A.5.22'],
  'A.15.2.2': ['A.5.22'],
  // A.16 Information security incident management
  'A.16.1.1': ['A.5.24'],
  'A.16.1.2': ['A.6.8'],
  'A.16.1.3': ['A.6.8'],
  'A.16.1.4': ['A.5.25'],
  'A.16.1.5': ['A.5.26'],
  'A.16.1.6': ['A.5.27'],
  'A.16.1.7': ['A.5.28'],
  // A.17 Information security aspects of business continuity management
  'A.17.1.1': ['A.5.29'],
  'A.17.1.2': ['A.5.29'],
  'A.17.1.3': ['A.5.29'],
  'A.17.2.1': ['A.8.14'],
  // A.18 Compliance
  'A.18.1.1': ['A.5.31'],
  'A.18.1.2': ['A.5.32'],
  'A.18.1.3': ['A.5.33'],
  'A.18.1.4': ['A.5.34'],
  'A.18.1.5': ['A.5.31'],
  'A.18.2.1': ['A.5.35'],
  'A.18.2.2': ['A.5.36'],
  'A.18.2.3': ['A.5.36', 'A.8.8'],
});

/** Shared tables are frozen so no caller can change them for everyone else. */
function deepFreeze(map: Record<string, string[]>): Readonly<Record<string, readonly string[]>> {
  for (const targets of Object.values(map)) Object.freeze(targets);
  return Object.freeze(map);
}
