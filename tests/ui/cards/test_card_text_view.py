"""A card's text is updated in place, a changed segment at a time: whatever the writer
types, the card shows exactly what building it afresh shows, styles and links included."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot
from window_helpers import card_text

from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.preview import FOLD_HREF, build_preview, card_segments, colours_for
from socialdesk.ui.cards.text_view import CardTextView
from socialdesk.ui.shell.main_window import MainWindow

PIECES = st.sampled_from(
    [
        "word ",
        "слово ",
        "咖啡",
        "👩🏻‍💻",
        "🇩🇪",
        "\n",
        "#tag ",
        "#话题# ",
        "@aurora ",
        "[club1|Aurora] ",
        "https://example.com/a?b=1 ",
        "x" * 90,
        "。",
        "é",
    ]
)
EDIT = st.tuples(st.integers(0, 10_000), st.integers(0, 12), st.lists(PIECES, max_size=3))


def styled_fragments(view: CardTextView) -> list[tuple[str, str, str, int, str]]:
    """The document as (text, colour, background, weight, link) pieces."""
    pieces = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            style = fragment.charFormat()
            background = (
                style.background().color().name()
                if style.hasProperty(style.Property.BackgroundBrush)
                else ""
            )
            pieces.append(
                (
                    fragment.text(),
                    style.foreground().color().name(),
                    background,
                    style.fontWeight(),
                    style.anchorHref(),
                )
            )
            it += 1
        block = block.next()
    return pieces


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pid=st.sampled_from(PLATFORM_IDS),
    start=st.lists(PIECES, min_size=1, max_size=40),
    edits=st.lists(EDIT, min_size=1, max_size=8),
    limit=st.sampled_from([140, 280, 2000]),
)
def test_updating_in_place_shows_what_a_fresh_card_shows(
    qtbot: QtBot, pid: str, start: list[str], edits: list[tuple[int, int, list[str]]], limit: int
) -> None:
    platform = get_platform(pid)
    colours = colours_for(platform, dark=False)
    live = CardTextView()
    qtbot.addWidget(live)
    text = "".join(start)
    for at, removed, inserted in [(0, 0, []), *edits]:
        at = min(at, len(text))
        text = text[:at] + "".join(inserted) + text[at + removed :]
        segments = card_segments(build_preview(platform, text, limit), colours)
        live.show_segments(segments)
        fresh = CardTextView()
        qtbot.addWidget(fresh)
        fresh.show_segments(segments)
        assert live.toPlainText() == fresh.toPlainText() == "".join(s.text for s in segments)
        assert styled_fragments(live) == styled_fragments(fresh)


def test_the_fold_is_a_link_and_the_part_over_the_limit_is_marked(qtbot: QtBot) -> None:
    x = get_platform("twitter")
    view = CardTextView()
    qtbot.addWidget(view)
    colours = colours_for(x, dark=False)
    view.show_segments(card_segments(build_preview(x, "word " * 70, 25_000), colours))
    assert view.toPlainText().endswith("Show more")
    assert any(
        piece[4] == FOLD_HREF and piece[0] == "Show more" for piece in styled_fragments(view)
    )
    view.show_segments(card_segments(build_preview(x, "word " * 60, 280), colours))
    marked = "".join(
        p[0] for p in styled_fragments(view) if p[2] == colours.over_background.lower()
    )
    assert marked.replace("\u2029", "\n") == ("word " * 60)[280:]


def test_text_qt_writes_otherwise_stays_in_step(qtbot: QtBot) -> None:
    """Qt writes "\r\n" as one break and drops noncharacters; the card then writes its
    text anew rather than editing at the wrong places."""
    x = get_platform("twitter")
    colours = colours_for(x, dark=False)
    view = CardTextView()
    qtbot.addWidget(view)
    for text in ("one\r\n\r\ntwo #tag", "\ufffe\uffff odd", "plain end", "plain end again"):
        segments = card_segments(build_preview(x, text, 280), colours)
        view.show_segments(segments)
    assert view.toPlainText() == "plain end again"


def test_half_an_emoji_from_a_translation_shows_as_a_replacement_character(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.document.set_variant_text("weibo", "咖啡 \ud83d 好", origin="translated")
    assert window.document.draft.variants["weibo"].text == "咖啡 \ufffd 好"
    assert card_text(window.cards["weibo"]) == "咖啡 \ufffd 好"
    window.document.set_variant_text("weibo", "咖啡好")
    assert card_text(window.cards["weibo"]) == "咖啡好"
