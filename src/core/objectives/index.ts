/** Information-security objectives (clause 6.2) read, checked and reviewed (9.3.2 d 4). */
export * from './parse';
export * from './periods';
export * from './status';
export * from './review';
