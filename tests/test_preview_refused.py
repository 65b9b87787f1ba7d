"""Over the limit reads as refused: no fold, the part past the limit marked, and a long
text shown around its limit rather than whole."""

from __future__ import annotations

from socialdesk.platforms import get_platform
from socialdesk.preview import build_preview, card_segments, colours_for, feed_fold


def test_x_over_280_is_refused_not_folded() -> None:
    x = get_platform("twitter")
    text = "word " * 60  # 300 characters
    preview = build_preview(x, text, 280)
    assert preview.refused and not preview.folded and not preview.foldable
    assert preview.over_by == 20
    assert preview.shown_text == text  # everything, the excess included
    over = "".join(r.text for r in preview.runs if r.over)
    assert over == text[280:]
    segments = card_segments(preview, colours_for(x, dark=False))
    assert not any(s.href for s in segments)  # no fold to open: nothing is hidden
    assert "".join(s.text for s in segments if s.background == "#FFDDE1") == text[280:]


def test_a_fitting_long_post_still_folds() -> None:
    x = get_platform("twitter")
    preview = build_preview(x, "word " * 60, 25000)  # Premium: fits, folds at 280
    assert preview.folded and not preview.refused


def test_a_long_refused_text_shows_its_start_and_the_stretch_around_the_limit() -> None:
    vk = get_platform("vk")
    text = "слово " * 3000  # 18,000 characters, limit 16,384
    preview = build_preview(vk, text, 16384)
    assert preview.refused and preview.over_by == 18000 - 16384
    gaps = [r for r in preview.runs if r.kind == "gap"]
    assert len(gaps) == 2
    shown = sum(len(r.text) for r in preview.runs if r.kind != "gap")
    assert shown < 2000  # not 18,000 characters in one card
    assert shown + sum(g.hidden for g in gaps) == len(text)
    over_at = vk.check(text).over_at
    assert over_at is not None
    # what leads up to the limit is shown unmarked, what passes it marked
    before = [r for r in preview.runs if r.kind == "plain" and not r.over]
    assert text[over_at - 50 : over_at] in before[-1].text
    first_over = next(r for r in preview.runs if r.over)
    assert first_over.text.startswith(text[over_at : over_at + 50])
    segments = card_segments(preview, colours_for(vk, dark=True))
    assert [s.text for s in segments].count("\n[…]\n") == 2
    assert not any(s.href for s in segments)


def test_refused_runs_never_split_words_at_the_gaps() -> None:
    vk = get_platform("vk")
    text = "слово " * 3000
    preview = build_preview(vk, text, 16384)
    pos, boundaries = 0, []
    for run in preview.runs:
        if run.kind == "gap":
            boundaries += [pos, pos + run.hidden]
            pos += run.hidden
        else:
            assert text.startswith(run.text, pos)
            pos += len(run.text)
    assert pos == len(text) and len(boundaries) == 4
    for cut in boundaries:
        assert cut == len(text) or text[cut - 1] == " " or text[cut] == " ", cut


def test_feed_fold_moves_to_the_space_before_a_cut_word() -> None:
    vk = get_platform("vk")
    text = "Показываем " * 40
    fold_at = vk.check(text).fold_at
    assert fold_at is not None and text[fold_at - 1] != " "  # the count cuts a word
    cut = feed_fold(text, fold_at, vk.entities(text))
    assert text[cut] == " " and cut < fold_at
    assert build_preview(vk, text, 16384).shown_text == text[:cut]
