"""The printable proof: the HTML-proof content in the rich-text subset Qt prints to PDF.

Qt's QTextDocument understands tables, inline colours and `white-space: pre-wrap`, but
not grid layout, CSS variables or data: URIs; so the cards are stacked tables and the
images are named resources that the PDF renderer registers from `images`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from html import escape

from socialdesk.export.final import FinalText
from socialdesk.export.media import MediaFile
from socialdesk.export.proof_model import Piece, proof_card
from socialdesk.export.text_formats import exported_on, status_words

OVER_STYLE = "background-color:#FFD9D9; color:#B00020;"
WORD_JOINER = "\u2060"  # Qt ignores `white-space: nowrap` on a span; this keeps one together


@dataclass(frozen=True)
class PrintProof:
    title: str
    html: str
    images: dict[str, bytes]  # resource name used in `html` → image file bytes


def image_name(item: MediaFile) -> str:
    return f"sdmedia/{item.number}"


def build_print_proof(
    title: str, finals: list[FinalText], media: list[MediaFile], language: str = "en"
) -> PrintProof:
    """The printable proof; dates are written for a reader of `language`."""
    shown_title = title or "Untitled draft"
    parts = [
        "<html><head><meta charset='utf-8'></head><body style='font-size:10pt'>",
        f"<h1 style='font-size:16pt'>{escape(shown_title)}</h1>",
        f"<p style='color:#65676B'>Proof for approval · exported {escape(exported_on(language))} · "
        f"{len(finals)} platform{'s' if len(finals) != 1 else ''}</p>",
    ]
    for final in finals:
        parts.append(print_card(final, media))
    parts.append("</body></html>")
    images = {image_name(m): m.data for m in media if m.data is not None}
    return PrintProof(shown_title, "\n".join(parts), images)


def print_card(final: FinalText, media: list[MediaFile]) -> str:
    card = proof_card(final)
    c = card.colors
    account = final.account or "no account chosen"
    post = print_pieces(card.before_fold, c["link"])
    if card.after_fold:
        post += (
            f"<span style='color:{c['link']}; font-weight:600'> {escape(card.fold_label)}</span>"
        )
    rows = [
        f"<p><span style='color:{c['accent']}; font-size:12pt; font-weight:700'>"
        f"{escape(final.name)}</span>"
        f"<span style='color:{c['secondary']}'>  ·  {escape(account)}  ·  "
        f"{escape(final.language)}</span></p>",
        f"<p style='white-space:pre-wrap; color:{c['text']}'>{post}</p>",
    ]
    if final.thread is not None:
        rows[1:] = [print_thread(final, c)]
    if card.after_fold:
        rows.append(
            f"<p style='color:{c['secondary']}; font-size:8pt'>"
            f"Hidden behind “{escape(card.fold_label)}” in the feed:</p>"
            f"<p style='white-space:pre-wrap; color:{c['secondary']}'>"
            f"{print_pieces(card.after_fold, c['link'])}</p>"
        )
    over = final.check.over_by > 0 and final.thread is None
    counted = "" if final.thread is not None else f"{final.check.count} / {final.check.limit} · "
    if over:
        rows.append(
            f"<p style='color:#B00020; font-weight:600'>Can’t be posted: over the limit by "
            f"{final.check.over_by} (the marked part)</p>"
        )
    rows.append(print_media([m for m in media if m.goes_to(final.pid)]))
    count_style = "color:#B00020; font-weight:600" if over else f"color:{c['secondary']}"
    rows.append(f"<p style='{count_style}'>{counted}{escape(status_words(final))}</p>")
    return (
        f"<table width='100%' border='1' cellspacing='0' cellpadding='10' "
        f"style='border-color:{c['border']}; border-style:solid; margin-top:12px'>"
        f"<tr><td>{''.join(rows)}</td></tr></table>"
    )


def print_thread(final: FinalText, c: dict[str, str]) -> str:
    """An X thread's parts one under another, each with its number and count."""
    assert final.thread is not None
    rows = []
    for part in final.thread.parts:
        card = proof_card(final.part(part))
        rows.append(
            f"<p style='color:{c['secondary']}; font-size:8pt'>Part {part.number}/{part.total}"
            f" · {part.count} / {final.thread.limit}</p>"
            f"<p style='white-space:pre-wrap; color:{c['text']}'>"
            f"{print_pieces(card.before_fold + card.after_fold, c['link'])}</p>"
        )
    return "".join(rows)


def print_pieces(pieces: list[Piece], link_colour: str) -> str:
    out = []
    for piece in pieces:
        style = "" if piece.kind == "plain" else f"color:{link_colour};"
        if piece.over:
            style += OVER_STYLE
        text = escape(unbreakable(piece.text) if piece.kind != "plain" else piece.text)
        out.append(f"<span style='{style}'>{text}</span>" if style else text)
    return "".join(out)


def unbreakable(text: str) -> str:
    """`text` printed on one line (unless longer than a line), so `#话题#` never leaves
    its `#` behind: a word joiner wherever a line may break. Between two letters of an
    alphabet none is needed (no break there), which keeps a copied hashtag clean."""
    out = [text[:1]]
    for before, char in itertools.pairwise(text):
        if not (_alphabetic(before) and _alphabetic(char)):
            out.append(WORD_JOINER)
        out.append(char)
    return "".join(out)


def _alphabetic(char: str) -> bool:
    return char.isalnum() and ord(char) < 0x2E80  # below the CJK blocks


def print_media(media: list[MediaFile]) -> str:
    cells = []
    for item in media:
        if item.data is None:
            cells.append(
                f"<span style='color:#B00020'>[Image {item.number} missing: "
                f"{escape(item.original)} ({escape(item.problem)})]</span> "
            )
        else:
            cells.append(f"<img src='{image_name(item)}' width='150'> ")
    return f"<p>{''.join(cells)}</p>" if cells else ""
