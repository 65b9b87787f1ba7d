"""Publishing with images through each platform's real upload flow, against loopback APIs
that check the multipart bodies; uploaded bytes are read back to prove they carry no
location or camera data."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from media_samples import CAMERA_MAKE, assert_clean, metadata_of, picture, write_picture
from publish_env import (
    Apis,
    make_accounts,
    publisher_for,
    sample_draft,
    settings_for,
)
from servers import facebook_api, vk_api

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft, MediaItem
from socialdesk.media.outgoing import MediaUpload, read_upload
from socialdesk.platforms.api import PublishError
from socialdesk.publishing import PublishBlocked, PublishJob, plan_publish, publish_draft
from socialdesk.settings import Settings


@pytest.fixture
def settings(apis: Apis) -> Settings:
    """Longer than the shared fixture's 1 s: uploading several pictures takes a moment."""
    return settings_for(apis, timeout=2.0)


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    """Phone photos with a GPS position and the camera's make and model."""
    return [
        write_picture(tmp_path / "shoot" / f"photo{i}.jpg", str(i), (480, 360), i, gps=True)
        for i in range(1, 4)
    ]


def uploads(paths: list[Path], alts: tuple[str, ...] = ()) -> list[MediaUpload]:
    return [read_upload(p, alts[i] if i < len(alts) else "") for i, p in enumerate(paths)]


def test_the_samples_really_carry_location_and_camera(photos: list[Path]) -> None:
    found = metadata_of(photos[0].read_bytes())
    assert found["gps"] and CAMERA_MAKE.encode() in photos[0].read_bytes()


# -- VK --------------------------------------------------------------------------------


def test_vk_uploads_each_photo_saves_it_and_attaches_it(
    apis: Apis, settings: Settings, photos: list[Path]
) -> None:
    vk = publisher_for(settings, "vk")
    vk.publish("Туры открыты https://aurora.example.com", media=uploads(photos[:2], ("Aurora",)))
    methods = [r.path for r in apis.vk.requests]
    assert methods == [
        "/method/photos.getWallUploadServer",
        "/upload/wall",
        "/method/photos.saveWallPhoto",
        "/method/photos.getWallUploadServer",
        "/upload/wall",
        "/method/photos.saveWallPhoto",
        "/method/wall.post",
    ]
    first_upload = apis.vk.requests[1]
    assert first_upload.headers["content-type"].startswith("multipart/form-data")
    parts = apis.vk.state["uploads"]
    assert [(p.name, p.filename, p.content_type) for p in parts] == [
        ("photo", "photo1.jpg", "image/jpeg"),
        ("photo", "photo2.jpg", "image/jpeg"),
    ]
    for part in parts:
        assert_clean(part.data)
    captions = [c["caption"] for c in apis.vk.state["saved"].values()]
    assert captions == ["Aurora", ""]
    (post,) = apis.posts("vk")
    owner = f"-{vk_api.GROUP_ID}"
    assert post["attachments"] == f"photo{owner}_457239001,photo{owner}_457239002"  # type: ignore[index]


def test_vk_upload_server_refusal_posts_nothing(
    apis: Apis, settings: Settings, photos: list[Path]
) -> None:
    apis.vk.state["upload_refused"] = True
    with pytest.raises(PublishError) as caught:
        publisher_for(settings, "vk").publish("Туры", media=uploads(photos[:2]))
    assert "Image 1 of 2 could not be uploaded to VK, so nothing was posted there" in str(
        caught.value
    )
    assert apis.posts("vk") == []


def test_vk_save_failure_posts_nothing(apis: Apis, settings: Settings, photos: list[Path]) -> None:
    apis.vk.state["save_error"] = 121
    with pytest.raises(PublishError, match="could not be uploaded to VK"):
        publisher_for(settings, "vk").publish("Туры", media=uploads(photos[:1]))
    assert apis.posts("vk") == []
    assert "/method/wall.post" not in [r.path for r in apis.vk.requests]


# -- X ---------------------------------------------------------------------------------


@pytest.mark.parametrize("auth", ["oauth2", "oauth1"])
def test_x_uploads_images_sets_alt_text_and_attaches_media_ids(
    apis: Apis, settings: Settings, photos: list[Path], tmp_path: Path, auth: str
) -> None:
    png = write_picture(tmp_path / "chart.png", "P", (300, 300), 5, gps=True)
    webp = write_picture(tmp_path / "poster.webp", "W", (300, 200), 6, gps=True)
    x = publisher_for(settings, "twitter", x_auth=auth)
    result = x.publish("Tours ✨", media=uploads([photos[0], png, webp], ("Aurora", "Chart")))
    assert apis.twitter.state.get("auth_failures") is None
    paths = [r.path for r in apis.twitter.requests]
    assert paths == [
        "/2/media/upload",
        "/2/media/metadata",
        "/2/media/upload",
        "/2/media/metadata",
        "/2/media/upload",
        "/2/tweets",
    ]
    parts = apis.twitter.state["uploads"]
    assert [p.content_type for p in parts] == ["image/jpeg", "image/png", "image/webp"]
    for part in parts:
        assert part.name == "media"
        assert_clean(part.data)
    media = apis.twitter.state["media"]
    assert [m["alt"] for m in media.values()] == ["Aurora", "Chart", ""]
    (tweet,) = apis.posts("twitter")
    assert tweet == {"text": "Tours ✨", "media": {"media_ids": list(media)}}
    assert result.post_id


