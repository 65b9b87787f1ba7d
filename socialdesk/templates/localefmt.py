"""Dates, times, numbers and prices written the way each audience reads them.

Covers English, Russian and Chinese (the app's three audience languages); any
other language falls back to English. Conventions follow CLDR: "1 December 2026",
"1 декабря 2026", "2026年12月1日"; 1,234.5 / 1 234,5 (no-break space) / 1,234.5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from socialdesk.translation.languages import base_language

NBSP = "\u00a0"


@dataclass(frozen=True)
class LocaleStyle:
    months: tuple[str, ...]  # as used after a day number ("1 декабря")
    months_short: tuple[str, ...]
    weekdays: tuple[str, ...]  # Monday first
    group: str
    decimal: str
    money_suffix: bool  # "1 234 ₽" rather than "₽1,234"


_EN = LocaleStyle(
    months=tuple(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    ),
    months_short=tuple(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    ),
    weekdays=tuple(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    group=",",
    decimal=".",
    money_suffix=False,
)
_RU = LocaleStyle(
    months=tuple(
        [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ]
    ),
    months_short=tuple(
        [
            "янв.",
            "февр.",
            "мар.",
            "апр.",
            "мая",
            "июн.",
            "июл.",
            "авг.",
            "сент.",
            "окт.",
            "нояб.",
            "дек.",
        ]
    ),
    weekdays=tuple(
        ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
    ),
    group=NBSP,
    decimal=",",
    money_suffix=True,
)
_ZH = LocaleStyle(
    months=tuple(f"{m}月" for m in range(1, 13)),
    months_short=tuple(f"{m}月" for m in range(1, 13)),
    weekdays=tuple(["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]),
    group=",",
    decimal=".",
    money_suffix=False,
)
STYLES = {"en": _EN, "ru": _RU, "zh": _ZH}
SUPPORTED = tuple(STYLES)

# Currency symbols per language (CLDR), for the codes a campaign is likely to use.
_SYMBOLS: dict[str, dict[str, str]] = {
    "en": {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "RUB": "RUB"},
    "ru": {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "RUB": "₽"},
    "zh": {"USD": "US$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "CNY": "¥", "RUB": "RUB"},
}
_SYMBOL_TO_CODE = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "CNY", "руб": "RUB"}


def style_for(language: str) -> LocaleStyle:
    return STYLES.get(base_language(language), _EN)


# -- dates and times ---------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def parse_date(value: object) -> datetime:
    """A date or date-time from a field: `2026-12-01`, `2026-12-01 18:30` or `01.12.2026`."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = str(value).strip()
    m = _ISO.fullmatch(text)
    parts: tuple[str | None, ...] | None = None
    if m:
        year, month, day, hour, minute, second = m.groups()
        parts = (year, month, day, hour, minute, second)
    else:
        d = _DOTTED.fullmatch(text)
        if d:
            day, month, year, hour, minute = d.groups()
            parts = (year, month, day, hour, minute, None)
    if parts is None:
        raise ValueError(f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01")
    y, mo, da, h, mi, s = (int(p) if p else 0 for p in parts)
    try:
        return datetime(y, mo, da, h, mi, s)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real date ({exc})") from None


def format_date(value: object, language: str, style: str = "long") -> str:
    """`long` 1 December 2026; `full` adds the weekday; `day` leaves out the year;
    `short` 1 Dec 2026."""
    when = parse_date(value)
    lang = base_language(language)
    loc = style_for(lang)
    weekday = loc.weekdays[when.weekday()]
    if style not in ("long", "full", "day", "short"):
        raise ValueError(f"unknown date style {style!r}; use long, full, day or short")
    if lang == "zh":
        text = (
            f"{when.month}月{when.day}日"
            if style == "day"
            else f"{when.year}年{when.month}月{when.day}日"
        )
        return f"{text} {weekday}" if style == "full" else text
    month = (loc.months_short if style == "short" else loc.months)[when.month - 1]
    text = f"{when.day} {month}" if style == "day" else f"{when.day} {month} {when.year}"
    if style == "full":
        return f"{weekday.capitalize() if lang == 'en' else weekday}, {text}"
    return text


def parse_time(value: object) -> time:
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    text = str(value).strip()
    m = _TIME.search(text)
    if not m:
        raise ValueError(f"{text!r} is not a time; write it as HH:MM, e.g. 18:30")
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(f"{text!r} is not a real time of day")
    return time(hour, minute)


def format_time(value: object, language: str) -> str:
    """6:30 PM in English, 18:30 in Russian and Chinese (CLDR short times)."""
    when = parse_time(value)
    if base_language(language) in ("ru", "zh"):
        return f"{when.hour:02d}:{when.minute:02d}"
    hour = when.hour % 12 or 12
    return f"{hour}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"


# -- numbers and money -------------------------------------------------------------------


def parse_number(value: object) -> Decimal:
    """A number from a field as people type it: 1299, 1,299.00, 1 299,00, 49,99, €49."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = re.sub(r"[\s\u00a0\u202f']", "", str(value))
    text = re.sub(r"[^\d.,\-]", "", text)
    if "," in text and "." in text:
        # whichever comes last is the decimal separator
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        # "1,299" groups thousands; "49,99" is a decimal comma
        text = (
            text.replace(",", "") if len(tail) == 3 and head else f"{head.replace(',', '')}.{tail}"
        )
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{str(value)!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{str(value)!r} is not a number")
    return number


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def format_number(value: object, language: str, decimals: int | None = None) -> str:
    number = parse_number(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    loc = style_for(language)
    sign = "-" if number < 0 else ""
    text = f"{abs(number):f}"
    whole, _, fraction = text.partition(".")
    result = _group(whole, loc.group)
    if fraction:
        result += loc.decimal + fraction
    return sign + result


def currency_code(currency: str) -> str:
    code = currency.strip()
    return _SYMBOL_TO_CODE.get(code.lower() if code.isalpha() else code, code.upper())


def format_money(value: object, currency: str, language: str, decimals: int | None = None) -> str:
    """€49 / 1 299,50 ₽ / ¥1,299.50: whole amounts without cents, the way ads show prices."""
    number = parse_number(value)
    if decimals is None:
        decimals = 0 if number == number.to_integral_value() else 2
    amount = format_number(number, language, decimals)
    code = currency_code(currency)
    if not code:
        return amount
    lang = base_language(language)
    symbol = _SYMBOLS.get(lang, _SYMBOLS["en"]).get(code, code)
    if style_for(lang).money_suffix:
        return f"{amount}{NBSP}{symbol}"
    gap = NBSP if symbol[-1:].isalpha() else ""
    return f"{symbol}{gap}{amount}"
