// The first script of index.html, ahead of main.tsx: it starts the first page's requests while the
// application's code is still downloading (firstLoad.ts). Keep its imports small.
import { startFirstRequests } from './firstLoad';
import { queryClient } from './queryClient';

startFirstRequests(queryClient, window.location);
