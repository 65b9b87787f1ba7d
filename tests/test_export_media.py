"""Exports carry the draft's images without location or camera metadata, and each proof
card shows the images chosen for its platform."""

from __future__ import annotations

import base64
import re
import zipfile
from pathlib import Path

from media_samples import assert_clean, metadata_of, write_picture

from socialdesk.draft import Draft, MediaItem
from socialdesk.export import export_draft
from socialdesk.export.final import final_texts
from socialdesk.export.media import collect_media
from socialdesk.export.print_proof import build_print_proof
from socialdesk.settings import Settings


def draft_with_photos(folder: Path) -> tuple[Draft, Path]:
    write_picture(folder / "pics" / "lake.jpg", "1", (320, 240), 1, gps=True)
    write_picture(folder / "pics" / "guide.png", "2", (240, 240), 2, gps=True)
    draft = Draft(title="Aurora", master="Northern lights tours open today!")
    draft.media = [
        MediaItem("pics/lake.jpg", "Aurora over the lake"),
        MediaItem("pics/guide.png", "Our guide", excluded=["weibo"]),
    ]
    path = folder / "aurora.sdraft"
    draft.save(path)
    return draft, path


def test_folder_and_zip_exports_carry_clean_copies(tmp_path: Path) -> None:
    draft, path = draft_with_photos(tmp_path)
    folder = export_draft(draft, "txt", tmp_path / "out", draft_path=path)
    exported = sorted((tmp_path / "out" / "media").iterdir())
    assert [p.name for p in exported] == ["01-lake.jpg", "02-guide.png"]
    for image in exported:
        assert_clean(image.read_bytes())
    assert folder.notes == []
    export_draft(draft, "zip", tmp_path / "out.zip", draft_path=path)
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        lake = archive.read("media/01-lake.jpg")
    assert_clean(lake)
    assert metadata_of(lake)["size"] == (320, 240)
    assert (tmp_path / "pics" / "lake.jpg").read_bytes() != lake  # the original keeps its data
    assert metadata_of((tmp_path / "pics" / "lake.jpg").read_bytes())["gps"]


def test_html_proof_embeds_clean_images_per_platform(tmp_path: Path) -> None:
    draft, path = draft_with_photos(tmp_path)
    export_draft(draft, "html", tmp_path / "proof.html", draft_path=path)
    html = (tmp_path / "proof.html").read_text(encoding="utf-8")
    cards = re.findall(r'<article class="card card-(\w+)"', html)
    assert sorted(cards) == ["facebook", "twitter", "vk", "weibo"]
    sources = re.findall(r'<img src="data:image/\w+;base64,([^"]+)" alt="([^"]*)"', html)
    assert len(sources) == 7  # two images on three cards, one on Weibo's
    for data, _alt in sources:
        assert_clean(base64.b64decode(data))
    weibo_card = html[html.index('card-weibo"') :]
    weibo_card = weibo_card[: weibo_card.index("</article>")]
    assert 'alt="Aurora over the lake"' in weibo_card and "Our guide" not in weibo_card


def test_pdf_proof_images_are_clean_and_per_platform(tmp_path: Path) -> None:
    draft, path = draft_with_photos(tmp_path)
    media = collect_media(draft, path)
    proof = build_print_proof("Aurora", final_texts(draft), media)
    assert len(proof.images) == 2
    for data in proof.images.values():
        assert_clean(data)
    weibo = proof.html[proof.html.index("Weibo") :]
    weibo = weibo[: weibo.index("</table>")]
    assert weibo.count("<img") == 1


def test_stripping_can_be_turned_off(tmp_path: Path) -> None:
    draft, path = draft_with_photos(tmp_path)
    settings = Settings.load()
    settings.set("media", "strip_metadata", False)
    settings.save()
    export_draft(draft, "txt", tmp_path / "raw", draft_path=path)
    exported = (tmp_path / "raw" / "media" / "01-lake.jpg").read_bytes()
    assert exported == (tmp_path / "pics" / "lake.jpg").read_bytes()
    export_draft(draft, "txt", tmp_path / "forced", draft_path=path, strip_metadata=True)
    assert_clean((tmp_path / "forced" / "media" / "01-lake.jpg").read_bytes())


def test_a_missing_image_is_a_note_not_a_crash(tmp_path: Path) -> None:
    draft, path = draft_with_photos(tmp_path)
    (tmp_path / "pics" / "guide.png").unlink()
    result = export_draft(draft, "html", tmp_path / "proof.html", draft_path=path)
    assert result.notes == ["image 2 (pics/guide.png): image file not found"]
    assert "Image 2 missing" in (tmp_path / "proof.html").read_text(encoding="utf-8")
