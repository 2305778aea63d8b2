/** Several registers read as one plan (issue 21): merge, cross-register duplicates, figures. */
export * from './rollup';
export * from './duplicates';
export * from './sourceFromName';
