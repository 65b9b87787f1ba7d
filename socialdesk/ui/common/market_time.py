"""A scheduled time as the interface shows it: the market's clock, then the writer's."""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from socialdesk.ui.common.i18n import translate


def market_time_text(when: datetime, market: ZoneInfo | None, writer: tzinfo | None = None) -> str:
    """`2026-06-01 09:30 Asia/Shanghai (2026-06-01 03:30 your time)`; only the writer's
    time when there is no market zone, or when both clocks agree. `writer`: the writer's
    zone (the system's when None)."""
    mine = when.astimezone(writer)
    if market is None:
        return translate("MarketTime", "{time} your time").format(time=f"{mine:%Y-%m-%d %H:%M}")
    there = when.astimezone(market)
    text = f"{there:%Y-%m-%d %H:%M} {market.key}"
    if mine.utcoffset() == there.utcoffset():
        return text
    return translate("MarketTime", "{market} ({time} your time)").format(
        market=text, time=f"{mine:%Y-%m-%d %H:%M}"
    )
