/**
 * One place for how PGlite is opened, so the template, the server and the tests
 * agree. Extensions would be pinned here too: once a database holds an
 * extension's objects it must always be opened with it (stack notes §1).
 */
export const PGLITE_CONF = ['shared_buffers=16MB', 'min_wal_size=32MB', 'max_wal_size=128MB'];
