# syntax=docker/dockerfile:1
#
# One Dockerfile, one image per app:
#   docker build --build-arg APP=validator --build-arg BUILD_NUMBER=... --build-arg GIT_REF=... -t ptpu-validator .
#
# Why an image per app rather than one image with a per-app command: each app is deployed, scaled and rolled
# back on its own, and CI rebuilds only the apps `nx affected` names, so an image tag always means one app at
# one build, and /info, the image and the Helm release agree on what runs. The four images share every layer
# but the last (the app's bundle, a few hundred kilobytes), so the registry stores the rest once.
#
# Stages: deps (every dependency, for building) -> build (the app's esbuild bundle) -> production-deps (runtime
# dependencies only) -> app (what runs). local-tools runs the emulators and the sandbox for docker-compose.yml
# and is never deployed. `app` is the last stage, so a build without --target produces the deployable image.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /workspace
COPY package.json package-lock.json ./
# No install scripts: the pinned `node` dev dependency would download a second Node 24, and nothing here needs
# one to have run (esbuild finds its binary through its optional platform package).
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM deps AS build
ARG APP
RUN test -n "${APP}" || { echo 'build with --build-arg APP=<validator|processor|retrier|reports>' >&2; exit 1; }
COPY tsconfig.json tsconfig.base.json ./
COPY tools/build-app.ts tools/
COPY libs libs
COPY apps apps
RUN node node_modules/tsx/dist/cli.mjs tools/build-app.ts "${APP}"

FROM ${NODE_IMAGE} AS production-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM deps AS local-tools
# DynamoDB Local is AWS's jar inside the amplify-dynamodb-simulator dev dependency, the same one `npm test`
# uses, so the compose stack and the tests run the same emulator versions (fauxqs too).
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless \
  && rm -rf /var/lib/apt/lists/*
COPY tsconfig.json tsconfig.base.json ./
COPY libs libs
COPY tools tools
USER 1000:1000

FROM ${NODE_IMAGE} AS app
ARG APP
ARG BUILD_NUMBER=local
ARG GIT_REF=unknown
ARG GIT_BRANCH=unknown
# BUILD_NUMBER, GIT_REF and GIT_BRANCH are fixed here, where the build happens, so /info cannot be told otherwise.
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    APP=${APP} \
    BUILD_NUMBER=${BUILD_NUMBER} \
    GIT_REF=${GIT_REF} \
    GIT_BRANCH=${GIT_BRANCH}
WORKDIR /app
# Root-owned and read-only for the app's user: the process cannot change its own code or dependencies.
COPY --from=production-deps /app/node_modules node_modules
COPY --from=build /workspace/dist/apps/${APP}/ dist/
# Numeric, so Kubernetes' runAsNonRoot can verify it (1000 is the image's `node` user).
USER 1000:1000
# PORT when set (Kubernetes and compose set it), else the app's own default port.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "const port = process.env.PORT || { validator: 8081, processor: 8082, retrier: 8083, reports: 8084 }[process.env.APP]; fetch('http://127.0.0.1:' + port + '/health/ping', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/main.js"]
