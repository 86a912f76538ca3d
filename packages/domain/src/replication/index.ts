export * from './definition.ts';
export * from './diff.ts';
export * from './extra-questions.ts';
export * from './field-labels.ts';
export * from './fields.ts';
export * from './semver.ts';
