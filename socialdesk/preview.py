"""What a platform's feed shows for a text: runs of plain text and entities, the fold, the
part past the limit. Qt-free, so the preview logic is tested without a display; the card
widget only lays out the styled segments made here.

A collapsed card shows the text up to the platform's fold point followed by its own
"show more" label; entity detection then only looks at a window around the visible part,
which keeps a keystroke in a 25,000-character draft cheap.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from socialdesk.platforms import incremental
from socialdesk.platforms.base import Check, Entity, Platform
from socialdesk.platforms.weibo.paths import check_text, rules_for

RunKind = Literal["plain", "hashtag", "cashtag", "topic", "mention", "list", "link", "url", "gap"]
FoldPlacement = Literal["inline", "block"]

# How far past the fold to look for entities cut by it (a URL, a long VK link).
_ENTITY_WINDOW = 400
# A fold point inside a word moves back to the space before it, if that is this close.
_WORD_BACKOFF = 30
# A card over the limit shows all of a text up to this long; a longer one shows its
# start, then the stretch before the limit and what passes it, with gaps between.
_REFUSED_WHOLE = 1200
_REFUSED_CONTEXT = 200
_OVER_SHOWN = 280  # a feed's fold's worth: enough to see what to cut


class Run(NamedTuple):
    """A stretch of the shown text: `text` is what the feed shows (a VK link shows its name)."""

    text: str
    kind: RunKind = "plain"
    over: bool = False  # past the platform's limit
    target: str = ""
    hidden: int = 0  # a "gap": how many characters of the text it stands for


class FoldStyle(NamedTuple):
    """How a platform shows the fold: the label inline after an ellipsis, or on its own line."""

    placement: FoldPlacement = "inline"
    ellipsis: str = "…"
    colour_role: Literal["link", "secondary"] = "link"
    bold: bool = False


# Presentation of each feed's fold; a platform not listed gets the default.
FOLD_STYLES: dict[str, FoldStyle] = {
    "twitter": FoldStyle(placement="block", ellipsis="…"),
    "vk": FoldStyle(placement="block", ellipsis="…"),
    "weibo": FoldStyle(placement="inline", ellipsis=""),  # the label carries its own "…"
    "facebook": FoldStyle(placement="inline", ellipsis="… ", colour_role="secondary", bold=True),
}


class Preview(NamedTuple):
    """One card's content for one text."""

    platform_id: str
    check: Check
    runs: tuple[Run, ...]
    folded: bool  # text continues behind the fold label
    fold_label: str
    fold_style: FoldStyle
    foldable: bool  # the text is long enough to fold (shown expanded or not)
    refused: bool = False  # over the limit: the platform will not take it, nothing folds

    @property
    def over_by(self) -> int:
        return self.check.over_by

    @property
    def shown_text(self) -> str:
        return "".join(run.text for run in self.runs)


def platform_check(platform: Platform, text: str, limit: int) -> Check:
    """The card's check. Weibo's sharing API is the only path with a 140 limit (a draft's
    `limit_for`), and its rules come with it: topics and a missing link are marked."""
    if platform.id == "weibo" and limit == rules_for("api").limit:
        return check_text(text, "api")
    # cards are rebuilt on every keystroke: recount only the paragraph it changed
    return incremental.check(platform, text, limit)


def build_preview(platform: Platform, text: str, limit: int, expanded: bool = False) -> Preview:
    """The runs a platform's feed shows for `text`, folded unless `expanded`.

    A text over the limit is not folded: the platform refuses it, so the card shows the
    part past the limit, marked, instead of a "show more" that would never exist."""
    check = platform_check(platform, text, limit)
    if check.over_at is not None:
        return _refused(platform, text, check)
    fold_at = check.fold_at
    foldable = fold_at is not None and fold_at < len(text)
    folded = foldable and not expanded
    window_end = len(text)
    if folded and fold_at is not None:
        window_end = min(len(text), fold_at + _ENTITY_WINDOW)
    entities = platform.entities(text[:window_end])
    if folded and fold_at is not None:
        visible_end = len(text[: feed_fold(text, fold_at, entities)].rstrip())
    else:
        visible_end = len(text)
    runs = _runs(text, entities, visible_end, check.over_at)
    return Preview(
        platform_id=platform.id,
        check=check,
        runs=tuple(runs),
        folded=folded,
        fold_label=platform.fold_label,
        fold_style=FOLD_STYLES.get(platform.id, FoldStyle()),
        foldable=foldable,
    )


def feed_fold(text: str, fold_at: int, entities: list[Entity]) -> int:
    """Where the feed really cuts a text the count folds at `fold_at`: never inside a link
    or tag, and at the space before a word it would cut, if one is close. The proofs fold
    here too, so they match the cards."""
    return _fold_between_words(text, _fold_outside_entities(fold_at, entities))