def test_x_sends_an_animated_gif_in_chunks_and_waits_for_processing(
    apis: Apis, settings: Settings, tmp_path: Path
) -> None:
    frames = [picture(str(i), (160, 120), i) for i in range(4)]
    gif = tmp_path / "aurora.gif"
    frames[0].save(
        gif,
        save_all=True,
        append_images=frames[1:],
        loop=0,
        duration=120,
        comment=b"filmed at 59.94N 30.31E",
    )
    publisher_for(settings, "twitter").publish("Moving lights", media=uploads([gif]))
    paths = [r.path for r in apis.twitter.requests]
    media_id = next(iter(apis.twitter.state["media"]))
    assert paths == [
        "/2/media/upload/initialize",
        f"/2/media/upload/{media_id}/append",
        f"/2/media/upload/{media_id}/finalize",
        "/2/media/upload",  # STATUS
        "/2/tweets",
    ]
    (part,) = apis.twitter.state["uploads"]
    assert b"59.94N" not in part.data and metadata_of(part.data)["format"] == "GIF"
    assert apis.posts("twitter")[0]["media"] == {"media_ids": [media_id]}  # type: ignore[index]


def test_x_refused_upload_posts_nothing(apis: Apis, settings: Settings, photos: list[Path]) -> None:
    apis.twitter.state["upload_error"] = 400
    with pytest.raises(PublishError) as caught:
        publisher_for(settings, "twitter").publish("Tours", media=uploads(photos[:1]))
    assert "The image could not be uploaded to X, so nothing was posted there" in str(caught.value)
    assert apis.posts("twitter") == []


# -- Weibo -----------------------------------------------------------------------------


def test_weibo_pic_is_the_cleaned_photo(apis: Apis, settings: Settings, photos: list[Path]) -> None:
    weibo = publisher_for(settings, "weibo")
    weibo.publish("极光之旅 https://aurora.example.com/zh", media=uploads(photos[:1]))
    (part,) = apis.weibo.state["uploads"]
    assert (part.name, part.filename, part.content_type) == ("pic", "photo1.jpg", "image/jpeg")
    assert_clean(part.data)


def test_weibo_refuses_more_than_one_picture_before_sending(
    apis: Apis, settings: Settings, photos: list[Path]
) -> None:
    with pytest.raises(PublishError, match="one picture"):
        publisher_for(settings, "weibo").publish(
            "极光 https://aurora.example.com", media=uploads(photos[:2])
        )
    assert apis.weibo.requests == []


# -- Facebook --------------------------------------------------------------------------


def test_facebook_uploads_unpublished_photos_then_attaches_them(
    apis: Apis, settings: Settings, photos: list[Path]
) -> None:
    facebook = publisher_for(settings, "facebook")
    facebook.publish("Tours open!", media=uploads(photos, ("First", "Second")))
    page = facebook_api.PAGE_ID
    assert [r.path for r in apis.facebook.requests] == [
        *[f"/v23.0/{page}/photos"] * 3,
        f"/v23.0/{page}/feed",
    ]
    parts = apis.facebook.state["uploads"]
    assert [(p.name, p.content_type) for p in parts] == [("source", "image/jpeg")] * 3
    for part in parts:
        assert_clean(part.data)
    photos_state = apis.facebook.state["photos"]
    assert [p["alt"] for p in photos_state.values()] == ["First", "Second", ""]
    assert all(p["used"] and not p["temporary"] for p in photos_state.values())
    (post,) = apis.posts("facebook")
    attached = [json.loads(post[f"attached_media[{i}]"]) for i in range(3)]  # type: ignore[index]
    assert attached == [{"media_fbid": pid} for pid in photos_state]


def test_facebook_scheduled_post_uses_temporary_photos(
    apis: Apis, settings: Settings, photos: list[Path]
) -> None:
    when = datetime.now(UTC) + timedelta(hours=2)
    result = publisher_for(settings, "facebook").publish("Later!", when, uploads(photos[:1]))
    assert result.scheduled
    (photo,) = apis.facebook.state["photos"].values()
    assert photo["temporary"]


def test_facebook_failed_upload_posts_nothing_and_removes_earlier_photos(
    apis: Apis, settings: Settings, photos: list[Path]
) -> None:
    apis.facebook.state["photo_error_at"] = 2
    with pytest.raises(PublishError) as caught:
        publisher_for(settings, "facebook").publish("Tours open!", media=uploads(photos))
    assert "Image 2 of 3 could not be uploaded to Facebook" in str(caught.value)
    assert apis.posts("facebook") == []
    assert apis.facebook.state["photos"] == {}  # the first one was deleted again
    assert apis.facebook.requests[-1].method == "DELETE"


