# release-watch: `release-watch serve` on $PORT (0.0.0.0), as a non-root user, SQLite in /data unless DATABASE_URL.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# a C compiler for mypyc: the API-diff engine (bot/apidiff) is compiled (see setup.py); the runtime image has none
RUN apt-get update -qq \
    && apt-get install -y -qq --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
RUN python -m venv /opt/venv
COPY pyproject.toml setup.py README.md ./
COPY bot ./bot
RUN RELEASE_WATCH_NATIVE=1 /opt/venv/bin/pip install .

FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PORT=8080 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
RUN useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin release-watch \
    && mkdir -p /data \
    && chown release-watch:release-watch /data
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
# Alembic's scripts: `release-watch db upgrade` and `serve` look for alembic.ini in the working directory.
COPY alembic.ini ./
COPY alembic ./alembic
# Starts as root only to give a freshly mounted volume to release-watch, then runs the command as that user.
COPY --chmod=0755 deploy/entrypoint.sh /usr/local/bin/release-watch-entrypoint
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ['PORT'] + '/healthz', timeout=4)"]
ENTRYPOINT ["release-watch-entrypoint"]
CMD ["release-watch", "serve"]
