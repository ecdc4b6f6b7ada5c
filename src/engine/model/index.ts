/** The engine's shared vocabulary for every surface: severity, marks, the names of checks and of table kinds, problems. */
export * from './severity';
export * from './marks';
export * from './checks';
export * from './problems';
export * from './table-kinds';
