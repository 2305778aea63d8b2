/**
 * English messages shared by the command line, the findings and the management-review sheet:
 * the source every other language translates. ICU MessageFormat; keys are `area.what`.
 * Add a key here first; TypeScript then requires it in every language.
 */
export const core = {
  'language.name': 'English',
} as const;

export type CoreKey = keyof typeof core;
export type CoreMessages = Readonly<Record<CoreKey, string>>;
