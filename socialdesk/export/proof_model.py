"""What a proof shows for one platform: the post cut into pieces as the feed displays it.

Links show the platform's display form, tags and mentions its colours, the text past
the fold sits behind the platform's "show more" label, and text past the limit is
marked. Entities are atomic: a fold or limit inside one moves to its start, as feeds
never cut a link in half. Both the HTML and the PDF proof are drawn from this model.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from socialdesk.export.final import FinalText
from socialdesk.platforms import Entity, get_platform
from socialdesk.preview import feed_fold

_SAFE_HREF = re.compile(r"^https?://", re.IGNORECASE)
_HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{3,8}$")


@dataclass(frozen=True)
class Piece:
    text: str  # what the reader sees
    kind: str  # "plain" or an entity kind
    href: str  # an http(s) link or ""
    over: bool  # past the platform's limit


@dataclass(frozen=True)
class ProofCard:
    final: FinalText
    colors: dict[str, str]
    fold_label: str
    before_fold: list[Piece]
    after_fold: list[Piece]  # empty when the post does not fold

    @property
    def refused(self) -> bool:
        """Over the limit: the platform would not take the post."""
        return self.final.check.over_by > 0


def safe_colour(value: str, fallback: str = "#000000") -> str:
    return value if _HEX_COLOUR.match(value) else fallback


def safe_href(url: str) -> str:
    if url.lower().startswith("www."):
        url = "https://" + url
    return url if _SAFE_HREF.match(url) else ""


def proof_card(final: FinalText) -> ProofCard:
    platform = get_platform(final.pid)
    text = final.text
    entities = _non_overlapping(platform.entities(text))
    fold_at = final.check.fold_at
    refused = final.check.over_by > 0
    fold = None if refused or fold_at is None else feed_fold(text, fold_at, entities)
    over = _outside_entities(final.check.over_at, entities)
    pieces: list[tuple[int, Piece]] = []  # (start index in text, piece)
    pos = 0
    for entity in [*entities, None]:
        gap_end = len(text) if entity is None else entity.start
        cuts = sorted(
            {pos, gap_end, *(c for c in (fold, over) if c is not None and pos < c < gap_end)}
        )
        for start, end in itertools.pairwise(cuts):
            over_here = over is not None and start >= over
            pieces.append((start, Piece(text[start:end], "plain", "", over_here)))
        if entity is None:
            break
        over_here = over is not None and entity.start >= over
        pieces.append((entity.start, _entity_piece(final.pid, entity, over_here)))
        pos = entity.end
    colors = {key: safe_colour(value) for key, value in platform.colors.items()}
    return ProofCard(
        final=final,
        colors=colors,
        fold_label=platform.fold_label,
        before_fold=[p for start, p in pieces if fold is None or start < fold],
        after_fold=[p for start, p in pieces if fold is not None and start >= fold],
    )


def _entity_piece(pid: str, entity: Entity, over: bool) -> Piece:
    platform = get_platform(pid)
    if entity.kind == "url":
        target = entity.target or entity.text
        return Piece(platform.display_link(target), "url", safe_href(target), over)
    if entity.kind in ("mention", "list", "link"):
        href = safe_href(platform.profile_url(entity.target)) if entity.target else ""
        return Piece(entity.display, entity.kind, href, over)
    return Piece(entity.display, entity.kind, "", over)


def _non_overlapping(entities: list[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if entity.end > entity.start and (not kept or entity.start >= kept[-1].end):
            kept.append(entity)
    return kept


def _outside_entities(index: int | None, entities: list[Entity]) -> int | None:
    if index is None:
        return None
    for entity in entities:
        if entity.start < index < entity.end:
            return entity.start
    return index
