"""Market times: each audience's own clock, right across daylight-saving switches."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from socialdesk.schedule.zones import (
    ScheduleError,
    describe,
    localize,
    parse_time,
    zone,
    zone_for_language,
)
from socialdesk.settings import Settings


def test_a_time_without_a_zone_means_each_markets_own_clock() -> None:
    typed = parse_time("2026-06-01 09:30")
    moscow = typed.in_zone(zone("Europe/Moscow"))
    shanghai = typed.in_zone(zone("Asia/Shanghai"))
    assert moscow.astimezone(UTC) == datetime(2026, 6, 1, 6, 30, tzinfo=UTC)
    assert shanghai.astimezone(UTC) == datetime(2026, 6, 1, 1, 30, tzinfo=UTC)


def test_a_named_zone_is_one_instant_for_every_market() -> None:
    typed = parse_time("2026-06-01 09:30 Europe/Moscow")
    assert typed.in_zone(zone("Asia/Shanghai")).astimezone(UTC) == datetime(
        2026, 6, 1, 6, 30, tzinfo=UTC
    )


def test_berlin_morning_moves_in_utc_across_the_spring_switch() -> None:
    berlin = zone("Europe/Berlin")
    before = localize(datetime(2026, 3, 28, 9, 30), berlin).astimezone(UTC)
    after = localize(datetime(2026, 3, 30, 9, 30), berlin).astimezone(UTC)
    assert (before.hour, after.hour) == (8, 7)  # CET +1, then CEST +2


def test_a_time_the_clocks_skip_is_refused_with_the_reason() -> None:
    with pytest.raises(ScheduleError, match="does not exist in Europe/Berlin"):
        localize(datetime(2026, 3, 29, 2, 30), zone("Europe/Berlin"))


def test_a_time_the_clocks_repeat_is_its_first_occurrence() -> None:
    when = localize(datetime(2026, 10, 25, 2, 30), zone("Europe/Berlin"))
    assert when.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # still CEST


def test_markets_come_from_the_audience_language_and_the_writers_settings() -> None:
    assert zone_for_language("ru").key == "Europe/Moscow"  # type: ignore[union-attr]
    assert zone_for_language("zh-CN").key == "Asia/Shanghai"  # type: ignore[union-attr]
    assert zone_for_language("zh_TW").key == "Asia/Taipei"  # type: ignore[union-attr]
    settings = Settings(data={"schedule": {"zones": {"ru": "Asia/Novosibirsk"}}})
    assert zone_for_language("ru", settings).key == "Asia/Novosibirsk"  # type: ignore[union-attr]
    assert zone_for_language("xx") is None
    assert zone_for_language("en") is None  # English: the writer's own zone by default


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("tomorrow", "not a date and time"),
        ("2026-06-01 09:30 Mars/Olympus", "not a time zone"),
        ("2026-06-01T09:30+03:00 Europe/Moscow", "both an offset and a zone"),
    ],
)
def test_bad_times_say_what_to_write(raw: str, message: str) -> None:
    with pytest.raises(ScheduleError, match=message):
        parse_time(raw)


def test_description_shows_the_market_time_and_the_writers_own() -> None:
    when = localize(datetime(2026, 6, 1, 9, 30), zone("Asia/Shanghai"))
    text = describe(when, zone("Asia/Shanghai"), zone("Europe/Berlin"))
    assert text == "2026-06-01 09:30 Asia/Shanghai (2026-06-01 03:30 your time)"
