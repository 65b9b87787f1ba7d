"""Cancelling a queued post: the queue row and the draft's publish log agree."""

from __future__ import annotations

from contextlib import suppress

from socialdesk.draft import Draft, DraftError, PublishRecord, now_iso
from socialdesk.schedule.queue import Queue, QueuedPost


def cancel_queued(post_id: int, queue: Queue | None = None) -> QueuedPost:
    """Cancel a waiting post; the draft's log gets a 'cancelled' entry so that
    publishing the same text again is allowed."""
    queue = queue if queue is not None else Queue()
    post = queue.cancel(post_id)
    log_cancel(post)
    return post


def log_cancel(post: QueuedPost) -> None:
    """A 'cancelled' entry in the draft's publish log (if the draft is still there)."""
    if not post.draft_path:
        return
    try:
        draft = Draft.load(post.draft_path)
    except DraftError:
        return  # the draft moved or went: the queue row is the record
    draft.publish_log.append(
        PublishRecord(
            platform=post.platform,
            time=now_iso(),
            status="cancelled",
            post_id=post.post_id or f"queue:{post.id}",
            text_hash=post.text_hash,
            message="Scheduled post cancelled.",
        )
    )
    with suppress(DraftError):  # the queue row says cancelled; the log only lags
        draft.save(post.draft_path)
