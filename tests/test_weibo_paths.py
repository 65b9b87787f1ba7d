"""Weibo's two paths: one set of rules each, used alike by the check, translation,
templates and Publish — what the check says fits is what Publish accepts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from media_samples import assert_clean, write_picture
from publish_env import Apis, make_account, settings_for
from servers import libretranslate
from templates_samples import SAMPLES
from translation_support import draft_with, libre_engine

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft, DraftError, MediaItem
from socialdesk.platforms import get_platform
from socialdesk.platforms.weibo.paths import check_text, rules_for, tag_text
from socialdesk.publishing import PublishJob, plan_publish
from socialdesk.templates import TemplateLibrary, apply_template
from socialdesk.templates.filters import format_hashtags
from socialdesk.translation.fanout import translate_draft

SAFE = "https://aurora.example.com"


def only_weibo(text: str, path: str) -> Draft:
    draft = Draft(title="Weibo paths", master=text)
    for pid in ("vk", "twitter", "facebook"):
        draft.variants[pid].enabled = False
    draft.set_variant_text("weibo", text)
    draft.weibo_path = path
    return draft


def test_each_path_has_its_limit_and_its_rules() -> None:
    assert (rules_for("api").limit, rules_for("by_hand").limit) == (140, 2000)
    assert Draft(weibo_path="api").limit_for("weibo") == 140
    assert Draft().limit_for("weibo") == 2000  # drafts default to posting by hand
    text = "#极光# 今天开放预订"  # a topic, no link
    api = check_text(text, "api", SAFE)
    assert len(api.problems) == 2
    assert any("#topic#" in p for p in api.problems)
    assert any("aurora.example.com" in p for p in api.problems)
    assert check_text(text, "by_hand").problems == ()
    long = "极" * 150
    assert check_text(long, "api", SAFE).over_by == 10
    assert check_text(long, "by_hand").over_by == 0


def test_an_unknown_path_in_a_draft_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.sdraft"
    data = Draft().to_json()
    data["weibo_path"] = "carrier-pigeon"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DraftError, match="weibo_path"):
        Draft.load(path)
    Draft(weibo_path="api").save(path)
    assert Draft.load(path).weibo_path == "api"


def test_templates_write_topics_only_by_hand() -> None:
    weibo = get_platform("weibo")
    assert format_hashtags("北极光, 旅行", weibo) == "#北极光# #旅行#"
    assert format_hashtags("北极光, 旅行", weibo, path="api") == "北极光 旅行"
    assert tag_text("#极光#", "api") == "极光"


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        (f"极光之旅今天开放预订！详情 {SAFE}/zh", True),
        (f"#极光# 之旅 {SAFE}/zh", False),  # a topic
        ("极光之旅今天开放预订！", False),  # no safe-domain link
        ("极" * 135 + f" {SAFE}/zh", False),  # 146 characters with the link
    ],
)
def test_what_the_check_says_fits_is_what_publish_accepts(
    apis: Apis, text: str, fits: bool
) -> None:
    settings = settings_for(apis)
    store = AccountStore(settings)
    make_account(store, "weibo")
    assert check_text(text, "api", SAFE).valid == fits
    plan = plan_publish(only_weibo(text, "api"), store=store, settings=settings)
    assert (not plan.blocking) == fits
    if fits:
        [outcome] = PublishJob(plan).run()
        assert outcome.status == "published"


def test_posting_by_hand_saves_text_and_images_and_names_the_composer(
    apis: Apis, tmp_path: Path
) -> None:
    settings = settings_for(apis)
    store = AccountStore(settings)
    make_account(store, "weibo")  # even with an account, by hand means by hand
    text = "#极光# 北极光之旅开放预订啦！" + "详情见主页。" * 100  # topic, long, no link
    draft = only_weibo(text, "by_hand")
    image = tmp_path / "aurora.jpg"
    write_picture(image, "aurora", gps=True)
    draft.media.append(MediaItem(str(image)))
    plan = plan_publish(draft, store=store, settings=settings, draft_path=tmp_path / "d.sdraft")
    assert not plan.blocking and plan.get("weibo").destination == "by_hand"
    outbox = tmp_path / "Outbox"
    [outcome] = PublishJob(plan, outbox).run()
    assert outcome.status == "by_hand" and outcome.url.startswith("https://weibo.com")
    [saved_text] = outbox.glob("*.txt")
    [saved_image] = outbox.glob("* – image 1.jpg")
    assert saved_text.read_text(encoding="utf-8") == text
    assert_clean(saved_image.read_bytes())  # no location left in the saved image
    assert apis.weibo.requests == []  # nothing went through the API
    # recorded, so it is not handed out twice
    draft.publish_log.extend(o.record for o in [outcome] if o.record)
    again = plan_publish(draft, store=store, settings=settings, draft_path=tmp_path / "d.sdraft")
    assert again.get("weibo").skip


@pytest.mark.parametrize(("path", "ending"), [("by_hand", "#launch#"), ("api", "今天. launch")])
def test_translation_writes_topics_only_by_hand(path: str, ending: str) -> None:
    with libretranslate.server_with() as server:
        draft = draft_with(
            "Hello world! Visit https://aurora.example today. #launch", weibo="zh-CN"
        )
        draft.weibo_path = path
        results = translate_draft(draft, libre_engine(server.url), ["weibo"])
    text = results["weibo"].text
    assert text is not None and text.endswith(ending)
    if path == "api":
        assert not [p for p in check_text(text, "api").problems if "#topic#" in p]


@pytest.mark.parametrize("name", ["announcement", "event"])
def test_built_in_templates_write_no_topic_for_the_sharing_api(name: str) -> None:
    draft = Draft(source_language="en", weibo_path="api")
    apply_template(draft, TemplateLibrary().load(name), SAMPLES[name])
    text = draft.text_for("weibo")
    assert not [e for e in get_platform("weibo").entities(text) if e.kind == "topic"]
    by_hand = Draft(source_language="en")
    apply_template(by_hand, TemplateLibrary().load(name), SAMPLES[name])
    assert [
        e for e in get_platform("weibo").entities(by_hand.text_for("weibo")) if e.kind == "topic"
    ]


def test_socialdesk_check_counts_weibo_by_the_drafts_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from socialdesk.cli import main

    path = tmp_path / "post.sdraft"
    only_weibo("#极光# " + "极" * 150, "api").save(path)
    assert main(["check", str(path), "--json"]) == 1
    [row] = json.loads(capsys.readouterr().out)["platforms"]
    assert row["limit"] == 140 and any("#topic#" in p for p in row["problems"])
    only_weibo("#极光# " + "极" * 150, "by_hand").save(path)
    assert main(["check", str(path), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["platforms"]
    assert row["limit"] == 2000 and row["problems"] == []


API_PICTURES = (
    "Weibo's sharing API takes one picture per post; 3 are chosen. In the Images panel, "
    "keep one for Weibo and leave the others out."
)


def three_pictures(path: str, folder: Path, count: int = 3) -> Draft:
    draft = only_weibo(f"极光之旅今天开放预订！详情 {SAFE}/zh", path)
    for n in range(1, count + 1):
        picture = write_picture(folder / f"aurora{n}.jpg", f"aurora {n}", (160, 120))
        draft.media.append(MediaItem(str(picture)))
    return draft


def test_three_pictures_pass_by_hand_and_the_sharing_api_refuses_them_alike(
    apis: Apis, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check` and Publish hold the images to the draft's path: Weibo's composer takes
    three pictures, its sharing API one (the card says the same: tests/ui/cards)."""
    from socialdesk.cli import main

    settings = settings_for(apis)
    store = AccountStore(settings)
    make_account(store, "weibo")
    file = tmp_path / "post.sdraft"
    draft = three_pictures("by_hand", tmp_path)
    draft.save(file)
    assert main(["check", str(file), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["platforms"]
    assert row["problems"] == []
    plan = plan_publish(draft, store=store, settings=settings, draft_path=file)
    assert not plan.blocking and plan.get("weibo").destination == "by_hand"
    [outcome] = PublishJob(plan, tmp_path / "Outbox").run()
    assert outcome.status == "by_hand"
    assert len(list((tmp_path / "Outbox").glob("* – image *.jpg"))) == 3

    draft = three_pictures("api", tmp_path)
    draft.save(file)
    main(["check", str(file), "--json"])
    [row] = json.loads(capsys.readouterr().out)["platforms"]
    assert row["problems"] == [API_PICTURES]
    plan = plan_publish(draft, store=store, settings=settings, draft_path=file)
    assert plan.blocking and plan.get("weibo").problems == [API_PICTURES]
    assert apis.weibo.requests == []


def test_by_hand_the_composer_refuses_a_nineteenth_picture(
    apis: Apis, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from socialdesk.cli import main

    settings = settings_for(apis)
    file = tmp_path / "post.sdraft"
    draft = three_pictures("by_hand", tmp_path, 19)
    draft.save(file)
    main(["check", str(file), "--json"])
    [row] = json.loads(capsys.readouterr().out)["platforms"]
    wanted = (
        "Weibo's composer takes at most 18 images per post; 19 are chosen. In the Images "
        "panel, leave 1 out for Weibo."
    )
    assert row["problems"] == [wanted]
    plan = plan_publish(draft, store=AccountStore(settings), settings=settings, draft_path=file)
    assert plan.blocking and plan.get("weibo").problems == [wanted]
