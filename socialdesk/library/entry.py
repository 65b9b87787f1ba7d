"""What the library shows for a draft, and for a file that is not a readable draft."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from socialdesk.draft import Draft

STATUSES = ("draft", "scheduled", "published")


@dataclass(slots=True)
class LibraryEntry:
    """One readable draft as listed; built by the thousand, so the path is made on demand."""

    folder: Path
    relative: str  # path below the folder, "/"-separated
    title: str
    platforms: tuple[str, ...]  # enabled platform ids
    languages: tuple[str, ...]  # audience languages of the enabled platforms
    status: str  # one of STATUSES
    modified: float  # file modification time, seconds since the epoch
    size: int

    @property
    def path(self) -> Path:
        return self.folder.joinpath(*self.relative.split("/"))


@dataclass(frozen=True)
class Problem:
    """A `.sdraft` file in the library folder that cannot be read; it is never modified."""

    path: Path
    reason: str
    modified: float


def draft_status(draft: Draft) -> str:
    """Published if any platform's latest record is a publication, else scheduled if any is."""
    latest: dict[str, str] = {}
    for record in draft.publish_log:
        latest[record.platform] = record.status
    states = set(latest.values())
    if "published" in states:
        return "published"
    if "scheduled" in states:
        return "scheduled"
    return "draft"


def draft_languages(draft: Draft) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for pid in draft.enabled_platforms():
        language = draft.variants[pid].language
        if language:
            seen[language] = None
    return tuple(seen)


def display_title(draft: Draft, path: Path) -> str:
    return draft.title.strip() or path.stem


def searchable_texts(draft: Draft) -> list[str]:
    """Master and every variant's own text (translations), each once."""
    texts = [draft.master]
    for variant in draft.variants.values():
        if variant.text is not None and variant.text not in texts:
            texts.append(variant.text)
    return texts
