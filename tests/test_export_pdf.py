"""The PDF proof, printed by Qt and read back with pypdf: pages, page size, text."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
from export_samples import sample_draft

from socialdesk.draft import Draft
from socialdesk.export import export_draft
from socialdesk.platforms import get_platform
from socialdesk.ui.export.pdf_proof import render_pdf

POINTS_PER_MM = 72 / 25.4


def pdf_text(path: Path) -> str:
    """All text, normalised the way a reader compares it: ligatures and CJK radicals
    folded (NFKC) and whitespace removed, since PDF text carries no reliable spaces."""
    reader = pypdf.PdfReader(path)
    text = "".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def draft_and_path(tmp_path: Path) -> tuple[Draft, Path]:
    return sample_draft(tmp_path)


@pytest.mark.parametrize(
    ("page_size", "width_mm", "height_mm"), [("A4", 210, 297), ("Letter", 215.9, 279.4)]
)
def test_pdf_pages_are_the_chosen_size(
    qapp: object,
    draft_and_path: tuple[Draft, Path],
    tmp_path: Path,
    page_size: str,
    width_mm: float,
    height_mm: float,
) -> None:
    draft, path = draft_and_path
    out = tmp_path / f"proof-{page_size}.pdf"
    export_draft(draft, "pdf", out, draft_path=path, page_size=page_size, pdf_renderer=render_pdf)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) >= 1
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(width_mm * POINTS_PER_MM, abs=1)
        assert float(page.mediabox.height) == pytest.approx(height_mm * POINTS_PER_MM, abs=1)
    assert reader.metadata is not None and reader.metadata.title == "Aurora Coffee opens in Berlin"


def test_pdf_holds_the_texts_in_latin_cyrillic_and_chinese(
    qapp: object, draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    out = tmp_path / "proof.pdf"
    export_draft(draft, "pdf", out, draft_path=path, pdf_renderer=render_pdf)
    text = pdf_text(out)
    assert squeeze("Aurora Coffee is open in Berlin-Mitte!") in text
    assert squeeze("открылась в Берлине, в районе Митте!") in text
    assert "柏林米特区门店正式开业" in text
    assert "Показатьполностью" in text, "VK's fold is shown"
    # Qt's font subset may map 页 to its look-alike radical ⻚ (U+2EDA), which NFKC keeps
    assert re.search("网[页⻚]链接", text), "Weibo's display link"
    x_count = get_platform("twitter").count(draft.text_for("twitter"))
    assert squeeze(f"{x_count} / 280") in text
    assert "Image2missing:images/gone.jpg" in text


def test_a_long_post_runs_over_several_pages(
    qapp: object, draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    paragraph = "Длинный пост для проверки разбиения на страницы. " * 12
    draft.set_variant_text("vk", "\n\n".join(f"{n}. {paragraph}" for n in range(40)))
    out = tmp_path / "long.pdf"
    export_draft(draft, "pdf", out, draft_path=path, pdf_renderer=render_pdf)
    short = tmp_path / "short.pdf"
    draft.revert_variant("vk")
    export_draft(draft, "pdf", short, draft_path=path, pdf_renderer=render_pdf)
    assert len(pypdf.PdfReader(out).pages) > len(pypdf.PdfReader(short).pages) + 2
    assert "39.Длинныйпост" in pdf_text(out), "the last paragraph made it to the last page"


def test_pdf_keeps_a_topic_on_one_line_at_any_width(
    qapp: object, draft_and_path: tuple[Draft, Path]
) -> None:
    """Qt may break Chinese between any two characters; the topic `#…#` stays whole."""
    from PySide6.QtGui import QTextDocument

    from socialdesk.export.final import final_text
    from socialdesk.export.print_proof import WORD_JOINER, build_print_proof

    draft, _ = draft_and_path
    topic = "#柏林咖啡开业啦#"
    draft.set_variant_text("weibo", "今天我们在柏林开业了欢迎大家 " + topic + " 来坐坐")
    proof = build_print_proof("t", [final_text(draft, "weibo")], [])
    for width in range(200, 420, 6):  # wider than the topic itself
        doc = QTextDocument()
        doc.setHtml(proof.html)
        doc.setTextWidth(width)
        doc.size()
        block = doc.begin()
        while block.isValid():
            shown = block.text().replace(WORD_JOINER, "")
            if topic in shown:
                start = block.text().index("#")
                end = block.text().index("#", start + 1) + 1
                layout = block.layout()
                breaks = [layout.lineAt(i).textStart() for i in range(1, layout.lineCount())]
                assert not [b for b in breaks if start < b < end], (width, breaks)
            block = block.next()


def test_pdf_folds_where_the_card_folds_never_mid_word(
    qapp: object, draft_and_path: tuple[Draft, Path]
) -> None:
    """VK's count folds inside a word; the printed proof, like the card, folds before it
    and prints the rest under "hidden behind"."""
    from PySide6.QtGui import QTextDocument

    from socialdesk.export.final import final_text
    from socialdesk.export.print_proof import WORD_JOINER, build_print_proof
    from socialdesk.preview import build_preview

    draft, _ = draft_and_path
    vk = get_platform("vk")
    text = "Показываем " * 40
    draft.set_variant_text("vk", text)
    fold_at = vk.check(text).fold_at
    assert fold_at is not None and text[fold_at - 1] != " " and text[fold_at] != " "
    doc = QTextDocument()
    doc.setHtml(build_print_proof("t", [final_text(draft, "vk")], []).html)
    printed = doc.toPlainText().replace(WORD_JOINER, "")
    before = printed[: printed.index(" Показать полностью…")]
    shown = build_preview(vk, text, vk.limit).shown_text.rstrip()
    assert before.endswith(shown), "the proof folds where the card does"
    assert before.endswith("Показываем")
    hidden = printed[printed.index("Hidden behind") :]
    assert hidden.split("\n", 1)[1].lstrip().startswith(text[len(shown) :].lstrip()[:20])
