"""The HTML proof: one self-contained file a client opens in any browser to approve the post.

Inline CSS, images as data: URIs, the enabled platforms side by side styled like each
feed. Every piece of user text is escaped; links are only ever http(s).
"""

from __future__ import annotations

from html import escape

from socialdesk.export.final import FinalText
from socialdesk.export.media import MediaFile
from socialdesk.export.proof_model import Piece, ProofCard, proof_card
from socialdesk.export.text_formats import exported_at, exported_on, status_words
from socialdesk.platforms.chrome import chrome
from socialdesk.translation.languages import base_language

CSS_VARS = {
    "text": "text",
    "secondary": "secondary",
    "link": "link",
    "border": "border",
    "bg": "background",
    "accent": "accent",
}

CSS = """
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; background: #F0F2F5; color: #1C1E21;
       font: 15px/1.4 -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC",
       sans-serif; }
.proof-head h1 { margin: 0 0 4px; font-size: 22px; }
.proof-head p { margin: 0 0 20px; color: #65676B; font-size: 13px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
         gap: 16px; align-items: start; }
.card { background: var(--bg); color: var(--text); border: 1px solid var(--border);
        border-radius: 12px; padding: 14px 16px; overflow-wrap: anywhere; }
.card-twitter { border-radius: 0; }
.card-weibo { border-radius: 4px; border-top: 3px solid var(--accent); }
.card-head { display: flex; gap: 10px; align-items: center; margin-bottom: 10px; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: var(--accent);
          color: #fff; display: flex; align-items: center; justify-content: center;
          font-weight: 700; flex: none; }
.platform { font-weight: 700; }
.sub { color: var(--secondary); font-size: 13px; }
.post { white-space: pre-wrap; margin: 0; }
.post a, .post .tag { color: var(--link); text-decoration: none; }
/* an entity moves to the next line whole (CJK text may break between any two
   characters); only one longer than a whole line wraps inside itself */
.post .ent { display: inline-block; max-width: 100%; overflow-wrap: anywhere; }
.refused { margin-top: 8px; color: #B00020; font-weight: 600; font-size: 13px; }
.fold { color: var(--link); font-weight: 600; }
.after-fold { display: block; margin-top: 8px; padding: 6px 8px; border: 1px dashed var(--border);
              border-radius: 6px; opacity: .6; }
.after-fold::before { content: attr(data-note); display: block; font-size: 11px;
                      color: var(--secondary); white-space: normal; }
mark.over { background: #FFD9D9; color: #B00020; }
.media { display: grid; grid-template-columns: repeat(auto-fill, minmax(100px, 1fr));
         gap: 4px; margin-top: 10px; }
.media img { width: 100%; aspect-ratio: 1; object-fit: cover; border-radius: 6px; display: block; }
.missing { border: 1px dashed #B00020; color: #B00020; padding: 6px; font-size: 12px;
           border-radius: 6px; }
.source { color: var(--secondary); font-size: 12px; margin-top: 8px; }
.count { margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--border);
         color: var(--secondary); font-size: 13px; }
.count.over { color: #B00020; font-weight: 600; }
.thread-part { border-left: 2px solid var(--border); margin-left: 19px; padding: 0 0 12px 20px; }
.thread-part:last-child { padding-bottom: 0; }
.part-count { color: var(--secondary); font-size: 12px; margin-top: 4px; }
@media print { body { background: #fff; padding: 0; } .card { break-inside: avoid; } }
"""


def build_html_proof(
    title: str, finals: list[FinalText], media: list[MediaFile], language: str = "en"
) -> str:
    """The proof page; dates are written for a reader of `language`."""
    cards = "\n".join(render_card(proof_card(f), media) for f in finals)
    shown_title = title or "Untitled draft"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(base_language(language))}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="SocialDesk">\n'
        f"<title>Proof: {escape(shown_title)}</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n"
        '<header class="proof-head">\n'
        f"<h1>{escape(shown_title)}</h1>\n"
        f'<p>Proof for approval · exported <time datetime="{escape(exported_at())}">'
        f"{escape(exported_on(language))}</time> · "
        f"{len(finals)} platform{'s' if len(finals) != 1 else ''}</p>\n"
        "</header>\n"
        f'<main class="cards">\n{cards}\n</main>\n</body>\n</html>\n'
    )


