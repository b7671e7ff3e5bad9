"""Settings, read once from the environment (and an optional `.env`), never at import time."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_WATCHLIST: tuple[str, ...] = (
    "flask",
    "werkzeug",
    "jinja2",
    "click",
    "itsdangerous",
    "markupsafe",
    "blinker",
    "flask-login",
    "flask-sqlalchemy",
    "flask-wtf",
    "wtforms",
    "flask-migrate",
    "flask-cors",
    "flask-caching",
    "flask-limiter",
    "flask-babel",
    "flask-security-too",
    "flask-admin",
    "flask-restx",
    "flask-smorest",
    "flask-socketio",
    "flask-session",
    "quart",
    "asgiref",
    "dash",
)


class Settings(BaseSettings):
    """Everything the bot can be configured with; see README's Configuration table."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    data_dir: Path = Field(default=Path("data"), description="Where the SQLite file and caches live.")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default: SQLite in data_dir.")
    cache_dir: Path | None = Field(default=None, description="Artifact cache; default: data_dir/cache.")

    github_app_id: int | None = None
    github_private_key: SecretStr | None = None
    github_private_key_path: Path | None = None
    github_webhook_secret: SecretStr | None = None
    github_api_url: str = "https://api.github.com"
    github_app_slug: str = "release-watch"

    pypi_url: str = "https://pypi.org"
    poll_interval_seconds: int = Field(default=900, ge=30)
    pypi_concurrency: int = Field(default=25, ge=1, le=64)
    http_timeout_seconds: float = Field(default=30.0, gt=0)
    http_retries: int = Field(default=4, ge=0, le=10)

    repo_max_files: int = Field(default=3000, ge=1, description="Files fetched per repository scan.")
    repo_max_bytes: int = Field(default=32 * 1024 * 1024, ge=1024, description="Bytes kept per repository scan.")
    repo_parse_cpu_seconds: int = Field(default=60, ge=1, description="CPU time to parse one repository.")
    repo_parse_memory_mb: int = Field(default=1536, ge=256, description="Address space of a parsing worker.")
    repo_parse_wall_seconds: float = Field(default=120.0, gt=0, description="Wall-clock time to parse one repository.")
    analysis_workers: int = Field(default=2, ge=1, le=16, description="Worker processes parsing repositories.")
    queue_concurrency: int = Field(default=8, ge=1, le=64, description="Jobs one replica runs at once (PostgreSQL).")
    queue_heartbeat_seconds: float = Field(default=10.0, gt=0, description="Queue worker heartbeat (PostgreSQL).")
    queue_grace_seconds: float = Field(default=25.0, ge=0, description="On SIGTERM, how long running jobs may finish.")

    watchlist: Annotated[tuple[str, ...], NoDecode] = DEFAULT_WATCHLIST
    host: str = "127.0.0.1"
    port: int = 8000
    log_level: str = "INFO"

    @field_validator("watchlist", mode="before")
    @classmethod
    def _split_watchlist(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(name.strip() for name in value.split(",") if name.strip())
        return value

    @property
    def default_database(self) -> Path | None:
        """The SQLite file inside the data directory, when no DATABASE_URL names another database."""
        return self.data_dir / "release-watch.db" if self.database_url is None else None

    @property
    def resolved_database_url(self) -> str:
        """The database URL, defaulting to a SQLite file inside the data directory."""
        return self.database_url or f"sqlite:///{(self.data_dir / 'release-watch.db').as_posix()}"

    @property
    def resolved_cache_dir(self) -> Path:
        """The artifact cache directory."""
        return self.cache_dir or self.data_dir / "cache"

    def private_key_pem(self) -> str | None:
        """The App's private key, from the variable or from the file it names."""
        if self.github_private_key is not None:
            return self.github_private_key.get_secret_value()
        if self.github_private_key_path is not None:
            return self.github_private_key_path.read_text(encoding="utf-8")
        return None

    @property
    def dry_run(self) -> bool:
        """True when GitHub credentials are missing: actions are stored, never sent."""
        has_key = self.github_private_key is not None or self.github_private_key_path is not None
        return self.github_app_id is None or not has_key


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read on first use."""
    return Settings()
