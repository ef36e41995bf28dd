import type { IntervalHistogram } from 'node:perf_hooks';
import type { Action } from '../../core/policy';
import type { SessionCache } from '../auth/sessionCache';
import type { ResolvedSession } from '../commands/sessionResolver';
import type { HttpMetrics } from '../metrics/httpMetrics';
import type { ApiDocs } from './apiDocs';

/** A route either names the policy action that guards it or says it is public; the server refuses to start otherwise. */
export type RoutePolicy = Action | 'public';

export interface RouteInfo {
  method: string;
  url: string;
  policy: RoutePolicy;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    auth: ResolvedSession | null;
  }
  interface FastifyInstance {
    /** Every /api route with its policy, for the role × route matrix test and the docs. */
    apiRoutes: RouteInfo[];
    /** The cache of resolved sessions this server instance reads through. */
    sessionCache: SessionCache;
    /** Request counts and latencies for `/metrics`; null when metrics are off. */
    httpMetrics: HttpMetrics | null;
    /** The OpenAPI document of /api/docs, built on first use (http/apiDocs.ts). */
    apiDocs: ApiDocs;
    /** The event loop delay monitor, present when metrics are on. */
    loopDelay?: IntervalHistogram;
  }
}
