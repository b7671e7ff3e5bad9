"""pip-audit on suggested pins: is the newest version a bound allows known to be vulnerable?

Only pip-audit's vulnerability services are used (pinned exactly in pyproject: its modules are private); nothing
is ever resolved, installed or built.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import requests
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version
from pip_audit._service.interface import ResolvedDependency, ServiceError, SkippedDependency, VulnerabilityService
from pip_audit._service.osv import OsvService
from pip_audit._service.pypi import PyPIService
from pydantic import BaseModel, ConfigDict
from requests.adapters import BaseAdapter

from bot.config import Settings, get_settings
from bot.errors import AuditUnavailable
from bot.releases import ReleaseInfo

logger = logging.getLogger(__name__)

SERVICES: dict[str, type[VulnerabilityService]] = {"pypi": PyPIService, "osv": OsvService}


class Advisory(BaseModel):
    """One known vulnerability of a release: its id, aliases, fixed-in versions and summary."""

    model_config = ConfigDict(frozen=True)

    id: str
    aliases: tuple[str, ...]
    fixed_in: tuple[str, ...]
    summary: str


class PinAudit(BaseModel):
    """The audit of an upper bound: the newest version it allows and that version's advisories."""

    model_config = ConfigDict(frozen=True)

    package: str
    specifier: str
    version: str | None
    advisories: tuple[Advisory, ...] = ()
    unavailable: str | None = None
    """Why the vulnerability service could not answer ("audit unavailable"); None when it did."""

    @property
    def recommend_migration(self) -> bool:
        """True when pinning would keep a known vulnerability: migrate to the new release instead."""
        return bool(self.advisories)

    def note(self) -> str:
        """One line for an issue body or the CLI."""
        if self.unavailable is not None:
            return f"audit unavailable for {self.package}{self.specifier}: {self.unavailable}"
        if self.version is None:
            return f"no release of {self.package} satisfies {self.specifier}"
        if not self.advisories:
            return f"{self.package} {self.version} has no known vulnerabilities"
        listed = "; ".join(
            f"{a.id} (fixed in {', '.join(a.fixed_in)})" if a.fixed_in else f"{a.id} (no fixed version)"
            for a in self.advisories
        )
        return f"{self.package} {self.version} has known vulnerabilities: {listed}; migrate instead of pinning"


PYPI = "https://pypi.org/"
"""Where pip-audit's PyPI service always asks (its URL is not configurable)."""


class _Mirror(BaseAdapter):
    """Sends pip-audit's PyPI requests to the configured index instead, through the session's own adapters (so its
    HTTP cache still applies)."""

    def __init__(self, session: requests.Session, base: str) -> None:
        super().__init__()
        self.session, self.base = session, base.rstrip("/") + "/"

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        request.url = self.base + str(request.url).removeprefix(PYPI)
        return self.session.get_adapter(request.url).send(request, **kwargs)

    def close(self) -> None:
        pass  # the adapters it delegates to belong to the session


def make_service(settings: Settings, kind: str = "pypi") -> VulnerabilityService:
    """A pip-audit vulnerability service with its HTTP cache under the bot's cache directory; the PyPI service asks
    the configured index (`PYPI_URL`: a mirror, or a test double), never pypi.org behind its back."""
    cache = settings.resolved_cache_dir / "pip-audit"
    service = SERVICES[kind](cache_dir=cache, timeout=int(settings.http_timeout_seconds))
    if isinstance(service, PyPIService) and settings.pypi_url.rstrip("/") + "/" != PYPI:
        service.session.mount(PYPI, _Mirror(service.session, settings.pypi_url))
    return service


def newest_allowed(releases: Sequence[ReleaseInfo], specifier: str) -> str | None:
    """The newest installable (files, not yanked) release the specifier admits, by PEP 440's pre-release rule."""
    try:
        spec = SpecifierSet(specifier)
    except InvalidSpecifier:
        return None
    allowed = list(spec.filter(r.version for r in releases if r.files and not r.yanked))
    return max(allowed, key=Version, default=None)


def audit_pin(package: str, version: str, *, service: VulnerabilityService | None = None) -> list[Advisory]:
    """Known vulnerabilities of `package==version` (aliases merged); raises AuditUnavailable on service failure."""
    try:
        dependency = ResolvedDependency(name=package, version=Version(version))
    except InvalidVersion as e:
        raise AuditUnavailable(f"not a version: {version!r}") from e
    service = service or make_service(get_settings())
    try:
        answered, results = service.query(dependency)
    except (ServiceError, requests.RequestException, ValueError) as e:
        logger.warning("vulnerability service failed", extra={"package": package, "version": version, "error": str(e)})
        raise AuditUnavailable(f"vulnerability service failed: {e.__class__.__name__}: {e}") from e
    if isinstance(answered, SkippedDependency):  # e.g. PyPI answered 404: not audited is not "no vulnerabilities"
        raise AuditUnavailable(f"not audited: {answered.skip_reason}")
    advisories: list[Advisory] = []
    seen: set[str] = set()
    for result in results:
        ids = {result.id, *result.aliases}
        if ids & seen:
            continue
        seen |= ids
        advisories.append(
            Advisory(
                id=result.id,
                aliases=tuple(sorted(result.aliases)),
                fixed_in=tuple(str(v) for v in sorted(result.fix_versions)),
                summary=result.description,
            )
        )
    return advisories


def audit_version(
    package: str, specifier: str, version: str, *, service: VulnerabilityService | None = None
) -> PinAudit:
    """Audit one version a specifier resolves to; a failing service gives a note, never an exception."""
    try:
        advisories = audit_pin(package, version, service=service)
    except AuditUnavailable as e:
        return PinAudit(package=package, specifier=specifier, version=version, unavailable=str(e))
    return PinAudit(package=package, specifier=specifier, version=version, advisories=tuple(advisories))


def audit_bound(
    package: str, specifier: str, releases: Sequence[ReleaseInfo], *, service: VulnerabilityService | None = None
) -> PinAudit:
    """Audit the newest release a suggested bound allows; a failing service gives a note, never an exception."""
    version = newest_allowed(releases, specifier)
    if version is None:
        return PinAudit(package=package, specifier=specifier, version=None)
    return audit_version(package, specifier, version, service=service)
