"""The Facebook Page publisher against a loopback Graph API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from publish_env import Apis, publisher_for, settings_for
from servers import facebook_api

from socialdesk.platforms.api import PublishError
from socialdesk.platforms.facebook.publish import DEFAULT_VERSION, FacebookPublisher
from socialdesk.settings import Settings


@pytest.fixture
def fb(settings: Settings) -> FacebookPublisher:
    publisher = publisher_for(settings, "facebook")
    assert isinstance(publisher, FacebookPublisher)
    return publisher


def test_feed_post_sends_message_and_page_token(fb: FacebookPublisher, apis: Apis) -> None:
    result = fb.publish("Northern lights tours open today!")
    (request,) = apis.facebook.requests
    assert request.path == f"/{DEFAULT_VERSION}/{facebook_api.PAGE_ID}/feed"
    assert apis.posts("facebook") == [
        {"message": "Northern lights tours open today!", "access_token": facebook_api.PAGE_TOKEN}
    ]
    assert result.post_id == f"{facebook_api.PAGE_ID}_900001"
    assert result.url == f"https://www.facebook.com/{facebook_api.PAGE_ID}_900001"


def test_graph_version_comes_from_settings(apis: Apis) -> None:
    settings = settings_for(apis)
    settings.section("api")["facebook_version"] = "v19.0"
    publisher_for(settings, "facebook").publish("hi")
    assert apis.facebook.requests[0].path == f"/v19.0/{facebook_api.PAGE_ID}/feed"


def test_scheduled_post_is_unpublished_with_a_publish_time(
    fb: FacebookPublisher, apis: Apis
) -> None:
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
    assert fb.problems("text", when) == []
    result = fb.publish("Coming soon", when)
    (sent,) = apis.posts("facebook")
    assert sent["published"] == "false"  # type: ignore[index]
    assert sent["scheduled_publish_time"] == str(int(when.timestamp()))  # type: ignore[index]
    assert result.scheduled


@pytest.mark.parametrize("ahead", [timedelta(minutes=5), timedelta(days=31), -timedelta(hours=1)])
def test_schedule_outside_ten_minutes_to_thirty_days_is_a_problem(
    fb: FacebookPublisher, ahead: timedelta
) -> None:
    (problem,) = fb.problems("text", datetime.now(UTC) + ahead)
    assert "10 minutes and 30 days" in problem


def test_same_message_twice_is_a_duplicate(fb: FacebookPublisher) -> None:
    fb.publish("Same words")
    with pytest.raises(PublishError) as caught:
        fb.publish("Same words")
    assert caught.value.kind == "duplicate"


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (190, "auth", "Reconnect the account"),
        (506, "duplicate", "duplicate"),
        (4, "rate_limit", "try again after"),
        (17, "rate_limit", "try again after"),
        (341, "rate_limit", "try again after"),
        (200, "permission", "pages_manage_posts"),
        (299, "permission", "pages_manage_posts"),
        (100, "rejected", "Invalid parameter"),
        (2, "server", "Facebook had a server problem (error 2). Try again in a few minutes."),
    ],
)
def test_each_documented_error_becomes_an_actionable_message(
    fb: FacebookPublisher, apis: Apis, code: int, kind: str, words: str
) -> None:
    apis.facebook.state["error"] = code
    with pytest.raises(PublishError) as caught:
        fb.publish("hello")
    assert caught.value.kind == kind
    assert words in caught.value.message
    assert facebook_api.PAGE_TOKEN not in caught.value.message


def test_rate_limit_uses_the_estimated_time_to_regain_access(
    fb: FacebookPublisher, apis: Apis
) -> None:
    apis.facebook.state.update(error=17, regain_minutes=25)
    with pytest.raises(PublishError) as caught:
        fb.publish("hello")
    assert caught.value.retry_at is not None
    wait = caught.value.retry_at - datetime.now(UTC)
    assert timedelta(minutes=24) < wait <= timedelta(minutes=25)
    assert "in 25 minutes" in caught.value.message


def test_verify_names_the_page(fb: FacebookPublisher, apis: Apis) -> None:
    assert fb.verify().name == facebook_api.PAGE_NAME
    (request,) = apis.facebook.requests
    assert facebook_api.PAGE_TOKEN not in str(request.query)


def test_verify_with_an_expired_token_says_reconnect(fb: FacebookPublisher, apis: Apis) -> None:
    apis.facebook.state["token"] = "other"
    with pytest.raises(PublishError) as caught:
        fb.verify()
    assert caught.value.kind == "auth"
