import { loadConfig } from './config';
import { serve } from './serve';

// `npm run dev` entry, run by tsx watch
await serve(loadConfig());
