export * from './contract.js';
export * from './queue-prefix.js';
