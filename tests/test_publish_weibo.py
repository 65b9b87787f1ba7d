"""The Weibo sharing-API publisher against a loopback Weibo API."""

from __future__ import annotations

from pathlib import Path

import pytest
from media_samples import write_picture
from publish_env import Apis, publisher_for, settings_for
from servers import weibo_api

from socialdesk.media.outgoing import read_upload
from socialdesk.platforms.api import PublishError
from socialdesk.platforms.weibo.publish import WeiboPublisher
from socialdesk.settings import Settings

GOOD = "极光之旅今天开放预订！详情 https://aurora.example.com/zh"


@pytest.fixture
def weibo(settings: Settings) -> WeiboPublisher:
    publisher = publisher_for(settings, "weibo")
    assert isinstance(publisher, WeiboPublisher)
    return publisher


def test_share_sends_multipart_with_token_status_and_ip(weibo: WeiboPublisher, apis: Apis) -> None:
    result = weibo.publish(GOOD)
    (request,) = apis.weibo.requests
    assert request.headers["content-type"].startswith("multipart/form-data")
    (sent,) = apis.posts("weibo")
    assert sent == {"access_token": weibo_api.TOKEN, "status": GOOD, "rip": "127.0.0.1"}
    assert result.post_id == "4900000000000001"
    assert result.url == f"https://weibo.com/{weibo_api.UID}/4900000000000001"


def test_picture_goes_along_as_a_file_part(
    weibo: WeiboPublisher, apis: Apis, tmp_path: Path
) -> None:
    picture = write_picture(tmp_path / "aurora.png", "极光", (320, 240))
    weibo.publish(GOOD, media=[read_upload(picture, strip=False)])
    (sent,) = apis.posts("weibo")
    assert sent["pic"] == ("aurora.png", picture.read_bytes())  # type: ignore[index]
    (part,) = apis.weibo.state["uploads"]
    assert part.content_type == "image/png"


def test_configured_user_ip_is_sent_as_rip(apis: Apis) -> None:
    settings = settings_for(apis)
    settings.section("api")["weibo_rip"] = "203.0.113.7"
    publisher_for(settings, "weibo").publish(GOOD)
    (sent,) = apis.posts("weibo")
    assert sent["rip"] == "203.0.113.7"  # type: ignore[index]


def test_share_api_rules_are_checked_before_sending(weibo: WeiboPublisher) -> None:
    assert weibo.problems(GOOD) == []
    no_link = weibo.problems("极光之旅今天开放预订！")
    assert len(no_link) == 1
    assert "aurora.example.com" in no_link[0]
    other_domain = weibo.problems("看看 https://elsewhere.example.org")
    assert "safe domain" in other_domain[0]
    subdomain_ok = weibo.problems("看看 https://shop.aurora.example.com/x")
    assert subdomain_ok == []
    (topic,) = weibo.problems(f"#极光# {GOOD}")
    assert "#topic#" in topic
    (long,) = weibo.problems("极" * 150 + " https://aurora.example.com")
    assert "161 characters" in long and "Shorten it by 21" in long


def test_weibo_counts_two_latin_letters_as_one_character(weibo: WeiboPublisher) -> None:
    # 200 Latin letters are 100 Weibo characters (plus 11 for the link): fine for 140
    assert weibo.problems("a" * 200 + " https://aurora.example.com") == []


def test_same_text_twice_is_refused_as_a_duplicate(weibo: WeiboPublisher) -> None:
    weibo.publish(GOOD)
    with pytest.raises(PublishError) as caught:
        weibo.publish(GOOD)
    assert caught.value.kind == "duplicate"
    assert "duplicate" in caught.value.message


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (21327, "auth", "Reconnect the account"),
        (21332, "auth", "Reconnect the account"),
        (20019, "duplicate", "duplicate"),
        (10024, "rate_limit", "30 posts an hour"),
        (10017, "rule", "aurora.example.com"),
        (20012, "rule", "140"),
        (10014, "permission", "permission"),
    ],
)
def test_each_documented_error_becomes_an_actionable_message(
    weibo: WeiboPublisher, apis: Apis, code: int, kind: str, words: str
) -> None:
    apis.weibo.state["error"] = code
    with pytest.raises(PublishError) as caught:
        weibo.publish(GOOD)
    assert caught.value.kind == kind
    assert words in caught.value.message
    assert weibo_api.TOKEN not in caught.value.message


def test_server_side_safe_domain_refusal_maps_to_its_message(
    weibo: WeiboPublisher, apis: Apis
) -> None:
    apis.weibo.state["safe_domain"] = "other.example.net"
    with pytest.raises(PublishError) as caught:
        weibo.publish(GOOD)
    assert caught.value.code == "10017"


def test_rate_limit_gives_a_time_about_an_hour_ahead(weibo: WeiboPublisher, apis: Apis) -> None:
    apis.weibo.state["error"] = 10024
    with pytest.raises(PublishError) as caught:
        weibo.publish(GOOD)
    assert caught.value.retry_at is not None
    assert "(in 60 minutes)" in caught.value.message


def test_verify_names_the_account(weibo: WeiboPublisher, apis: Apis) -> None:
    result = weibo.verify()
    assert result.name == weibo_api.SCREEN_NAME
    # the token goes in the Authorization header, never in a URL that could be logged
    assert all(weibo_api.TOKEN not in str(r.query) for r in apis.weibo.requests)


def test_verify_with_a_revoked_token_says_reconnect(weibo: WeiboPublisher, apis: Apis) -> None:
    apis.weibo.state["token"] = "another"
    with pytest.raises(PublishError) as caught:
        weibo.verify()
    assert caught.value.kind == "auth"