def _refused(platform: Platform, text: str, check: Check) -> Preview:
    over_at = check.over_at or 0
    end = min(len(text), over_at + _OVER_SHOWN)
    end = _word_end(text, end)
    if end <= _REFUSED_WHOLE:
        segments = [(0, end)]
    else:
        head = platform.fold_count or _REFUSED_CONTEXT
        head_end = _word_end(text, min(head, over_at))
        tail_start = _word_start(text, max(head_end, over_at - _REFUSED_CONTEXT))
        segments = [(0, head_end), (tail_start, end)] if tail_start > head_end else [(0, end)]
    runs: list[Run] = []
    pos = 0
    for start, stop in segments:
        if start > pos:
            runs.append(Run("…", "gap", hidden=start - pos))
        part = text[start:stop]
        runs.extend(_runs(part, platform.entities(part), len(part), over_at - start))
        pos = stop
    if pos < len(text):
        runs.append(Run("…", "gap", over=True, hidden=len(text) - pos))
    return Preview(
        platform_id=platform.id,
        check=check,
        runs=tuple(runs),
        folded=False,
        fold_label=platform.fold_label,
        fold_style=FOLD_STYLES.get(platform.id, FoldStyle()),
        foldable=False,
        refused=True,
    )


def _word_end(text: str, index: int) -> int:
    """`index`, moved on to the end of the word it falls in (at most a few characters)."""
    limit = min(len(text), index + _WORD_BACKOFF)
    while index < limit and not text[index].isspace() and not text[index - 1].isspace():
        index += 1
    return index


def _word_start(text: str, index: int) -> int:
    """`index`, moved on to the start of the next word if it falls inside one."""
    limit = min(len(text), index + _WORD_BACKOFF)
    start = index
    while index < limit and index > 0 and not text[index - 1].isspace():
        index += 1
    return index if index < limit else start


def _fold_outside_entities(fold_at: int, entities: list[Entity]) -> int:
    """Feeds never cut a link or tag in half: fold before an entity the fold point splits."""
    for entity in entities:
        if entity.start < fold_at < entity.end:
            return entity.start
    return fold_at


def _fold_between_words(text: str, fold_at: int) -> int:
    """Feeds cut at a space when there is one close before the fold point."""
    if fold_at < len(text) and not text[fold_at].isspace() and not text[fold_at - 1].isspace():
        space = max(text.rfind(" ", 0, fold_at), text.rfind("\n", 0, fold_at))
        if space > 0 and fold_at - space <= _WORD_BACKOFF:
            return space
    return fold_at


def _runs(text: str, entities: list[Entity], end: int, over_at: int | None) -> list[Run]:
    if over_at is not None and over_at <= 0:
        over_at = 0
    runs: list[Run] = []
    pos = 0

    def plain(start: int, stop: int) -> None:
        if start >= stop:
            return
        if over_at is not None and start < over_at < stop:
            runs.append(Run(text[start:over_at]))
            runs.append(Run(text[over_at:stop], over=True))
        else:
            runs.append(Run(text[start:stop], over=over_at is not None and start >= over_at))

    for entity in entities:
        if entity.start >= end:
            break
        plain(pos, entity.start)
        over = over_at is not None and entity.end > over_at
        runs.append(Run(entity.display, entity.kind, over, entity.target))
        pos = entity.end
    plain(pos, end)
    return runs


# -- styled text for the card ----------------------------------------------------------

FOLD_HREF = "socialdesk:expand"
COLLAPSE_HREF = "socialdesk:collapse"


class CardColours(NamedTuple):
    text: str
    link: str
    secondary: str
    over_text: str
    over_background: str


def colours_for(platform: Platform, dark: bool) -> CardColours:
    """A platform's feed colours (resources/platforms.json) for a light or dark card."""
    c = platform.colors

    def pick(key: str) -> str:
        return c.get(f"dark_{key}", c[key]) if dark else c[key]

    return CardColours(
        text=pick("text"),
        link=pick("link"),
        secondary=pick("secondary"),
        over_text="#FF6B6B" if dark else "#C4001D",
        over_background="#4A1C22" if dark else "#FFDDE1",
    )


class Segment(NamedTuple):
    """A stretch of a card's text in one style; `href` makes it a link the card handles."""

    text: str
    colour: str
    background: str = ""
    bold: bool = False
    href: str = ""


def card_segments(
    preview: Preview, colours: CardColours, show_collapse: bool = True
) -> tuple[Segment, ...]:
    """The card's text as styled segments: entity colours, over-limit marks, the fold."""
    segments = [_run_segment(run, colours) for run in preview.runs]
    style = preview.fold_style
    if preview.folded:
        colour = colours.link if style.colour_role == "link" else colours.secondary
        line_break = "\n" if style.placement == "block" else ""
        segments.append(Segment(style.ellipsis + line_break, colours.text))
        segments.append(Segment(preview.fold_label, colour, bold=style.bold, href=FOLD_HREF))
    elif preview.foldable and show_collapse:
        segments.append(Segment("\n", colours.text))
        segments.append(Segment("Show less", colours.secondary, href=COLLAPSE_HREF))
    return tuple(segments)


def _run_segment(run: Run, colours: CardColours) -> Segment:
    if run.kind == "gap":  # text left out of a refused card: its own line, in grey
        return Segment("\n[…]\n", colours.secondary)
    colour = colours.text if run.kind == "plain" else colours.link
    if run.over:
        if run.kind == "plain":
            colour = colours.over_text
        return Segment(run.text, colour, background=colours.over_background)
    return Segment(run.text, colour)
