export type * from './article.ts';
export * from './fact.ts';
export type * from './reference.ts';
export * from './register.ts';
export type * from './review.ts';
