"""Images on disk: probing, lossless metadata stripping, fitted copies, draft-relative paths."""

from __future__ import annotations

import io
import os
from dataclasses import replace
from pathlib import Path

import pytest
from media_samples import (
    CAMERA_MAKE,
    assert_clean,
    encode,
    metadata_of,
    noisy_jpeg,
    phone_exif,
    picture,
    write_picture,
)
from PIL import Image, ImageChops

from socialdesk.draft import Draft, MediaItem
from socialdesk.media.fit import fit_copy
from socialdesk.media.locate import (
    media_path_for_save,
    rebase_media,
    resolve_media,
)
from socialdesk.media.outgoing import read_upload
from socialdesk.media.probe import MediaError, probe_image
from socialdesk.media.rules import MediaRules
from socialdesk.media.strip import strip_metadata
from socialdesk.media.strip_setting import strip_enabled
from socialdesk.settings import Settings

# -- probing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt", "mime"),
    [
        ("a.jpg", "JPEG", "image/jpeg"),
        ("a.png", "PNG", "image/png"),
        ("a.gif", "GIF", "image/gif"),
        ("a.webp", "WEBP", "image/webp"),
    ],
)
def test_probe_reports_format_size_and_dimensions(
    tmp_path: Path, name: str, fmt: str, mime: str
) -> None:
    path = write_picture(tmp_path / name, "1", (320, 200))
    info = probe_image(path)
    assert (info.format, info.mime) == (fmt, mime)
    assert (info.width, info.height) == (320, 200)
    assert info.bytes == path.stat().st_size
    assert not info.animated and not info.has_location


def test_probe_sees_location_camera_and_a_quarter_turn(tmp_path: Path) -> None:
    path = write_picture(tmp_path / "phone.jpg", "P", (400, 300), gps=True, orientation=6)
    info = probe_image(path)
    assert info.has_location and info.has_camera and info.has_metadata
    assert (info.width, info.height) == (300, 400)  # shown upright: portrait


