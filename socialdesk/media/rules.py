"""Each platform's media rules (data in resources/platforms.json "media") and the checks
that turn them into messages a copywriter can act on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from socialdesk.media.probe import FORMAT_NAMES, ImageInfo, describe_size
from socialdesk.platforms import get_platform

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class MediaRules:
    platform: str
    name: str
    max_count: int
    max_bytes: int
    formats: tuple[str, ...]
    max_gif_bytes: int | None = None
    max_side_sum: int | None = None  # width + height
    max_aspect: float | None = None  # longer side / shorter side
    max_alt: int | None = None
    animated_alone: bool = False  # an animated GIF must be the post's only image
    layout: str = "grid"
    shown: int = 4  # how many the feed shows before "+N"
    who: str = ""  # who takes the images ("Weibo's composer"); the platform's name if unset

    @classmethod
    def for_platform(cls, pid: str, path: str = "") -> MediaRules:
        """`pid`'s rules on publishing `path` when it has more than one ("path_media" in
        platforms.json: Weibo by hand goes through its own composer, not the sharing API)."""
        platform = get_platform(pid)
        data: dict[str, Any] = platform.data.get("path_media", {}).get(path) or platform.data.get(
            "media", {}
        )
        return cls(
            platform=pid,
            name=platform.name,
            who=str(data.get("who") or platform.name),
            max_count=int(data.get("max_count", 4)),
            max_bytes=int(data.get("max_bytes", 5 * 1024 * 1024)),
            formats=tuple(str(f) for f in data.get("formats", ("JPEG", "PNG"))),
            max_gif_bytes=_optional_int(data.get("max_gif_bytes")),
            max_side_sum=_optional_int(data.get("max_side_sum")),
            max_aspect=float(data["max_aspect"]) if "max_aspect" in data else None,
            max_alt=_optional_int(data.get("max_alt")),
            animated_alone=bool(data.get("animated_alone", False)),
            layout=str(data.get("layout", "grid")),
            shown=int(data.get("shown", 4)),
        )

    def byte_limit(self, info: ImageInfo) -> int:
        if info.format == "GIF" and self.max_gif_bytes is not None:
            return self.max_gif_bytes
        return self.max_bytes

    def formats_text(self) -> str:
        names = [FORMAT_NAMES.get(f, f) for f in self.formats]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _optional_int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class MediaProblem:
    platform: str
    message: str
    level: Level = "error"
    number: int | None = None  # the image it is about (1-based), None for the whole set
    fixable: bool = False  # a smaller or converted copy would fix it (`fit.fit_copy`)
    tags: tuple[str, ...] = field(default_factory=tuple)  # "count", "size", "format", …


@dataclass(frozen=True)
class CheckedImage:
    """One chosen image as the checks see it: probed info, or why it cannot be read."""

    number: int
    label: str  # "image 2 (cup.jpg)"
    alt: str
    info: ImageInfo | None
    problem: str = ""  # missing or unreadable; set when info is None


def check_images(
    rules: MediaRules, images: Sequence[CheckedImage], post: tuple[int, int] | None = None
) -> list[MediaProblem]:
    """Everything about these images that `rules.platform` would refuse; `post` (number,
    how many) when they are the images of one post of a thread."""
    pid, name = rules.platform, rules.name
    who = rules.who or name
    problems: list[MediaProblem] = []
    count = len(images)
    where = f" for post {post[0]} of the thread" if post else ""
    if count > rules.max_count:
        if rules.max_count == 1:
            wanted = f"{who} takes one picture per post"
            fix = f"keep one for {name} and leave the others out"
        else:
            wanted = f"{who} takes at most {rules.max_count} images per post"
            fix = f"leave {count - rules.max_count} out for {name}"
        if post:
            fix = f"put {count - rules.max_count} on another post or " + fix
        problems.append(
            MediaProblem(
                pid,
                f"{wanted}; {count} are chosen{where}. In the Images panel, {fix}.",
                number=None,
                tags=("count",),
            )
        )
    for image in images:
        if image.info is None:
            problems.append(MediaProblem(pid, image.problem, number=image.number, tags=("file",)))
            continue
        problems.extend(_check_one(rules, image, image.info))
    animated = [i for i in images if i.info is not None and i.info.animated]
    if rules.animated_alone and animated and count > 1:
        shared = f"post {post[0]} of the thread" if post else "the post"
        fix = "Put the others on another post or leave them" if post else "Leave the others"
        problems.append(
            MediaProblem(
                pid,
                f"{name} takes an animated GIF only on its own: {animated[0].label} moves, "
                f"so it cannot share {shared} with other images. {fix} out for {name}.",
                number=animated[0].number,
                tags=("animated",),
            )
        )
    return problems


def _check_one(rules: MediaRules, image: CheckedImage, info: ImageInfo) -> list[MediaProblem]:
    pid, name, label = rules.platform, rules.name, image.label.capitalize()
    found: list[MediaProblem] = []
    convertible = not info.animated  # converting or shrinking would stop an animation
    if info.format not in rules.formats:
        found.append(
            MediaProblem(
                pid,
                f"{label} is {info.format_name}; {name} takes {rules.formats_text()}. "
                "Make a converted copy.",
                number=image.number,
                fixable=convertible,
                tags=("format",),
            )
        )
    limit = rules.byte_limit(info)
    if info.bytes > limit:
        fix = "Make a smaller copy." if convertible else "Shorten or shrink the animation."
        found.append(
            MediaProblem(
                pid,
                f"{label} is {describe_size(info.bytes)}; {name} takes at most "
                f"{describe_size(limit)} per {'GIF' if info.format == 'GIF' else 'image'}. {fix}",
                number=image.number,
                fixable=convertible,
                tags=("size",),
            )
        )
    if rules.max_side_sum is not None and info.width + info.height > rules.max_side_sum:
        found.append(
            MediaProblem(
                pid,
                f"{label} is {info.width}×{info.height} pixels; {name} takes images whose "
                f"width and height add up to at most {rules.max_side_sum:,}. Make a smaller copy.",
                number=image.number,
                fixable=convertible,
                tags=("dimensions",),
            )
        )
    if rules.max_aspect is not None and info.width and info.height:
        ratio = max(info.width, info.height) / min(info.width, info.height)
        if ratio > rules.max_aspect:
            found.append(
                MediaProblem(
                    pid,
                    f"{label} is {ratio:.0f} times longer than it is wide; {name} takes "
                    f"at most 1:{rules.max_aspect:.0f}. Crop it in an image editor.",
                    number=image.number,
                    tags=("aspect",),
                )
            )
    if rules.max_alt is not None and len(image.alt) > rules.max_alt:
        found.append(
            MediaProblem(
                pid,
                f"The alt text of {image.label} is {len(image.alt):,} characters; {name} "
                f"takes at most {rules.max_alt:,}. Shorten it.",
                number=image.number,
                tags=("alt",),
            )
        )
    return found
