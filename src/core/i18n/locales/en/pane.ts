/**
 * English messages of the task pane (views, buttons, empty states, the prompt): the source
 * every other language translates. ICU MessageFormat; keys are `view.what`.
 * Add a key here first; TypeScript then requires it in every language.
 */
export const pane = {
  'pane.language': 'Language',
} as const;

export type PaneKey = keyof typeof pane;
export type PaneMessages = Readonly<Record<PaneKey, string>>;