def test_probe_counts_frames_of_an_animation(tmp_path: Path) -> None:
    frames = [picture(str(i), (80, 60), i) for i in range(3)]
    path = tmp_path / "moving.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    assert probe_image(path).frames == 3


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p, "thing.jpg is missing: no file at"),
        (lambda p: (p.mkdir(), p)[1], "folder"),
        (lambda p: (p.write_text("hello, not a picture"), p)[1], "not an image"),
        (lambda p: (picture("B", (20, 20)).save(p, "BMP"), p)[1], "BMP"),
        (lambda p: (p.write_bytes(encode(picture("x", (300, 300)))[:200]), p)[1], "damaged"),
    ],
    ids=["missing", "folder", "text", "bmp", "truncated"],
)
def test_probe_names_the_problem(tmp_path: Path, make: object, words: str) -> None:
    path = make(tmp_path / "thing.jpg")  # type: ignore[operator]
    with pytest.raises(MediaError) as caught:
        raise AssertionError(f"probe accepted {probe_image(path)}")
    assert words.lower() in str(caught.value).lower()
    assert "thing.jpg" in str(caught.value)


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_attaching_and_sending_word_an_unreadable_file_alike(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "cup.jpg"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(MediaError) as probed:
        probe_image(path)
    with pytest.raises(MediaError) as sent:
        read_upload(path)
    assert str(probed.value) == str(sent.value)
    assert str(sent.value).startswith("cup.jpg is ")


# -- stripping -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_strip_removes_location_and_camera_keeping_pixels(fmt: str) -> None:
    original = picture("GPS", (300, 200), 2)
    data = encode(original, fmt, exif=phone_exif(), **({"lossless": True} if fmt == "WEBP" else {}))
    assert metadata_of(data)["gps"]  # the sample really carries a location
    assert CAMERA_MAKE.encode() in data
    cleaned = strip_metadata(data, "photo")
    assert_clean(cleaned)
    assert metadata_of(cleaned)["exif"] == {}
    before = Image.open(io.BytesIO(data)).convert("RGB")
    after = Image.open(io.BytesIO(cleaned)).convert("RGB")
    assert ImageChops.difference(before, after).getbbox() is None  # not re-encoded


def test_strip_keeps_the_orientation_so_photos_stay_upright() -> None:
    data = encode(picture("up", (300, 200)), "JPEG", exif=phone_exif(orientation=6))
    cleaned = strip_metadata(data, "photo")
    assert_clean(cleaned)
    assert metadata_of(cleaned)["exif"] == {0x0112: 6}


def test_strip_keeps_the_colour_profile() -> None:
    profile = b"\x00" * 128 + b"acsp" + b"\x00" * 100  # only carried, not interpreted
    data = encode(picture("icc", (100, 80)), "JPEG", exif=phone_exif(), icc_profile=profile)
    cleaned = strip_metadata(data, "photo")
    assert Image.open(io.BytesIO(cleaned)).info.get("icc_profile") == profile


def test_strip_removes_text_comments_and_keeps_gif_animation() -> None:
    frames = [picture(str(i), (60, 40), i) for i in range(3)]
    out = io.BytesIO()
    frames[0].save(
        out,
        "GIF",
        save_all=True,
        append_images=frames[1:],
        loop=0,
        comment=b"shot at Lenina 5, flat 12",
    )
    cleaned = strip_metadata(out.getvalue(), "moving.gif")
    assert b"Lenina" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.n_frames == 3 and image.info.get("loop") == 0
    png = encode(picture("t", (40, 40)), "PNG", pnginfo=_png_text("Location", "Lenina 5"))
    assert b"Lenina" in png and b"Lenina" not in strip_metadata(png, "t.png")


def _png_text(key: str, value: str) -> object:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text(key, value)
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>GPS 59.9</x:xmpmeta>")
    return info


def test_strip_drops_data_hidden_after_the_picture() -> None:
    data = encode(picture("tail", (80, 60)), "JPEG", exif=phone_exif()) + b"GPS:59.94,30.31"
    cleaned = strip_metadata(data, "photo")
    assert b"GPS:59.94" not in cleaned
    Image.open(io.BytesIO(cleaned)).load()


def test_an_unwalkable_file_is_reencoded_without_metadata() -> None:
    data = encode(picture("x", (80, 60)), "PNG", exif=phone_exif())[:-12]  # no IEND chunk
    cleaned = strip_metadata(data, "cut.png")
    assert_clean(cleaned)
    assert metadata_of(cleaned)["size"] == (80, 60)


def test_an_undecodable_file_is_refused_not_sent_with_metadata() -> None:
    data = encode(picture("x", (80, 60)), "JPEG", exif=phone_exif())[:-2]  # cut short
    with pytest.raises(MediaError, match="damaged"):
        strip_metadata(data, "broken.jpg")


def test_reading_an_upload_strips_unless_turned_off(tmp_path: Path) -> None:
    path = write_picture(tmp_path / "phone.jpg", "up", gps=True)
    upload = read_upload(path, "A cup", strip=True)
    assert upload.mime == "image/jpeg" and upload.name == "phone.jpg" and upload.alt == "A cup"
    assert_clean(upload.data)
    assert read_upload(path, strip=False).data == path.read_bytes()
    with pytest.raises(MediaError, match="missing"):
        read_upload(tmp_path / "gone.jpg")


def test_strip_setting_defaults_to_on() -> None:
    settings = Settings.load()
    assert strip_enabled(settings)
    settings.set("media", "strip_metadata", False)
    assert not strip_enabled(settings)


# -- fitted copies ---------------------------------------------------------------------


def tight_rules(max_bytes: int, formats: tuple[str, ...] = ("JPEG", "PNG")) -> MediaRules:
    return replace(MediaRules.for_platform("weibo"), max_bytes=max_bytes, formats=formats)


def test_fit_copy_is_smaller_new_and_leaves_the_original_alone(tmp_path: Path) -> None:
    source = noisy_jpeg(tmp_path / "beach.jpg", (1200, 900), gps=True)
    before = source.read_bytes()
    assert len(before) > 300_000
    copy = fit_copy(source, [tight_rules(200_000)])
    assert copy != source and copy.parent == source.parent and copy.name == "beach-fit.jpg"
    assert source.read_bytes() == before
    assert copy.stat().st_size <= 200_000
    assert_clean(copy.read_bytes())
    again = fit_copy(source, [tight_rules(200_000)])
    assert again.name == "beach-fit-2.jpg"  # never overwrites an earlier copy


def test_fit_copy_converts_to_a_format_every_target_takes(tmp_path: Path) -> None:
    source = write_picture(tmp_path / "poster.webp", "W", (400, 300))
    weibo = MediaRules.for_platform("weibo")
    assert "WEBP" not in weibo.formats
    copy = fit_copy(source, [weibo, MediaRules.for_platform("twitter")])
    assert probe_image(copy).format == "JPEG"


def test_fit_copy_turns_a_rotated_photo_upright(tmp_path: Path) -> None:
    source = write_picture(tmp_path / "side.png", "S", (400, 300), orientation=6)
    copy = fit_copy(source, [tight_rules(10_000_000, ("JPEG",))])
    with Image.open(copy) as image:
        assert image.size == (300, 400)
        assert dict(image.getexif()) == {}


def test_fit_copy_shrinks_past_a_pixel_limit(tmp_path: Path) -> None:
    vk = MediaRules.for_platform("vk")
    assert vk.max_side_sum == 14000
    source = write_picture(tmp_path / "wide.png", "V", (900, 600))
    copy = fit_copy(source, [replace(vk, max_side_sum=1000)])  # same rule, smaller numbers
    info = probe_image(copy)
    assert info.width + info.height <= 1000
    assert abs(info.aspect - 1.5) < 0.01


def test_fit_copy_refuses_an_animation(tmp_path: Path) -> None:
    frames = [picture(str(i), (60, 40), i) for i in range(2)]
    source = tmp_path / "anim.gif"
    frames[0].save(source, save_all=True, append_images=frames[1:])
    with pytest.raises(MediaError, match="animated"):
        fit_copy(source, [MediaRules.for_platform("weibo")])


# -- paths relative to the draft -------------------------------------------------------


def test_paths_inside_or_beside_the_draft_folder_are_relative(tmp_path: Path) -> None:
    project = tmp_path / "campaign"
    draft = project / "drafts" / "launch.sdraft"
    assert media_path_for_save(draft, project / "drafts" / "cup.jpg") == "cup.jpg"
    assert media_path_for_save(draft, project / "drafts" / "img" / "a.png") == "img/a.png"
    assert media_path_for_save(draft, project / "images" / "a.png") == "../images/a.png"
    elsewhere = tmp_path / "other" / "deep" / "x.png"
    assert media_path_for_save(draft, tmp_path.parent / "x.png") == str(tmp_path.parent / "x.png")
    assert media_path_for_save(None, elsewhere) == str(elsewhere)


def test_relative_paths_resolve_against_the_draft(tmp_path: Path) -> None:
    draft_path = tmp_path / "drafts" / "a.sdraft"
    item = MediaItem("../images/cup.jpg")
    assert resolve_media(draft_path, item) == tmp_path / "images" / "cup.jpg"
    assert resolve_media(draft_path, MediaItem(str(tmp_path / "x.png"))) == tmp_path / "x.png"


def test_save_as_elsewhere_keeps_images_found(tmp_path: Path) -> None:
    old = tmp_path / "campaign" / "a.sdraft"
    new = tmp_path / "archive" / "2026" / "a.sdraft"
    items = [MediaItem("img/cup.jpg", "A cup", ["weibo"])]
    (moved,) = rebase_media(items, old, new)
    assert resolve_media(new, moved) == tmp_path / "campaign" / "img" / "cup.jpg"
    assert moved.alt == "A cup" and moved.excluded == ["weibo"]
    (again,) = rebase_media([moved], new, old)
    assert again.path == "img/cup.jpg"
    # a copy with no file of its own (the open draft's file was deleted) keeps finding
    # the image through an absolute path
    (unsaved,) = rebase_media(items, old, None)
    assert Path(unsaved.path) == tmp_path / "campaign" / "img" / "cup.jpg"


def test_relative_paths_survive_a_round_trip_through_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "proj"
    image = write_picture(folder / "pics" / "cup.jpg", "1")
    draft = Draft(master="hi")
    draft_path = folder / "post.sdraft"
    draft.media = [MediaItem(media_path_for_save(draft_path, image), "Cup")]
    draft.save(draft_path)
    os.rename(folder, tmp_path / "moved-proj")  # the whole project moves
    moved = tmp_path / "moved-proj" / "post.sdraft"
    loaded = Draft.load(moved)
    assert (
        resolve_media(moved, loaded.media[0]).read_bytes()
        == (tmp_path / "moved-proj" / "pics" / "cup.jpg").read_bytes()
    )
