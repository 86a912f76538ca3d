export * from './communes.ts';
export * from './diagnosis.ts';
export * from './map-settings.ts';
