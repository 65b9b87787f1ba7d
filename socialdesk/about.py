"""What the About dialog lists: the libraries SocialDesk runs on, with version and licence,
read from the installed packages' metadata (bundled into the packaged app too)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

APP_DISTRIBUTION = "socialdesk"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str
    homepage: str


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence as the package states it: SPDX expression, short field or classifier."""
    expression = _field(meta, "License-Expression")
    if expression:
        return str(expression).strip()
    short = _field(meta, "License").strip()
    if short and "\n" not in short and len(short) <= 80 and short.upper() != "UNKNOWN":
        return short
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in (meta.get_all("Classifier") or [])
        if c.startswith("License ::")
    ]
    if classifiers:
        return " / ".join(classifiers)
    if short:
        return short.splitlines()[0][:80]
    return "see the package"


def homepage_of(meta: metadata.PackageMetadata) -> str:
    url = _field(meta, "Home-page")
    if url:
        return str(url)
    for entry in meta.get_all("Project-URL") or []:
        label, _, value = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository", "source code"):
            return str(value).strip()
    return ""


def _runtime_requirements(dist: metadata.Distribution) -> list[str]:
    names = []
    for requirement in dist.requires or []:
        requirement_text, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue  # optional extras (the dev tools) are not shipped
        match = _NAME.match(requirement_text)
        if match:
            names.append(match.group(1))
    return names


def bundled_libraries(root: str = APP_DISTRIBUTION) -> list[Library]:
    """Every installed runtime dependency of `root`, transitively, sorted by name.
    Requirements for other platforms (not installed here) are skipped."""
    seen: dict[str, Library] = {}
    try:
        pending = _runtime_requirements(metadata.distribution(root))
    except metadata.PackageNotFoundError:
        return []
    while pending:
        name = pending.pop()
        key = _canonical(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        meta = dist.metadata
        seen[key] = Library(
            name=_field(meta, "Name") or name,
            version=str(dist.version),
            licence=licence_of(meta),
            homepage=homepage_of(meta),
        )
        pending.extend(_runtime_requirements(dist))
    return sorted(seen.values(), key=lambda lib: lib.name.lower())
