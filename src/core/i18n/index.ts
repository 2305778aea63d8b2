export * from './languages';
export * from './format';
export * from './catalog';
