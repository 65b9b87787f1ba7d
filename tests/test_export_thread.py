"""Exports of a draft whose X text is posted as a thread: every format shows the parts,
numbered, each with its count."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from socialdesk.draft import Draft
from socialdesk.export import export_draft
from socialdesk.export.final import final_texts
from socialdesk.export.print_proof import build_print_proof
from socialdesk.platforms.twitter.thread import split_thread

TEXT = "".join(
    f"Day {n}: 北极光之旅 tours with guides who know every valley & <b>fjord</b>. "
    for n in range(1, 11)
).strip()


@pytest.fixture
def draft() -> Draft:
    draft = Draft(title="Aurora thread", master=TEXT)
    draft.twitter_thread = True
    draft.twitter_thread_numbering = True
    draft.variants["weibo"].enabled = False
    return draft


def parts() -> list[str]:
    texts = split_thread(TEXT, numbered=True).texts
    assert len(texts) >= 3
    return texts


def test_plain_text_and_zip_number_the_parts(draft: Draft, tmp_path: Path) -> None:
    export_draft(draft, "txt", tmp_path / "out")
    expected = "\n\n".join(f"[{n}/{len(parts())}]\n{t}" for n, t in enumerate(parts(), 1))
    assert (tmp_path / "out" / "twitter.txt").read_text(encoding="utf-8") == expected
    assert (tmp_path / "out" / "vk.txt").read_text(encoding="utf-8") == TEXT  # one post


def test_csv_has_a_row_per_part_in_order(draft: Draft, tmp_path: Path) -> None:
    export_draft(draft, "csv", tmp_path / "posts.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "posts.csv").read_text("utf-8-sig"))))
    assert [r["text"] for r in rows if r["platform"] == "twitter"] == parts()
    assert [r["text"] for r in rows if r["platform"] == "vk"] == [TEXT]


def test_json_lists_the_parts_with_their_counts(draft: Draft, tmp_path: Path) -> None:
    export_draft(draft, "json", tmp_path / "post.json")
    document = json.loads((tmp_path / "post.json").read_text(encoding="utf-8"))
    x = next(p for p in document["platforms"] if p["platform"] == "twitter")
    assert [p["text"] for p in x["parts"]] == parts()
    assert all(p["count"] <= 280 for p in x["parts"])
    assert x["text"] == TEXT
    vk = next(p for p in document["platforms"] if p["platform"] == "vk")
    assert vk["parts"] == []


def test_markdown_gives_each_part_its_number_and_count(draft: Draft, tmp_path: Path) -> None:
    export_draft(draft, "md", tmp_path / "post.md")
    md = (tmp_path / "post.md").read_text(encoding="utf-8")
    thread = split_thread(TEXT, numbered=True)
    for part in thread.parts:
        assert f"Part {part.number}/{part.total} — {part.count} / 280" in md
        assert f"```text\n{part.text}\n```" in md
    assert f"a thread of {len(thread.parts)} posts, each fits" in md


def test_html_proof_shows_the_thread_as_parts_with_counts(draft: Draft, tmp_path: Path) -> None:
    export_draft(draft, "html", tmp_path / "proof.html")
    html = (tmp_path / "proof.html").read_text(encoding="utf-8")
    thread = split_thread(TEXT, numbered=True)
    assert html.count('class="thread-part"') == len(thread.parts)
    for part in thread.parts:
        assert f"{part.number}/{part.total} · {part.count} / 280" in html
    assert "<b>fjord</b>" not in html and "&lt;b&gt;fjord&lt;/b&gt;" in html
    x_card = html[html.index('data-platform="twitter"') :].split("</article>")[0]
    assert 'class="count over"' not in x_card  # the thread fits; the single text would not


def test_print_proof_shows_each_part(draft: Draft) -> None:
    proof = build_print_proof("Aurora", final_texts(draft), [])
    for part in split_thread(TEXT, numbered=True).parts:
        assert f"Part {part.number}/{part.total} · {part.count} / 280" in proof.html
