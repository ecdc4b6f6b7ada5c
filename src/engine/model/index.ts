/** The engine's shared vocabulary for every surface: severity, marks, the names of checks. */
export * from './severity';
export * from './marks';
export * from './checks';
