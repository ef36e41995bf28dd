-- Login throttling state (core/auth/loginThrottle.ts), one row per key: an account from one source,
-- an account from everywhere, a source over all accounts. Keys are SHA-256 hashes of the name as
-- typed and the address, so the table neither tells which names exist nor keeps addresses in clear.
-- Used through raw SQL only (server/repositories/loginThrottleRepo.ts), not in schema.ts.
CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"blocked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
