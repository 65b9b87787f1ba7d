"""Each export format written for real and read back: texts exact, counts right, no secrets."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from export_samples import sample_draft, tiny_png

from socialdesk.draft import Draft, PublishRecord
from socialdesk.export import FORMATS, ExportError, export_draft
from socialdesk.platforms import get_platform
from socialdesk.preview import build_preview


@pytest.fixture
def draft_and_path(tmp_path: Path) -> tuple[Draft, Path]:
    return sample_draft(tmp_path)


def test_plain_text_folder_has_one_exact_utf8_file_per_enabled_platform(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    draft.variants["facebook"].enabled = False
    out = tmp_path / "out"
    result = export_draft(draft, "txt", out, draft_path=path)

    texts = sorted(p.name for p in out.glob("*.txt") if p.name != "MISSING-MEDIA.txt")
    assert texts == ["twitter.txt", "vk.txt", "weibo.txt"]
    for pid in ("vk", "weibo", "twitter"):
        assert (out / f"{pid}.txt").read_bytes() == draft.text_for(pid).encode("utf-8")
    assert "Берлине" in (out / "vk.txt").read_text(encoding="utf-8")
    assert "柏林米特区" in (out / "weibo.txt").read_text(encoding="utf-8")
    # the real image is copied byte for byte; the missing one is named in a note
    assert (out / "media" / "01-cup.png").read_bytes() == tiny_png()
    note = (out / "MISSING-MEDIA.txt").read_text(encoding="utf-8")
    assert "images/gone.jpg" in note and "not found" in note
    assert result.notes == ["image 2 (images/gone.jpg): image file not found"]


def test_zip_holds_the_same_files(draft_and_path: tuple[Draft, Path], tmp_path: Path) -> None:
    draft, path = draft_and_path
    out = tmp_path / "post.zip"
    export_draft(draft, "zip", out, draft_path=path)
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        names = set(archive.namelist())
        assert {"vk.txt", "weibo.txt", "twitter.txt", "facebook.txt"} <= names
        assert archive.read("media/01-cup.png") == tiny_png()
        for pid in draft.enabled_platforms():
            assert archive.read(f"{pid}.txt").decode("utf-8") == draft.text_for(pid)


def test_markdown_keeps_each_text_verbatim_with_its_count(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    tricky = "Use ```code``` and | pipes *stars* _under_ <b>tags</b>\n\n# not a heading"
    draft.set_variant_text("facebook", tricky)
    out = tmp_path / "post.md"
    export_draft(draft, "md", out, draft_path=path)
    text = out.read_text(encoding="utf-8")

    blocks = re.findall(r"^(`{3,})text\n(.*?)\n\1$", text, flags=re.MULTILINE | re.DOTALL)
    assert [body for _, body in blocks] == [draft.text_for(p) for p in draft.enabled_platforms()]
    for pid in draft.enabled_platforms():
        check = get_platform(pid).check(draft.text_for(pid), draft.limit_for(pid))
        assert f"Count: {check.count} / {check.limit}" in text
    assert text.startswith("# Aurora Coffee opens in Berlin\n")
    assert "image file not found" in text


def test_csv_reads_back_with_chinese_and_russian_intact(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    draft.publish_log.append(
        PublishRecord("vk", "2026-12-01T09:00:00+00:00", "scheduled", post_id="7")
    )
    out = tmp_path / "post.csv"
    export_draft(draft, "csv", out, draft_path=path)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads UTF-8"

    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [r["platform"] for r in rows] == draft.enabled_platforms()
    by_pid = {r["platform"]: r for r in rows}
    assert by_pid["vk"]["text"] == draft.text_for("vk")
    assert by_pid["weibo"]["text"] == draft.text_for("weibo")
    assert "柏林米特区门店正式开业" in by_pid["weibo"]["text"]
    assert "открылась в Берлине" in by_pid["vk"]["text"]
    assert by_pid["vk"]["account"] == "vk-aurora-community"
    assert by_pid["vk"]["language"] == "ru"
    assert by_pid["vk"]["scheduled_time"] == "2026-12-01T09:00:00+00:00"
    assert by_pid["twitter"]["scheduled_time"] == ""
    assert by_pid["twitter"]["link"] == "https://auroracoffee.de/berlin"
    # every field quoted, including the header: first line is all quoted cells
    header = raw.decode("utf-8-sig").split("\r\n", 1)[0]
    assert header == '"platform","account","language","text","link","scheduled_time"'


def test_json_has_the_final_texts_and_counts(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    out = tmp_path / "post.json"
    export_draft(draft, "json", out, draft_path=path)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "socialdesk-export"
    assert {p["platform"]: p["text"] for p in data["platforms"]} == {
        pid: draft.text_for(pid) for pid in draft.enabled_platforms()
    }
    weibo = next(p for p in data["platforms"] if p["platform"] == "weibo")
    assert weibo["count"] == get_platform("weibo").count(draft.text_for("weibo"))
    assert data["media"][1] == {
        "path": "images/gone.jpg",
        "alt": "Deleted photo",
        "problem": "image file not found",
    }


class ProofParser(HTMLParser):
    """Collects each card's visible text, its links, marks, images and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cards: dict[str, dict[str, list[str]]] = {}
        self.current: str | None = None
        self.depth = 0
        self.tags: list[str] = []
        self.head_title = ""
        self._in_title = False
        self.in_post = False
        self.in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "title":
            self._in_title = True
        if tag == "article":
            self.current = a["data-platform"] or ""
            self.cards[self.current] = {
                "text": [],
                "href": [],
                "img": [],
                "style": [a["style"] or ""],
                "mark": [],
                "lang": [a.get("lang") or ""],
                "post": [],
                "marked": [],  # text inside the marks
            }
        if self.current is None:
            return
        card = self.cards[self.current]
        if tag == "a":
            card["href"].append(a.get("href") or "")
        if tag == "img":
            card["img"].append(a.get("src") or "")
        if tag == "mark":
            card["mark"].append("")
            self.in_mark = True
        if tag == "p" and a.get("class") == "post":
            self.in_post = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "article":
            self.current = None
        if tag == "p":
            self.in_post = False
        if tag == "mark":
            self.in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.head_title += data
        if self.current is not None:
            self.cards[self.current]["text"].append(data)
            if self.in_post:
                self.cards[self.current]["post"].append(data)
            if self.in_mark:
                self.cards[self.current]["marked"].append(data)


