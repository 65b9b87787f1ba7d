"""A draft's images checked for one platform: the ones chosen for it, found on disk,
probed and held against the platform's rules. Used live by the cards and, before
anything is sent, by publishing."""

from __future__ import annotations

from pathlib import Path

from socialdesk.draft import Draft
from socialdesk.media.locate import Located, locate_all, missing_message
from socialdesk.media.probe import MediaError, probe_cached
from socialdesk.media.rules import CheckedImage, MediaProblem, MediaRules, check_images
from socialdesk.readfile import problem_with


def chosen_for(draft: Draft, draft_path: Path | None, pid: str) -> list[Located]:
    """The draft's images that go to platform `pid`, in the draft's order."""
    return [found for found in locate_all(draft.media, draft_path) if found.item.goes_to(pid)]


def inspect(found: Located) -> CheckedImage:
    problem = problem_with(found.path)
    if problem is not None and problem.missing:
        return CheckedImage(found.number, found.label, found.item.alt, None, missing_message(found))
    try:
        if problem is not None:
            raise MediaError(problem.reason)
        info = probe_cached(found.path)
    except MediaError as exc:
        reason = str(exc).removeprefix(f"{found.path}: ")
        return CheckedImage(
            found.number,
            found.label,
            found.item.alt,
            None,
            f"{found.label.capitalize()} cannot be used: {reason}.",
        )
    return CheckedImage(found.number, found.label, found.item.alt, info)


def media_problems(draft: Draft, draft_path: Path | None, pid: str) -> list[MediaProblem]:
    """What `pid` would refuse about the images chosen for it (empty when all is well)."""
    chosen = chosen_for(draft, draft_path, pid)
    if not chosen:
        return []
    return check_images(MediaRules.for_platform(pid), [inspect(found) for found in chosen])
