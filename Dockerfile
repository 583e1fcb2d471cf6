# Houseboard in a container: the screens and the server built in one stage, run as plain
# JavaScript by a non-root user in the next, with the data on a volume at /data.
#   docker build -t houseboard .
#   docker run -d -p 8080:8080 -v houseboard-data:/data --name houseboard houseboard
#   docker logs houseboard        # the one-time admin link of a new house

# ---- build: compile better-sqlite3, build the screens (dist/) and the server (dist-server/)
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source whenever no prebuilt binary can be fetched for this Node
# and CPU (a build machine without GitHub, a 32-bit Pi). This stage is thrown away, so the
# compilers never reach the image that runs.
# hadolint ignore=DL3008
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
  && test -f dist/client/index.html \
  && test -f dist-server/main.js \
  && npm prune --omit=dev --no-audit --no-fund

# ---- run: production node_modules, the built screens and server, nothing else
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATA_DIR=/data
RUN groupadd --gid 10001 houseboard \
  && useradd --uid 10001 --gid houseboard --no-create-home --home-dir /app --shell /usr/sbin/nologin houseboard \
  && mkdir /data \
  && chown houseboard:houseboard /data
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/dist-server ./dist-server
USER houseboard
# A named volume takes /data's owner from the image; a bind mount must be writable by uid 10001.
VOLUME ["/data"]
EXPOSE 8080
# No curl in the slim image: Node's own fetch. /healthz answers 503 while the store refuses
# writes (a full disk, Redis away), so the container shows unhealthy then.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (what docker stop sends) stores every pending change before the process ends; give it
# time with `docker stop -t 30` or compose's stop_grace_period.
STOPSIGNAL SIGTERM
# The same node flags as `npm start` (package.json): a young generation of 2 MiB semi-spaces and
# two V8 helper threads keep an idle server about 9 MiB smaller (bench/RESULTS.md, idle server).
CMD ["node", "--max-semi-space-size=2", "--v8-pool-size=2", "dist-server/main.js"]
