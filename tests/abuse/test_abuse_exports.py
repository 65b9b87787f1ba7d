"""Exports are safe to open: Markdown shows a stranger's HTML and links as text, links
only to http(s); CSV for a spreadsheet cannot run a formula, CSV exact keeps every text."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from socialdesk.draft import Draft, MediaItem
from socialdesk.export import export_draft
from socialdesk.export.text_formats import build_csv, csv_cell

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def rendered_markdown(path: Path) -> str:
    """The export as a CommonMark viewer turns it into HTML (raw HTML allowed, as most do)."""
    return MarkdownIt("commonmark", {"html": True}).render(path.read_text(encoding="utf-8"))


def hostile_draft(link: str) -> Draft:
    draft = Draft(title=f"Launch {HOSTILE} [x](javascript:alert(3))", master=f"Text {HOSTILE}")
    draft.fields["link"] = link
    draft.variants["vk"].account = f"acc {HOSTILE}"
    draft.set_variant_text("twitter", "```\n</code></pre>" + HOSTILE + "\n````")
    draft.media = [MediaItem(f"pic{HOSTILE}.png", alt=f"alt {HOSTILE} ![i](javascript:x)")]
    return draft


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "vbscript:msgbox(1)",
        "https://example.com/a b><img src=x onerror=alert(1)>",
        'https://example.com/"onmouseover="alert(1)',
    ],
)
def test_markdown_shows_html_and_links_as_text(link: str, tmp_path: Path) -> None:
    out = tmp_path / "post.md"
    draft = hostile_draft(link)
    for pid in draft.enabled_platforms():
        if pid != "twitter":
            draft.set_variant_text(pid, f"{pid}: see {link}")  # the link found in the text
    export_draft(draft, "md", out)
    html = rendered_markdown(out)
    assert "<script" not in html and "<img" not in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert all(h.lower().startswith(("http://", "https://")) for h in hrefs), hrefs
    assert all(not re.search(r"[\s<>\"]", h) for h in hrefs), hrefs
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown to the reader


def test_markdown_keeps_web_links_clickable(tmp_path: Path) -> None:
    out = tmp_path / "post.md"
    draft = Draft(title="Launch", master="See https://example.com/a?b=1&c=2")
    draft.fields["link"] = "https://example.com/a?b=1&c=2"
    export_draft(draft, "md", out)
    assert 'href="https://example.com/a?b=1&amp;c=2"' in rendered_markdown(out)


FORMULAS = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x","y")']


@pytest.mark.parametrize("text", FORMULAS)
def test_csv_for_a_spreadsheet_neutralises_formulas(text: str, tmp_path: Path) -> None:
    draft = Draft(title="t", master=text)
    draft.fields["link"] = text
    out = tmp_path / "post.csv"
    export_draft(draft, "csv", out)
    rows = read_csv(out)
    for row in rows[1:]:
        assert row[3] == "'" + text
        assert row[4] in ("'" + text, "http://x")  # the link column: the text's first link
    exact = tmp_path / "exact.csv"
    export_draft(draft, "csv", exact, csv_mode="exact")
    assert all(row[3] == text for row in read_csv(exact)[1:])


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_cell_is_safe_for_a_spreadsheet_and_exact_for_a_scheduler(text: str) -> None:
    safe = csv_cell(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert safe in (text, "'" + text)
    assert csv_cell(text, "exact") == text


def test_cli_csv_modes(tmp_path: Path) -> None:
    from socialdesk.cli import main

    path = tmp_path / "d.sdraft"
    Draft(title="t", master="=cmd|' /C calc'!A0").save(path)
    assert main(["export", str(path), "-f", "csv", "-o", str(tmp_path / "a.csv")]) == 0
    assert (
        main(["export", str(path), "-f", "csv", "-o", str(tmp_path / "b.csv"), "--csv", "exact"])
        == 0
    )
    assert "\"'=cmd|" in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert '"=cmd|' in (tmp_path / "b.csv").read_text(encoding="utf-8-sig")
    with pytest.raises(ValueError, match="unknown CSV mode"):
        build_csv([], "formulas")
