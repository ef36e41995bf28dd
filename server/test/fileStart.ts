import { restartTestClock } from './clock';

/**
 * Vitest setup for each server test file. The files share their worker's modules (isolate off in
 * vitest.config.ts: loading the server's modules again for every file cost seconds of CPU each),
 * so what a fresh module would start anew is started here: the test clock reads TEST_START again.
 */
restartTestClock();
