export * from './csv.ts';
export * from './school-import.ts';
