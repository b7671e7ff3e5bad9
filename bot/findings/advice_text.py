"""The "What to do" section of an issue, in words, from `advice.advise`: the same text in issues, PRs and previews."""

from __future__ import annotations

from bot.findings.advice import Advice, advise
from bot.findings.outcome import Finding, Flavour

HEADING = "### What to do"
DEPRECATION = (
    "Migrate the uses above (see the hints under *What changed*). {name} {version} still works, so this needs no "
    "upper bound now."
)
ANNOUNCED = " The warnings announce their removal in {name} {removal}."
SAFETY_NET = (
    "If installs must not pick up that release before the migration lands, this caps below the announced removal "
    "(announced, not yet released; drop it once migrated):\n\n```\n{net}\n```"
)
LIBRARY_NO_CAP = (
    "This repository publishes a distribution, so a cap would constrain every project that installs it: migrate "
    "rather than cap."
)
APPLICATION_CAP = (
    "Until the code is migrated, an upper bound in {where} keeps installs on a working release. It excludes {name} "
    "{version}, the first release that breaks this code, and keeps the lower bound as it is:\n\n```\n{cap}\n```"
)
LIBRARY_CAP = (
    "Migrate the uses above (see the hints under *What changed*). This repository publishes a distribution, so a "
    "cap constrains every project that installs it; if a release has to go out before the migration, a short-lived "
    "cap excludes {name} {version}, the first release that breaks this code, and keeps the lower bound as it is:"
    "\n\n```\n{cap}\n```"
)
LIFT = (
    "Lift the cap once the uses above are migrated: release-watch proposes lifting it when the code no longer uses "
    "what {name} {version} changed."
)
NO_CAP_HELPS = (
    "No upper bound can help: every release the requirement admits is {name} {version} or later. Migrate the uses "
    "above."
)


def advice_section(finding: Finding, advice: Advice | None = None) -> str:
    """The section recommending what to do about `finding`, by the one policy."""
    advice = advice or advise(finding)
    name, version = finding.display_name, finding.version
    if finding.flavour is Flavour.DEPRECATION:
        text = DEPRECATION.format(name=name, version=version)
        if advice.announced_removal:
            text += ANNOUNCED.format(name=name, removal=advice.announced_removal)
        if advice.library:
            text += " " + LIBRARY_NO_CAP
        elif advice.safety_net:
            text += "\n\n" + SAFETY_NET.format(net=advice.safety_net)
        return f"{HEADING}\n\n{text}"
    if advice.cap is None:
        return f"{HEADING}\n\n" + NO_CAP_HELPS.format(name=name, version=version)
    template = LIBRARY_CAP if advice.library else APPLICATION_CAP
    where = f"`{advice.target.path}`" if advice.target is not None else "a new requirement"
    text = template.format(name=name, version=version, cap=advice.cap, where=where)
    return f"{HEADING}\n\n{text}\n\n" + LIFT.format(name=name, version=version)