# -- the whole publish, from a draft on disk ---------------------------------------------


def draft_on_disk(tmp_path: Path, photos: list[Path]) -> tuple[Draft, Path]:
    draft = sample_draft()
    draft.media = [
        MediaItem("shoot/photo1.jpg", "Aurora over the lake"),
        MediaItem("shoot/photo2.jpg", "Guide", excluded=["weibo"]),
    ]
    path = tmp_path / "launch.sdraft"
    draft.save(path)
    return Draft.load(path), path


def test_publish_draft_sends_each_platform_its_chosen_images_clean(
    apis: Apis, settings: Settings, photos: list[Path], tmp_path: Path
) -> None:
    make_accounts(AccountStore(settings))
    draft, path = draft_on_disk(tmp_path, photos)
    outcomes = publish_draft(draft, settings=settings, draft_path=path)
    assert {o.platform: o.status for o in outcomes} == dict.fromkeys(
        ("vk", "weibo", "twitter", "facebook"), "published"
    )
    counts = {
        pid: len(apis[pid].state.get("uploads", []))
        for pid in ("vk", "weibo", "twitter", "facebook")
    }
    assert counts == {"vk": 2, "weibo": 1, "twitter": 2, "facebook": 2}
    for pid in counts:
        for part in apis[pid].state["uploads"]:
            assert_clean(part.data)


def test_with_stripping_turned_off_the_original_bytes_go(
    apis: Apis, settings: Settings, photos: list[Path], tmp_path: Path
) -> None:
    settings.set("media", "strip_metadata", False)
    make_accounts(AccountStore(settings))
    draft, path = draft_on_disk(tmp_path, photos)
    publish_draft(
        draft,
        settings=settings,
        draft_path=path,
    )
    (pic,) = apis.weibo.state["uploads"]
    assert pic.data == photos[0].read_bytes()
    assert metadata_of(pic.data)["gps"]


def test_a_missing_image_blocks_publishing_with_its_path(
    apis: Apis, settings: Settings, photos: list[Path], tmp_path: Path
) -> None:
    store = AccountStore(settings)
    make_accounts(store)
    draft, path = draft_on_disk(tmp_path, photos)
    photos[1].rename(tmp_path / "elsewhere.jpg")
    plan = plan_publish(draft, store=store, settings=settings, draft_path=path)
    for pid in ("vk", "twitter", "facebook"):
        (problem,) = plan.get(pid).problems
        assert "Image 2 (photo2.jpg) is missing" in problem and "shoot/photo2.jpg" in problem
    assert plan.get("weibo").problems == []  # photo 2 does not go to Weibo
    with pytest.raises(PublishBlocked):
        publish_draft(draft, store=store, settings=settings, draft_path=path)
    assert all(not apis[pid].requests for pid in ("vk", "weibo", "twitter", "facebook"))


def test_image_rules_block_the_plan(
    apis: Apis, settings: Settings, photos: list[Path], tmp_path: Path
) -> None:
    store = AccountStore(settings)
    make_accounts(store)
    draft, path = draft_on_disk(tmp_path, photos)
    draft.media[1].excluded = []  # now two pictures for Weibo's one-picture API
    plan = plan_publish(draft, store=store, settings=settings, draft_path=path)
    (problem,) = plan.get("weibo").problems
    assert "sharing API takes one picture" in problem


def test_an_image_gone_after_planning_fails_only_its_platforms(
    apis: Apis, settings: Settings, photos: list[Path], tmp_path: Path
) -> None:
    store = AccountStore(settings)
    make_accounts(store)
    draft, path = draft_on_disk(tmp_path, photos)
    draft.media[1].excluded = ["weibo", "vk", "facebook"]  # photo 2 only on X
    plan = plan_publish(draft, store=store, settings=settings, draft_path=path)
    assert not plan.blocking
    photos[1].unlink()
    outcomes = {o.platform: o for o in PublishJob(plan).run()}
    assert outcomes["twitter"].status == "failed"
    assert outcomes["twitter"].message.startswith("Image 2 (photo2.jpg) is missing")
    assert "Nothing was posted to X" in outcomes["twitter"].message
    assert apis.posts("twitter") == []
    assert {outcomes[p].status for p in ("vk", "weibo", "facebook")} == {"published"}


def test_without_an_account_the_outbox_note_mentions_the_images(
    settings: Settings, photos: list[Path], tmp_path: Path
) -> None:
    draft, path = draft_on_disk(tmp_path, photos)
    plan = plan_publish(draft, store=AccountStore(settings), settings=settings, draft_path=path)
    assert "attach the 2 images by hand on VK" in " ".join(plan.get("vk").notes)
    assert "attach the image by hand on Weibo" in " ".join(plan.get("weibo").notes)
