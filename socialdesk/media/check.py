"""A draft's images checked for one platform: the ones chosen for it, found on disk,
probed and held against the platform's rules. Used live by the cards, by `socialdesk
check` and, before anything is sent, by publishing.

An X thread is checked post by post: each image goes on the post it names
(`MediaItem.thread_post`), and each post takes up to four."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from socialdesk.draft import Draft
from socialdesk.media.locate import Located, locate_all, missing_message
from socialdesk.media.probe import MediaError, probe_cached
from socialdesk.media.rules import CheckedImage, MediaProblem, MediaRules, check_images
from socialdesk.readfile import problem_with


def rules_for(draft: Draft, pid: str) -> MediaRules:
    """`pid`'s media rules on the draft's publishing path (Weibo: its sharing API, or its own
    composer by hand): the one choice the card, `socialdesk check` and Publish share."""
    return MediaRules.for_platform(pid, draft.weibo_path if pid == "weibo" else "")


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


def by_post(chosen: Sequence[Located], posts: int) -> dict[int, list[Located]]:
    """The images of an X thread of `posts` posts, by the post they go on, in order."""
    grouped: dict[int, list[Located]] = {}
    for found in chosen:
        grouped.setdefault(found.item.thread_post(posts), []).append(found)
    return dict(sorted(grouped.items()))


def check_chosen(
    rules: MediaRules, chosen: Sequence[Located], posts: int = 1
) -> list[MediaProblem]:
    """What the platform would refuse about `chosen`: one post's images, or, for a thread of
    `posts` posts, each post's images on their own."""
    if posts <= 1:
        return check_images(rules, [inspect(found) for found in chosen])
    return [
        problem
        for post, group in by_post(chosen, posts).items()
        for problem in check_images(rules, [inspect(found) for found in group], (post, posts))
    ]


def media_problems(
    draft: Draft, draft_path: Path | None, pid: str, posts: int = 1
) -> list[MediaProblem]:
    """What `pid` would refuse about the images chosen for it (empty when all is well);
    `posts`: the X text goes out as a thread of that many posts."""
    chosen = chosen_for(draft, draft_path, pid)
    if not chosen:
        return []
    return check_chosen(rules_for(draft, pid), chosen, posts)
