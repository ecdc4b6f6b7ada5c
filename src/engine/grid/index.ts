export * from './types';
export * from './a1';
export * from './text';
export * from './numbers';
export * from './units';
export * from './sheet';