def render_card(card: ProofCard, media: list[MediaFile]) -> str:
    final, colors = card.final, card.colors
    style = ";".join(f"--{var}:{colors.get(key, '#000000')}" for var, key in CSS_VARS.items())
    type_ = chrome(final.pid).typography
    style += (
        f";font-family:{type_.css_font_family()};font-size:{type_.text_px}px"
        f";line-height:{type_.line_height_px}px;font-weight:{type_.text_weight}"
    )
    account = final.account or "no account chosen"
    post = render_pieces(card.before_fold)
    if final.thread is not None:
        post = render_thread(final)
    elif card.after_fold:
        note = f"Hidden behind “{card.fold_label}” in the feed"
        post += (
            f'<span class="fold">{escape(card.fold_label)}</span>'
            f'<span class="after-fold" data-note="{escape(note)}">'
            f"{render_pieces(card.after_fold)}</span>"
        )
    over = final.check.over_by > 0 and final.thread is None
    counted = "" if final.thread is not None else f"{final.check.count} / {final.check.limit} · "
    if over:
        post_note = (
            f'<div class="refused">Can’t be posted: over the limit by {final.check.over_by}'
            " (the marked part)</div>\n"
        )
    else:
        post_note = ""
    source = '<div class="source">来自 SocialDesk</div>\n' if final.pid == "weibo" else ""
    return (
        f'<article class="card card-{escape(final.pid)}" data-platform="{escape(final.pid)}" '
        f'lang="{escape(final.language)}" style="{escape(style)}">\n'
        '<div class="card-head">'
        f'<div class="avatar">{escape(final.name[:1])}</div>'
        f'<div><div class="platform" style="font-weight:{type_.name_weight}">'
        f"{escape(final.name)}</div>"
        f'<div class="sub">{escape(account)} · {escape(final.language)}</div></div></div>\n'
        + (post if final.thread is not None else f'<p class="post">{post}</p>\n{post_note}')
        + f"{render_media([m for m in media if m.goes_to(final.pid)])}{source}"
        f'<div class="count{" over" if over else ""}">'
        f"{counted}{escape(status_words(final))}</div>\n"
        "</article>"
    )


def render_thread(final: FinalText) -> str:
    """An X thread as X shows it: the parts one under another, joined by a line, each
    with its own count."""
    assert final.thread is not None
    out = []
    for part in final.thread.parts:
        card = proof_card(final.part(part))
        out.append(
            f'<div class="thread-part" data-part="{part.number}">'
            f'<p class="post">{render_pieces(card.before_fold + card.after_fold)}</p>'
            f'<div class="part-count">{part.number}/{part.total} · '
            f"{part.count} / {final.thread.limit}</div></div>\n"
        )
    return "".join(out)


def render_pieces(pieces: list[Piece]) -> str:
    out = []
    for piece in pieces:
        text = escape(piece.text)
        if piece.href:
            html = (
                f'<a class="ent" href="{escape(piece.href)}" rel="noopener noreferrer">{text}</a>'
            )
        elif piece.kind != "plain":
            html = f'<span class="tag ent">{text}</span>'
        else:
            html = text
        if piece.over:
            html = f'<mark class="over" title="past the limit">{html}</mark>'
        out.append(html)
    return "".join(out)


def render_media(media: list[MediaFile]) -> str:
    if not media:
        return ""
    items = []
    for item in media:
        if item.data is None:
            items.append(
                f'<div class="missing">Image {item.number} missing: '
                f"{escape(item.original)} ({escape(item.problem)})</div>"
            )
        else:
            items.append(f'<img src="{item.data_uri()}" alt="{escape(item.alt)}">')
    return f'<div class="media">{"".join(items)}</div>\n'
