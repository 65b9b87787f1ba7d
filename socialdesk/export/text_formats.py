"""Plain-text, Markdown, CSV and JSON exports, built from the final texts.

Each builder returns the bytes or text to write; `socialdesk.export.export_draft` writes them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
from datetime import UTC, datetime
from typing import Any

from socialdesk.export.final import FinalText
from socialdesk.export.media import MediaFile, media_notes
from socialdesk.interface_language import effective_language
from socialdesk.templates.localefmt import base_language, format_date, format_time

CSV_COLUMNS = ("platform", "account", "language", "text", "link", "scheduled_time")
MISSING_MEDIA_NOTE = "MISSING-MEDIA.txt"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#<>|])")


def txt_name(final: FinalText) -> str:
    return f"{final.pid}.txt"


def plain_files(finals: list[FinalText], media: list[MediaFile]) -> dict[str, bytes]:
    """Relative file name → bytes, for a folder or a zip: one UTF-8 text per platform."""
    files = {txt_name(f): f.text.encode("utf-8") for f in finals}
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
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", " ")


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
            lines.append(f"- Link: <{f.link}>")
        if f.scheduled_time:
            lines.append(f"- Scheduled: {md_escape(f.scheduled_time)}")
        fence = md_fence(f.text)
        lines += ["", f"{fence}text", f.text, fence]
    if media:
        lines += ["", "## Images", ""]
        for item in media:
            state = f"missing — {item.problem}" if item.problem else f"media/{item.export_name}"
            alt = f" — {md_escape(item.alt)}" if item.alt else ""
            lines.append(f"{item.number}. {md_escape(item.original)}{alt} ({md_escape(state)})")
    return "\n".join(lines) + "\n"


def build_csv(finals: list[FinalText]) -> bytes:
    """One row per platform, every field quoted; UTF-8 with a BOM so spreadsheets read CJK."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for f in finals:
        writer.writerow((f.pid, f.account, f.language, f.text, f.link, f.scheduled_time))
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
            }
            for f in finals
        ],
        "media": [{"path": m.original, "alt": m.alt, "problem": m.problem} for m in media],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
