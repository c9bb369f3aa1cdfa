// Public surface of @doudi/shared: pure TypeScript, usable from the server (Node) and the client (Vite).
export * from './labels.js';
export * from './enums.js';
export * from './errors.js';
export * from './regions.js';
export { COUNTY_NAME } from './regions-data.js';
export * from './validators/id-number.js';
export * from './validators/phone.js';
export * from './fields.js';
export * from './task-enums.js';
export * from './responsible-units.js';
export * from './plan-2020.js';
export * from './deadlines.js';
export * from './monitoring.js';
export * from './assistance.js';
export * from './random.js';
export * from './china-time.js';
export * from './figures.js';
export * from './roles.js';
