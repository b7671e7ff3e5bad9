"""The error hierarchy: adapters convert library errors into these at the boundary (`raise ... from e`)."""


class ReleaseWatchError(Exception):
    """Base of every error the bot raises on purpose."""


class ConfigError(ReleaseWatchError):
    """Settings are missing or contradictory."""


class PyPIError(ReleaseWatchError):
    """PyPI could not be reached or answered something unusable."""


class NotFoundOnPyPI(PyPIError):
    """The project or release does not exist on PyPI."""


class IntegrityError(PyPIError):
    """A downloaded artifact does not match the sha256 PyPI published for it."""


class UnsafeArchiveError(ReleaseWatchError):
    """An archive tried to escape its extraction directory or exceeded a size limit."""


class UnreadableArchiveError(UnsafeArchiveError):
    """An archive that cannot be read through (a bad CRC in a member read, a truncated stream): the release's next
    artifact may be read instead."""


class AnalysisError(ReleaseWatchError):
    """Static analysis of a release or a repository could not be completed."""


class DependencyFileError(ReleaseWatchError):
    """A dependency declaration file could not be read; the message says where."""


class GitHubError(ReleaseWatchError):
    """GitHub answered with an error the caller must handle."""


class GitHubRateLimited(GitHubError):
    """GitHub asked us to wait; `retry_after` is in seconds."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class AuditUnavailable(ReleaseWatchError):
    """The vulnerability service (pip-audit's PyPI or OSV backend) could not answer."""


class GitHubNotFound(GitHubError):
    """404: the repository, issue, ref or file does not exist, or the App cannot see it."""


class GitHubGone(GitHubError):
    """410: the resource was deleted, or the feature (e.g. issues) is disabled on the repository."""


class GitHubUnprocessable(GitHubError):
    """422: GitHub refused the request's content (already exists, invalid field, nothing to compare)."""


def database_reason(error: BaseException) -> str:
    """The first line of what the database driver said (SQLAlchemy's wrapper keeps it as `orig`): `database or disk
    is full`, without the statement and the link SQLAlchemy appends."""
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__
