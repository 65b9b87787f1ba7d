"""Per-platform media rules from resources/platforms.json, checked on a draft's images,
and the feed layouts the cards draw."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_samples import write_picture
from PIL import Image

from socialdesk.draft import Draft, MediaItem
from socialdesk.media.check import chosen_for, media_problems, rules_for
from socialdesk.media.layout import crop_box, layout_media
from socialdesk.media.probe import ImageInfo
from socialdesk.media.rules import CheckedImage, MediaRules, check_images
from socialdesk.platforms import PLATFORM_IDS

MB = 1024 * 1024


def info(
    fmt: str = "JPEG", size: int = 200_000, wh: tuple[int, int] = (1200, 800), frames: int = 1
) -> ImageInfo:
    return ImageInfo(Path("x"), fmt, size, wh[0], wh[1], frames)


def images(*infos: ImageInfo, alt: str = "") -> list[CheckedImage]:
    return [CheckedImage(i, f"image {i} (p{i}.jpg)", alt, inf) for i, inf in enumerate(infos, 1)]


def test_rules_come_from_the_platform_data() -> None:
    rules = {pid: MediaRules.for_platform(pid) for pid in PLATFORM_IDS}
    assert rules["twitter"].max_count == 4 and rules["twitter"].max_bytes == 5 * MB
    assert rules["weibo"].max_count == 1 and rules["weibo"].max_bytes == 5 * MB
    assert rules["vk"].max_count == 10
    assert rules["facebook"].max_count == 10
    assert "WEBP" in rules["twitter"].formats and "WEBP" not in rules["weibo"].formats


def test_within_the_rules_nothing_is_said() -> None:
    for pid in PLATFORM_IDS:
        assert check_images(MediaRules.for_platform(pid), images(info())) == []


@pytest.mark.parametrize(("pid", "count"), [("twitter", 5), ("vk", 11), ("facebook", 11)])
def test_too_many_images(pid: str, count: int) -> None:
    rules = MediaRules.for_platform(pid)
    (problem,) = check_images(rules, images(*[info()] * count))
    assert problem.level == "error" and problem.number is None and "count" in problem.tags
    assert f"at most {rules.max_count}" in problem.message
    assert f"{count} are chosen" in problem.message
    assert f"leave {count - rules.max_count} out for {rules.name}" in problem.message


def test_weibo_share_api_takes_one_picture() -> None:
    (problem,) = check_images(MediaRules.for_platform("weibo"), images(info(), info()))
    assert "sharing API takes one picture" in problem.message
    assert "keep one for Weibo" in problem.message


def test_weibo_by_hand_follows_the_composer_not_the_sharing_api() -> None:
    composer = MediaRules.for_platform("weibo", "by_hand")
    assert check_images(composer, images(*[info()] * 18)) == []
    (problem,) = check_images(composer, images(*[info()] * 19))
    assert problem.message.startswith("Weibo's composer takes at most 18 images per post")
    assert "leave 1 out for Weibo" in problem.message
    by_hand = Draft(weibo_path="by_hand")
    assert rules_for(by_hand, "weibo") == composer
    assert rules_for(Draft(weibo_path="api"), "weibo") == MediaRules.for_platform("weibo")
    assert rules_for(by_hand, "vk") == MediaRules.for_platform("vk")  # one path elsewhere


def test_too_large_for_weibo_but_fine_for_vk() -> None:
    big = info(size=7 * MB)
    (problem,) = check_images(MediaRules.for_platform("weibo"), images(big))
    assert problem.fixable and problem.number == 1
    assert "7.0 MB" in problem.message and "at most 5.0 MB" in problem.message
    assert "smaller copy" in problem.message
    assert check_images(MediaRules.for_platform("vk"), images(big)) == []


def test_facebook_wants_under_four_megabytes() -> None:
    (problem,) = check_images(MediaRules.for_platform("facebook"), images(info(size=4 * MB + 1)))
    assert "at most 4.0 MB" in problem.message


def test_x_allows_larger_gifs_than_photos() -> None:
    rules = MediaRules.for_platform("twitter")
    assert check_images(rules, images(info("GIF", 12 * MB))) == []
    (problem,) = check_images(rules, images(info("GIF", 16 * MB)))
    assert "15.0 MB per GIF" in problem.message


def test_format_not_taken_is_convertible() -> None:
    (problem,) = check_images(MediaRules.for_platform("weibo"), images(info("WEBP")))
    assert "WebP" in problem.message and "JPEG, PNG or GIF" in problem.message
    assert problem.fixable and "format" in problem.tags


def test_an_animation_cannot_be_shrunk_by_the_app() -> None:
    moving = info("GIF", 8 * MB, frames=12)
    (problem,) = check_images(MediaRules.for_platform("weibo"), images(moving))
    assert not problem.fixable and "animation" in problem.message


def test_x_takes_an_animated_gif_only_alone() -> None:
    problems = check_images(
        MediaRules.for_platform("twitter"), images(info(), info("GIF", frames=5))
    )
    (problem,) = problems
    assert "animated GIF only on its own" in problem.message and problem.number == 2


def test_vk_pixel_and_shape_limits() -> None:
    rules = MediaRules.for_platform("vk")
    (huge,) = check_images(rules, images(info(wh=(9000, 6000))))
    assert "9000×6000" in huge.message and huge.fixable
    (thin,) = check_images(rules, images(info(wh=(4200, 200))))
    assert "1:20" in thin.message and not thin.fixable


def test_alt_text_length_on_x() -> None:
    (problem,) = check_images(MediaRules.for_platform("twitter"), images(info(), alt="a" * 1001))
    assert "1,001 characters" in problem.message and "1,000" in problem.message


# -- a draft's images, per platform ------------------------------------------------------


def draft_with(tmp_path: Path, *items: MediaItem) -> tuple[Draft, Path]:
    draft = Draft(master="hello")
    draft.media = list(items)
    return draft, tmp_path / "post.sdraft"


def test_each_platform_checks_only_the_images_chosen_for_it(tmp_path: Path) -> None:
    for i in range(3):
        write_picture(tmp_path / f"p{i}.jpg", str(i), (200, 150), i)
    draft, path = draft_with(
        tmp_path,
        MediaItem("p0.jpg"),
        MediaItem("p1.jpg", excluded=["weibo"]),
        MediaItem("p2.jpg", excluded=["weibo"]),
    )
    draft.weibo_path = "api"  # one picture a post
    assert [f.number for f in chosen_for(draft, path, "weibo")] == [1]
    assert [f.number for f in chosen_for(draft, path, "vk")] == [1, 2, 3]
    assert media_problems(draft, path, "weibo") == []
    draft.media[1].excluded = []
    (problem,) = media_problems(draft, path, "weibo")
    assert "2 are chosen" in problem.message


def test_a_moved_image_is_reported_not_dropped(tmp_path: Path) -> None:
    write_picture(tmp_path / "here.jpg", "1")
    draft, path = draft_with(tmp_path, MediaItem("here.jpg"), MediaItem("photos/cup.jpg"))
    for pid in PLATFORM_IDS:
        (problem,) = [p for p in media_problems(draft, path, pid) if "file" in p.tags]
        assert problem.number == 2 and not problem.fixable
        assert "Image 2 (cup.jpg) is missing" in problem.message
        assert "photos/cup.jpg" in problem.message and str(tmp_path / "photos") in problem.message
        assert "moved or renamed" in problem.message
    assert len(chosen_for(draft, path, "vk")) == 2  # still in the draft


def test_a_file_that_is_not_an_image_is_named(tmp_path: Path) -> None:
    (tmp_path / "notes.jpg").write_text("meeting notes")
    draft, path = draft_with(tmp_path, MediaItem("notes.jpg"))
    (problem,) = media_problems(draft, path, "twitter")
    assert "Image 1 (notes.jpg) cannot be used" in problem.message


# -- layouts ---------------------------------------------------------------------------


def _overlap(a: object, b: object) -> bool:
    ax, ay, aw, ah = a.x, a.y, a.w, a.h  # type: ignore[attr-defined]
    bx, by, bw, bh = b.x, b.y, b.w, b.h  # type: ignore[attr-defined]
    return (
        ax < bx + bw - 0.01 and bx < ax + aw - 0.01 and ay < by + bh - 0.01 and by < ay + ah - 0.01
    )


@pytest.mark.parametrize("kind", ["twitter", "weibo", "vk", "facebook"])
@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 9, 10])
def test_tiles_fit_the_box_and_never_overlap(kind: str, count: int) -> None:
    shown = MediaRules.for_platform(kind).shown
    aspects = ([1.5, 0.75, 1.0, 2.0, 1.33] * 2)[:count]
    layout = layout_media(kind, aspects, 500, shown)
    assert len(layout.tiles) == min(count, shown)
    assert layout.more == count - len(layout.tiles)
    for tile in layout.tiles:
        assert tile.w > 20 and tile.h > 20
        assert tile.x >= -0.01 and tile.x + tile.w <= 500.01
        assert tile.y >= -0.01 and tile.y + tile.h <= layout.height + 0.01
    for i, a in enumerate(layout.tiles):
        for b in layout.tiles[i + 1 :]:
            assert not _overlap(a, b)


def test_x_layouts_match_the_timeline() -> None:
    two = layout_media("twitter", [1.0, 1.0], 400)
    assert two.height == pytest.approx(225)  # a 16:9 box split in two columns
    three = layout_media("twitter", [1.0] * 3, 400)
    assert three.tiles[0].h == pytest.approx(225) and three.tiles[1].h < 120
    four = layout_media("twitter", [1.0] * 4, 400)
    assert {round(t.w) for t in four.tiles} == {199}


def test_weibo_uses_a_three_by_three_grid_and_two_by_two_for_four() -> None:
    nine = layout_media("weibo", [1.5] * 9, 300)
    assert len({round(t.x) for t in nine.tiles}) == 3 and len({round(t.y) for t in nine.tiles}) == 3
    assert all(t.w == pytest.approx(t.h) for t in nine.tiles)  # square thumbnails
    four = layout_media("weibo", [1.5] * 4, 300)
    assert len({round(t.x) for t in four.tiles}) == 2
    twelve = layout_media("weibo", [1.0] * 12, 300, 9)
    assert twelve.more == 3


def test_facebook_collage_shows_five_and_counts_the_rest() -> None:
    seven = layout_media("facebook", [1.0] * 7, 500, 5)
    assert len(seven.tiles) == 5 and seven.more == 2
    assert seven.tiles[0].w > seven.tiles[2].w  # two large over three small


def test_crop_box_keeps_the_centre() -> None:
    assert crop_box(400, 200, 100, 100) == (100, 0, 200, 200)  # wide into square: sides cut
    assert crop_box(200, 400, 100, 50) == (0, 150, 200, 100)  # tall into wide: top/bottom cut
    assert crop_box(300, 200, 150, 100) == (0, 0, 300, 200)  # same shape: untouched


def test_image_shapes_steer_the_single_image_height() -> None:
    portrait = layout_media("facebook", [0.5], 400)
    landscape = layout_media("facebook", [2.0], 400)
    assert portrait.height == pytest.approx(500)  # clamped to 4:5
    assert landscape.height == pytest.approx(400 / 1.91)


# -- an X thread: each post takes up to four images ------------------------------------


def thread_draft_with(tmp_path: Path, posts: list[int]) -> tuple[Draft, Path]:
    """A draft whose images go on the X thread posts named in `posts` (0: the first)."""
    for i in range(len(posts)):
        write_picture(tmp_path / f"p{i + 1}.jpg", str(i + 1), (200, 150), i)
    items = [MediaItem(f"p{i + 1}.jpg", thread_part=post) for i, post in enumerate(posts)]
    return draft_with(tmp_path, *items)


def test_a_thread_takes_four_images_on_each_post(tmp_path: Path) -> None:
    draft, path = thread_draft_with(tmp_path, [0, 0, 1, 1, 2, 2, 3, 3])  # 4 on post 1, 4 on 3
    assert media_problems(draft, path, "twitter", posts=3) == []
    # as one post, eight are too many
    (one_post,) = media_problems(draft, path, "twitter")
    assert "at most 4 images per post; 8 are chosen." in one_post.message


def test_too_many_on_one_post_names_the_post(tmp_path: Path) -> None:
    draft, path = thread_draft_with(tmp_path, [1, 2, 2, 2, 2, 2, 3])
    (problem,) = media_problems(draft, path, "twitter", posts=3)
    assert problem.tags == ("count",) and problem.number is None
    assert problem.message == (
        "X takes at most 4 images per post; 5 are chosen for post 2 of the thread. "
        "In the Images panel, put 1 on another post or leave 1 out for X."
    )
    # a picture past the last post goes on the last one: the thread got shorter
    (last,) = media_problems(draft, path, "twitter", posts=2)
    assert "6 are chosen for post 2 of the thread" in last.message


def test_each_post_of_a_thread_is_checked_with_the_draft_numbers(tmp_path: Path) -> None:
    draft, path = thread_draft_with(tmp_path, [1, 2])
    (tmp_path / "p2.jpg").write_text("not a picture")
    (problem,) = media_problems(draft, path, "twitter", posts=2)
    assert problem.number == 2 and problem.message.startswith("Image 2 (p2.jpg) cannot be used")


def test_an_animated_gif_must_be_alone_on_its_post_only(tmp_path: Path) -> None:
    draft, path = thread_draft_with(tmp_path, [1, 2])
    frames = [Image.new("RGB", (40, 30), colour) for colour in ("red", "blue")]
    frames[0].save(tmp_path / "moves.gif", save_all=True, append_images=frames[1:])
    draft.media.append(MediaItem("moves.gif", thread_part=3))
    assert media_problems(draft, path, "twitter", posts=3) == []
    draft.media[-1].thread_part = 2
    (problem,) = media_problems(draft, path, "twitter", posts=3)
    assert "cannot share post 2 of the thread with other images" in problem.message
