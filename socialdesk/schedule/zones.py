"""Market time zones: a post for Moscow goes out at 09:30 Moscow time.

Each audience language has a default zone (settings "schedule" "zones" overrides any of
them). A time typed without a zone means that wall-clock time in each platform's own
market; with a zone (`2026-06-01 09:30 Europe/Moscow`) it is one instant for all.
Local times that a daylight-saving switch skips are refused; a time the switch repeats
is taken at its first occurrence, as calendar apps do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from socialdesk.settings import Settings

# Where most of a language's readers live; the writer edits these in settings. An empty
# zone means the writer's own.
DEFAULT_ZONES: dict[str, str] = {
    "ru": "Europe/Moscow",
    "uk": "Europe/Kyiv",
    "kk": "Asia/Almaty",
    "zh-CN": "Asia/Shanghai",
    "zh-TW": "Asia/Taipei",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw",
    "pt": "America/Sao_Paulo",
    "tr": "Europe/Istanbul",
    "ar": "Asia/Riyadh",
    "hi": "Asia/Kolkata",
    "id": "Asia/Jakarta",
    "th": "Asia/Bangkok",
    "vi": "Asia/Ho_Chi_Minh",
    "en": "",  # English readers are everywhere: the writer's own zone unless set
}


class ScheduleError(ValueError):
    """A time or zone the writer typed that cannot be used; the message says why."""


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"{name!r} is not a time zone; write it like Europe/Moscow") from None


def market_zones(settings: Settings | None = None) -> dict[str, str]:
    """Language → zone name: the defaults with the writer's own choices on top."""
    zones = dict(DEFAULT_ZONES)
    if settings is not None:
        chosen = settings.get("schedule", "zones", {})
        if isinstance(chosen, Mapping):
            zones.update({str(k): str(v) for k, v in chosen.items() if isinstance(v, str)})
    return zones


def zone_for_language(language: str, settings: Settings | None = None) -> ZoneInfo | None:
    """The market zone of an audience language (`zh-CN`, then `zh`); None means the
    writer's own zone (an unknown language, or one set to it)."""
    zones = market_zones(settings)
    code = language.replace("_", "-")
    for candidate in (code, code.split("-")[0]):
        for key, name in zones.items():
            if key.lower() == candidate.lower():
                return zone(name) if name else None
    return None


@dataclass(frozen=True)
class TypedTime:
    """What the writer typed: a wall-clock time, and the zone if they named one."""

    wall: datetime  # naive
    zone: ZoneInfo | None

    def in_zone(self, fallback: ZoneInfo) -> datetime:
        """The instant this time means in `fallback` (unless the writer named a zone)."""
        return localize(self.wall, self.zone or fallback)


def parse_time(raw: str) -> TypedTime:
    """`2026-06-01 09:30`, `2026-06-01 09:30 Europe/Moscow`, or ISO with an offset."""
    text = raw.strip()
    head, _, tail = text.rpartition(" ")
    named: ZoneInfo | None = None
    if head and ("/" in tail or tail in ("UTC", "GMT")):
        named = zone(tail)
        text = head
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ScheduleError(
            f"{raw!r} is not a date and time; write it like 2026-06-01 09:30 "
            "or 2026-06-01 09:30 Europe/Moscow"
        ) from None
    if when.tzinfo is not None:
        if named is not None:
            raise ScheduleError(f"{raw!r} has both an offset and a zone; give one")
        return TypedTime(when.astimezone(UTC).replace(tzinfo=None), zone("UTC"))
    return TypedTime(when, named)


def localize(wall: datetime, where: ZoneInfo) -> datetime:
    """`wall` (naive) in zone `where`; refuses a time skipped by a daylight-saving switch."""
    first = wall.replace(tzinfo=where, fold=0)
    # a skipped time does not survive the round trip through UTC
    if first.astimezone(UTC).astimezone(where).replace(tzinfo=None) != wall:
        raise ScheduleError(
            f"{wall:%Y-%m-%d %H:%M} does not exist in {where.key}: the clocks skip it "
            "(daylight saving). Choose another time."
        )
    return first


def describe(when: datetime, market: ZoneInfo, local: ZoneInfo | None = None) -> str:
    """`09:30 Mon 1 Jun Europe/Moscow (08:30 your time)`: market time, then the writer's."""
    there = when.astimezone(market)
    text = f"{there:%Y-%m-%d %H:%M} {market.key}"
    mine = when.astimezone(local) if local is not None else when.astimezone()
    if mine.utcoffset() != there.utcoffset():
        text += f" ({mine:%Y-%m-%d %H:%M} your time)"
    return text


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(when: datetime) -> datetime:
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


GRACE_DEFAULT = timedelta(hours=2)
