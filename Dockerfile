# syntax=docker/dockerfile:1
# coop-bot: build with the native toolchain, run without it.
#   docker build -t coop-bot .
#   docker run -e TELEGRAM_BOT_TOKEN=… -v coop-bot-data:/data -p 3000:3000 coop-bot

# --- build: installs production dependencies, compiling better-sqlite3 from source
FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY tsconfig.json ./
COPY src ./src
COPY adapters ./adapters
COPY corpus ./corpus

# --- runtime: no compilers, a non-root user, data on a volume
FROM node:20-bookworm-slim
ENV NODE_ENV=production DATA_DIR=/data PORT=3000
WORKDIR /app
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# /healthz is served whenever a chat platform is configured (the terminal chat opens no port).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "adapters/main.ts"]
