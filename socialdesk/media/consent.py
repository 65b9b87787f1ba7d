"""Images a draft attaches from outside its own folder, which need the writer's consent.

A draft is a file people send each other. One that names `/home/you/Pictures/passport.jpg`
(or `../../Pictures/…`, or a link inside its folder pointing there) would have export
or publish send a picture from the recipient's disk that the sender never had. Images
inside the draft's folder — its media subfolder included — travel with it; anything
else is listed here, by path, so the app can ask before exporting or uploading it.
Links are followed: what matters is where the file really is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from socialdesk.draft import Draft
from socialdesk.media.locate import Located, locate_all


@dataclass(frozen=True)
class OutsideImage:
    found: Located
    real_path: Path  # where it is once links and `..` are resolved
    platforms: tuple[str, ...]  # the enabled platforms it would go to

    @property
    def shown(self) -> str:
        return f"{self.found.label}: {self.real_path}"


def _real(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def is_inside(folder: Path, path: Path) -> bool:
    """Whether `path` really lies in `folder` (or below it)."""
    try:
        _real(path).relative_to(_real(folder))
    except ValueError:
        return False
    return True


def outside_images(draft: Draft, draft_path: Path | None) -> list[OutsideImage]:
    """The draft's images outside its folder that some enabled platform would get.

    An unsaved draft (`draft_path` None) has only images its writer attached: none."""
    if draft_path is None:
        return []
    folder = Path(os.path.abspath(draft_path)).parent
    enabled = draft.enabled_platforms()
    found = []
    for item in locate_all(draft.media, draft_path):
        platforms = tuple(pid for pid in enabled if item.item.goes_to(pid))
        if "\x00" in str(item.path) or is_inside(folder, item.path):
            continue  # a NUL byte is refused when the file is read
        found.append(OutsideImage(item, _real(item.path), platforms))
    return found


def outside_for(draft: Draft, draft_path: Path | None, pid: str) -> list[OutsideImage]:
    """The outside images that platform `pid` would upload."""
    return [image for image in outside_images(draft, draft_path) if pid in image.platforms]


def consent_question(images: list[OutsideImage]) -> str:
    """What to ask (or refuse with): every outside image, by path."""
    count = "an image" if len(images) == 1 else f"{len(images)} images"
    listed = "; ".join(image.shown for image in images)
    return (
        f"This draft attaches {count} from outside its own folder: {listed}. "
        "Send or export them only if you trust where this draft came from."
    )
