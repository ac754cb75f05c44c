import 'server-only';

// Next's bundles get the data-access layer through this guard: a client component importing it
// fails the build instead of shipping server code.
export * from './process-repositories';
