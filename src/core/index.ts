/** The pure engine: what the add-in, the command line and the tests share. */
export * from './grid';
export * from './model';
export * from './text';
export * from './dates';
export * from './result';
export * from './findings';
export * from './register';
export * from './validate';
export * from './rootCause';
export * from './setup';
export { detectHeader, mapHeaderRow, looksLikeRegisterHeader, mappingScore } from './mapping/headers';
export type { HeaderMapping, MappedColumn, FieldOverrides, Confidence } from './mapping/headers';
export {
  besideAnEmptyRegister,
  chooseRegisterSheet,
  findRegisterSheet,
  notARegisterMessage,
} from './mapping/sheets';
export type { NotARegister, RegisterSearch, SheetCandidate, SheetChoice } from './mapping/sheets';
export { mapVocabulary, lookupWord, canonicalValues, ownWords, resolveWord } from './mapping/vocabulary';
export type { VocabularyKind, VocabularyMap, VocabularyNote, CanonicalOf } from './mapping/vocabulary';
export { RULES, headerNotFound } from './rules';
export type { Rule, RuleContext } from './rules';
export * from './workflow/gates';
export * from './workflow/transition';
export * from './workflow/recheck';
export * from './review/figures';
export * from './review/sheetPlan';
export * from './review/reviewSheet';
export * from './review/previous';
export * from './review/quality';
export * from './review/words';
export * from './review/recurrence';
export { estimatePages, paperFor, wrappedLines, fitScale, columnPoints } from './review/layout';
export {
  parseRequirements,
  lookupRequirement,
  CLAUSES,
  ANNEX_A_CONTROLS,
  LEGACY_2013_MAP,
} from './requirements';
export type { ParsedReference, RequirementInfo } from './requirements';
export * from './workflow/reconcile';
export * from './workflow/history';
export * from './followThrough';
