/** The command line's commands, in the order `--help` lists them. */
export const COMMANDS = ['validate', 'review', 'mapping', 'init', 'due', 'calendar', 'evidence'] as const;
export type Command = (typeof COMMANDS)[number];