def parse_proof(path: Path) -> ProofParser:
    parser = ProofParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def test_html_proof_shows_each_platform_as_its_feed_does(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    out = tmp_path / "proof.html"
    export_draft(draft, "html", out, draft_path=path)
    proof = parse_proof(out)

    assert list(proof.cards) == draft.enabled_platforms()
    weibo = "".join(proof.cards["weibo"]["text"])
    assert "柏林米特区门店正式开业" in weibo
    assert "网页链接" in weibo, "Weibo shows links as 网页链接"
    assert "https://auroracoffee.de/berlin" not in weibo
    assert "https://auroracoffee.de/berlin" in proof.cards["weibo"]["href"]
    assert "#EB7350" in proof.cards["weibo"]["style"][0], "Weibo's link colour"
    vk = "".join(proof.cards["vk"]["text"])
    assert "открылась в Берлине" in vk
    assert "Aurora Coffee" in vk and "[club123456|" not in vk, "VK mention shows the name"
    assert "https://vk.com/club123456" in proof.cards["vk"]["href"]
    # the VK post is longer than its fold: the label appears where the feed cuts it
    assert "Показать полностью…" in vk
    assert proof.cards["vk"]["lang"] == ["ru"]
    twitter = "".join(proof.cards["twitter"]["text"])
    assert "auroracoffee.de/berlin" in twitter
    x_count = get_platform("twitter").count(draft.text_for("twitter"))
    assert f"{x_count} / 280" in twitter
    # the image is embedded, the missing one explained
    assert proof.cards["facebook"]["img"][0].startswith("data:image/png;base64,")
    assert "Image 2 missing: images/gone.jpg" in "".join(proof.cards["facebook"]["text"])
    assert not re.search(r"""(src|href)=["'](?!data:|https?:)""", out.read_text("utf-8")), (
        "self-contained: nothing loaded from elsewhere"
    )


def test_html_proof_escapes_hostile_text_and_marks_the_excess(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    draft.title = '<script>alert("t")</script>'
    hostile = '<img src=x onerror=alert(1)> "quotes" & javascript:alert(2) ' + "x" * 300
    draft.set_variant_text("twitter", hostile)
    out = tmp_path / "proof.html"
    export_draft(draft, "html", out, draft_path=path)
    html = out.read_text(encoding="utf-8")
    proof = parse_proof(out)

    assert "<script" not in html and "<img src=x" not in html
    assert proof.head_title == 'Proof: <script>alert("t")</script>'
    shown = "".join(proof.cards["twitter"]["post"])
    check = get_platform("twitter").check(hostile)
    # X refuses a post over 280: no "Show more", the whole text with the excess marked
    assert "Show more" not in shown
    assert shown == hostile, "the reader sees the text, markup and all"
    assert "script" not in proof.tags
    assert "".join(proof.cards["twitter"]["marked"]) == hostile[check.over_at :]
    assert f"Can’t be posted: over the limit by {check.over_by}" in "".join(
        proof.cards["twitter"]["text"]
    )


def test_no_secret_appears_in_any_export(
    draft_and_path: tuple[Draft, Path], tmp_path: Path, memory_keyring: object
) -> None:
    import keyring

    secret = "vk1.a.SECRET-TOKEN-4f9a8b7c6d5e"
    keyring.set_password("socialdesk", "vk-aurora-community", secret)
    draft, path = draft_and_path
    for fmt in FORMATS:
        if fmt == "pdf":
            continue  # covered with the Qt renderer in test_export_pdf
        out = tmp_path / f"export-{fmt}"
        export_draft(draft, fmt, out, draft_path=path)
        files = [p for p in out.rglob("*") if p.is_file()] if out.is_dir() else [out]
        for file in files:
            data = file.read_bytes()
            if file.suffix == ".zip":
                with zipfile.ZipFile(file) as archive:
                    data = b"".join(archive.read(n) for n in archive.namelist())
            assert secret.encode() not in data, f"{fmt}: {file.name}"
        if fmt in ("csv", "json", "md", "html"):
            # the account is named by its id, which is how a scheduler or script finds it
            assert b"vk-aurora-community" in out.read_bytes()


def test_export_refuses_bad_targets_with_clear_messages(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, _ = draft_and_path
    a_file = tmp_path / "existing.txt"
    a_file.write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file; plain-text export writes a folder"):
        export_draft(draft, "txt", a_file)
    with pytest.raises(ExportError, match="folder does not exist"):
        export_draft(draft, "csv", tmp_path / "nowhere" / "post.csv")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        export_draft(draft, "csv", a_file / "post.csv")
    with pytest.raises(ExportError, match="is a folder"):
        export_draft(draft, "json", tmp_path)
    with pytest.raises(ExportError, match="unknown export format"):
        export_draft(draft, "docx", tmp_path / "x.docx")
    assert a_file.read_text(encoding="utf-8") == "keep me"
    for pid in draft.variants:
        draft.variants[pid].enabled = False
    with pytest.raises(ExportError, match="no platform is enabled"):
        export_draft(draft, "json", tmp_path / "x.json")


def test_exported_files_are_readable_by_others(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    out = tmp_path / "post.md"
    export_draft(draft, "md", out, draft_path=path)
    assert out.stat().st_mode & 0o044, "a file handed to a client is not private to the user"


def test_proofs_fold_where_the_card_folds_never_mid_word(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    vk = get_platform("vk")
    text = "Показываем " * 40  # the count folds inside a word
    draft.set_variant_text("vk", text)
    fold_at = vk.check(text).fold_at
    assert fold_at is not None and text[fold_at - 1] != " " and text[fold_at] != " "
    out = tmp_path / "proof.html"
    export_draft(draft, "html", out, draft_path=path)
    post = "".join(parse_proof(out).cards["vk"]["post"])
    before = post[: post.index("Показать полностью…")]
    card = build_preview(vk, text, vk.limit)
    assert before.rstrip() == card.shown_text, "the proof folds where the card does"
    assert before.rstrip().endswith("Показываем")


def test_html_proof_keeps_an_entity_on_one_line(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    draft.set_variant_text("weibo", "今天开业 #柏林咖啡开业啦# 欢迎 @小明同学 来坐坐")
    out = tmp_path / "proof.html"
    export_draft(draft, "html", out, draft_path=path)
    html = out.read_text(encoding="utf-8")
    assert '<span class="tag ent">#柏林咖啡开业啦#</span>' in html
    assert ".post .ent { display: inline-block; max-width: 100%; overflow-wrap: anywhere; }" in html


def test_proof_dates_are_written_for_the_reader(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    out = tmp_path / "proof.html"
    export_draft(draft, "html", out, draft_path=path, reader_language="ru")
    html = out.read_text(encoding="utf-8")
    assert '<html lang="ru">' in html
    month = (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    )
    assert re.search(
        rf"exported <time datetime=[^>]+>\d{{1,2}} ({'|'.join(month)}) \d{{4}}, "
        r"\d\d:\d\d \(UTC[+-]\d\d:\d\d\)</time>",
        html,
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "4 December 2026, 2:51 PM (UTC+00:00)"),
        ("ru", "4 декабря 2026, 14:51 (UTC+00:00)"),
        ("zh_CN", "2026年12月4日 14:51 (UTC+00:00)"),
    ],
)
def test_exported_on_in_each_language(
    monkeypatch: pytest.MonkeyPatch, language: str, expected: str
) -> None:
    import time as time_module
    from datetime import UTC, datetime

    from socialdesk.export.text_formats import exported_on

    monkeypatch.setenv("TZ", "UTC")
    time_module.tzset()
    try:
        assert exported_on(language, datetime(2026, 12, 4, 14, 51, tzinfo=UTC)) == expected
    finally:
        monkeypatch.undo()
        time_module.tzset()
