"""Plain-text, Markdown, CSV and JSON exports, built from the final texts.

Each builder returns the bytes or text to write; `socialdesk.export.export_draft` writes them.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import zipfile
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from socialdesk.export.final import FinalText
from socialdesk.export.media import MediaFile, media_notes
from socialdesk.interface_language import effective_language
from socialdesk.platforms.twitter.thread import thread_as_text
from socialdesk.templates.localefmt import format_date, format_time
from socialdesk.translation.languages import base_language

CSV_COLUMNS = ("platform", "account", "language", "text", "link", "scheduled_time")
# "spreadsheet": cells a spreadsheet would run as a formula are neutralised (the default);
# "exact": every text as written, for bulk schedulers that post what they read
CSV_MODES = ("spreadsheet", "exact")
# OWASP "CSV Injection": a cell starting with one of these is a formula to Excel,
# LibreOffice and Google Sheets; a leading ' makes it text
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MISSING_MEDIA_NOTE = "MISSING-MEDIA.txt"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|!()~])")


# characters kept as they are in a link; everything else (<, >, spaces, quotes) encoded
_URL_SAFE = ":/?#[]@!$&'()*+,;=%-._~"


def txt_name(final: FinalText) -> str:
    return f"{final.pid}.txt"


def plain_files(finals: list[FinalText], media: list[MediaFile]) -> dict[str, bytes]:
    """Relative file name → bytes, for a folder or a zip: one UTF-8 text per platform
    (an X thread's parts one after another, each under its number)."""
    files = {
        txt_name(f): (f.text if f.thread is None else thread_as_text(f.thread)).encode("utf-8")
        for f in finals
    }
    for item in media:
        if item.data is not None:
            files[f"media/{item.export_name}"] = item.data
    notes = media_notes(media)
    if notes:
        files[MISSING_MEDIA_NOTE] = (
            "These images of the draft could not be exported:\n" + "\n".join(notes) + "\n"
        ).encode("utf-8")
    return files


def build_zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def status_words(final: FinalText) -> str:
    check = final.check
    if final.thread is not None:
        return f"a thread of {len(final.thread.parts)} posts, each fits"
    if check.over_by:
        return f"over the limit by {check.over_by}"
    if check.problems:
        return "; ".join(check.problems)
    return "fits"


def exported_at() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def exported_on(language: str, when: datetime | None = None) -> str:
    """The export time for a person to read, in `language`'s way, in local time with its
    offset: "4 December 2026, 2:51 PM (UTC+01:00)", "4 декабря 2026, 14:51 (UTC+01:00)",
    "2026年12月4日 14:51 (UTC+08:00)"."""
    moment = (when or datetime.now(UTC)).astimezone()
    offset = moment.strftime("%z") or "+0000"
    zone = f"UTC{offset[:3]}:{offset[3:]}"
    comma = "" if base_language(language) == "zh" else ","
    day = format_date(moment, language)
    return f"{day}{comma} {format_time(moment, language)} ({zone})"


def reader_language() -> str:
    """The language of whoever exports, from the interface choice or the OS locale (the
    window passes its own; this is for the command line)."""
    preferred = [
        value.split(".")[0]
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
        for value in os.environ.get(name, "").split(":")
        if value and value.split(".")[0] not in ("C", "POSIX")
    ]
    return effective_language(preferred)


def md_escape(text: str) -> str:
    """Text that a Markdown viewer shows as written: no HTML, no links, no formatting."""
    text = html.escape(text, quote=False)  # <script>, <img onerror>: shown, never run
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", " ").replace("\r", " ")


def md_link(url: str) -> str:
    """An http(s) address as a link; anything else (`javascript:`, `data:`, a file) as text."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return "<" + quote(url.strip(), safe=_URL_SAFE) + ">"
    return f"{md_escape(url)} (not a web address, so not linked)"


def md_fence(text: str) -> str:
    """A backtick fence longer than any run of backticks in `text`, so the text stays verbatim."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def build_markdown(title: str, finals: list[FinalText], media: list[MediaFile]) -> str:
    lines = [f"# {md_escape(title) or 'Untitled draft'}", "", f"Exported {exported_at()}", ""]
    lines += ["| Platform | Language | Count | Limit | Status |", "|---|---|---:|---:|---|"]
    for f in finals:
        lines.append(
            f"| {md_escape(f.name)} | {md_escape(f.language)} | {f.check.count} "
            f"| {f.check.limit} | {md_escape(status_words(f))} |"
        )
    for f in finals:
        lines += ["", f"## {md_escape(f.name)} ({md_escape(f.language)})", ""]
        lines.append(f"- Count: {f.check.count} / {f.check.limit} — {md_escape(status_words(f))}")
        if f.account:
            lines.append(f"- Account: {md_escape(f.account)}")
        if f.link:
            lines.append(f"- Link: {md_link(f.link)}")
        if f.scheduled_time:
            lines.append(f"- Scheduled: {md_escape(f.scheduled_time)}")
        if f.thread is None:
            fence = md_fence(f.text)
            lines += ["", f"{fence}text", f.text, fence]
        for part in f.thread.parts if f.thread is not None else ():
            fence = md_fence(part.text)
            lines += ["", f"Part {part.number}/{part.total} — {part.count} / {f.check.limit}"]
            lines += ["", f"{fence}text", part.text, fence]
    if media:
        lines += ["", "## Images", ""]
        for item in media:
            state = f"missing — {item.problem}" if item.problem else f"media/{item.export_name}"
            alt = f" — {md_escape(item.alt)}" if item.alt else ""
            lines.append(f"{item.number}. {md_escape(item.original)}{alt} ({md_escape(state)})")
    return "\n".join(lines) + "\n"


def csv_cell(value: str, mode: str = "spreadsheet") -> str:
    if mode == "spreadsheet" and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def build_csv(finals: list[FinalText], mode: str = "spreadsheet") -> bytes:
    """One row per post (an X thread: one per part, in order), every field quoted; UTF-8
    with a BOM so spreadsheets read CJK. `mode` "spreadsheet" neutralises formulas,
    "exact" keeps every text as written."""
    if mode not in CSV_MODES:
        raise ValueError(f"unknown CSV mode {mode!r}; choose one of {', '.join(CSV_MODES)}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for f in finals:
        texts = [f.text] if f.thread is None else f.thread.texts
        for text in texts:
            row = (f.pid, f.account, f.language, text, f.link, f.scheduled_time)
            writer.writerow([csv_cell(value, mode) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def build_json(title: str, finals: list[FinalText], media: list[MediaFile]) -> str:
    document: dict[str, Any] = {
        "format": "socialdesk-export",
        "version": 1,
        "title": title,
        "exported": exported_at(),
        "platforms": [
            {
                "platform": f.pid,
                "name": f.name,
                "language": f.language,
                "account": f.account,
                "text": f.text,
                "count": f.check.count,
                "limit": f.check.limit,
                "over_by": f.check.over_by,
                "problems": list(f.check.problems),
                "link": f.link,
                "scheduled_time": f.scheduled_time,
                # an X thread: its posts in order (one post: the text above)
                "parts": [
                    {"number": p.number, "text": p.text, "count": p.count}
                    for p in (f.thread.parts if f.thread is not None else ())
                ],
            }
            for f in finals
        ],
        "media": [{"path": m.original, "alt": m.alt, "problem": m.problem} for m in media],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
