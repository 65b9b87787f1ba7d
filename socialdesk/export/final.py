"""The final text of each enabled platform: exactly what Publish would send, with its count.

Every export format is built from these records, so all formats agree with each other
and with the editor. Accounts appear by id only; secrets never enter a draft.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from socialdesk.draft import Draft
from socialdesk.platforms import Check, get_platform
from socialdesk.platforms.twitter.thread import Thread, ThreadPart, split_thread


@dataclass(frozen=True)
class FinalText:
    pid: str
    name: str
    language: str
    account: str  # account id, "" when none is chosen
    text: str
    check: Check
    link: str  # the first link in the text, else the draft's "link" field
    scheduled_time: str  # ISO time of a native schedule, "" when not scheduled
    thread: Thread | None = None  # X posted as a thread of more than one part

    def part(self, part: ThreadPart) -> FinalText:
        """One part of the thread as a final text of its own (for cards and rows)."""
        check = get_platform(self.pid).check(part.text, self.check.limit)
        return replace(self, text=part.text, check=check, thread=None)


def final_texts(draft: Draft) -> list[FinalText]:
    return [final_text(draft, pid) for pid in draft.enabled_platforms()]


def final_text(draft: Draft, pid: str) -> FinalText:
    platform = get_platform(pid)
    text = draft.text_for(pid)
    variant = draft.variants[pid]
    thread = None
    if pid == "twitter" and draft.twitter_thread and text.strip():
        split = split_thread(text, draft.limit_for(pid), numbered=draft.twitter_thread_numbering)
        thread = split if split.is_thread else None
    return FinalText(
        pid=pid,
        name=platform.name,
        language=variant.language,
        account=variant.account or "",
        text=text,
        check=platform.check(text, draft.limit_for(pid)),
        link=first_link(draft, pid, text),
        scheduled_time=scheduled_time(draft, pid),
        thread=thread,
    )


def first_link(draft: Draft, pid: str, text: str) -> str:
    for entity in get_platform(pid).entities(text):
        if entity.kind == "url":
            return entity.target or entity.text
    return draft.fields.get("link", "")


def scheduled_time(draft: Draft, pid: str) -> str:
    """The time of the latest native schedule for `pid`, unless a later record supersedes it."""
    latest = ""
    for record in draft.publish_log:
        if record.platform != pid:
            continue
        latest = record.time if record.status == "scheduled" else ""
    return latest
