"""The platform registry. Adding a platform: one package here and one line below."""

from __future__ import annotations

from functools import cache

from socialdesk.platforms.base import Check, Entity, Platform
from socialdesk.platforms.facebook import FacebookPlatform
from socialdesk.platforms.twitter import TwitterPlatform
from socialdesk.platforms.vk import VKPlatform
from socialdesk.platforms.weibo import WeiboPlatform

_REGISTRY: dict[str, type[Platform]] = {
    "vk": VKPlatform,
    "weibo": WeiboPlatform,
    "twitter": TwitterPlatform,
    "facebook": FacebookPlatform,
}

PLATFORM_IDS: tuple[str, ...] = tuple(_REGISTRY)


@cache
def get_platform(pid: str) -> Platform:
    """The platform with id `pid`; an unknown id raises KeyError naming the known ids."""
    try:
        cls = _REGISTRY[pid]
    except KeyError:
        raise KeyError(
            f"unknown platform {pid!r}; known platforms: {', '.join(PLATFORM_IDS)}"
        ) from None
    return cls()


def all_platforms() -> list[Platform]:
    return [get_platform(pid) for pid in PLATFORM_IDS]


__all__ = ["PLATFORM_IDS", "Check", "Entity", "Platform", "all_platforms", "get_platform"]
