# 法治政府建设工作平台 — production image.
# Build: docker build -t fazhi .
# Run:   docker run -p 3000:3000 -v fazhi-data:/data fazhi          (embedded PGlite in /data)
#        docker run -p 3000:3000 -e DATABASE_URL=postgres://… fazhi (a PostgreSQL server)
# Only production dependencies are installed (vite builds the web UI, so it is one of them);
# the process runs as the unprivileged user `fazhi`.
FROM node:20-bookworm-slim

ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    FAZHI_DATA_DIR=/data \
    FAZHI_CACHE_DIR=/app/.cache

WORKDIR /app
COPY package.json package-lock.json ./
COPY bin ./bin
COPY scripts ./scripts
COPY server ./server
COPY core ./core
COPY app ./app
COPY vite.config.ts tsconfig.json ./
# postinstall prepares the PGlite template; the build bundles the server and the web UI
RUN npm install --omit=dev --no-audit --no-fund \
 && npm run build \
 && npm cache clean --force \
 && groupadd --system fazhi && useradd --system --gid fazhi --home /app fazhi \
 && mkdir -p /data /app/.cache && chown -R fazhi:fazhi /data /app/.cache

USER fazhi
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# the bundle is fresh, so bin/fazhi.mjs runs dist/server/cli.mjs without tsx
CMD ["node", "--max-semi-space-size=1", "--liftoff-only", "bin/fazhi.mjs", "serve"]
