"""The VK publisher against a loopback VK API that checks every parameter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from publish_env import Apis, publisher_for
from servers import vk_api

from socialdesk.platforms.api import PublishError
from socialdesk.platforms.vk.publish import VKPublisher
from socialdesk.settings import Settings


@pytest.fixture
def vk(settings: Settings) -> VKPublisher:
    publisher = publisher_for(settings, "vk")
    assert isinstance(publisher, VKPublisher)
    return publisher


def test_wall_post_sends_documented_parameters_and_links_to_the_post(
    vk: VKPublisher, apis: Apis
) -> None:
    result = vk.publish("Привет, мир! Туры к сиянию")
    (sent,) = apis.posts("vk")
    assert sent == {
        "owner_id": f"-{vk_api.GROUP_ID}",
        "from_group": "1",
        "message": "Привет, мир! Туры к сиянию",
        "access_token": vk_api.TOKEN,
        "v": "5.199",
    }
    assert result.post_id == "1001"
    assert result.url == f"https://vk.com/wall-{vk_api.GROUP_ID}_1001"
    assert not result.scheduled


def test_scheduled_post_sends_publish_date_as_unix_time(vk: VKPublisher, apis: Apis) -> None:
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    result = vk.publish("Скоро!", when)
    (sent,) = apis.posts("vk")
    assert sent["publish_date"] == str(int(when.timestamp()))  # type: ignore[index]
    assert result.scheduled


def test_publish_time_in_the_past_is_a_problem_before_sending(vk: VKPublisher) -> None:
    (problem,) = vk.problems("text", datetime.now(UTC) - timedelta(minutes=5))
    assert "past" in problem


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (5, "auth", "Reconnect the account"),
        (6, "rate_limit", "try again after"),
        (9, "rate_limit", "try again after"),
        (29, "rate_limit", "try again after"),
        (7, "permission", "'wall' scope"),
        (15, "permission", "editor or admin"),
        (214, "permission", "editor or admin"),
        (222, "rule", "Remove the link"),
        (10, "server", "VK had a server problem (error 10). Try again in a few minutes."),
        (100, "rejected", "One of the parameters"),
    ],
)
def test_each_documented_error_becomes_an_actionable_message(
    vk: VKPublisher, apis: Apis, code: int, kind: str, words: str
) -> None:
    apis.vk.state["error"] = code
    with pytest.raises(PublishError) as caught:
        vk.publish("Текст")
    assert caught.value.kind == kind
    assert words in caught.value.message
    assert vk_api.TOKEN not in caught.value.message
    assert apis.posts("vk") == []


def test_rate_limit_says_when_to_retry(vk: VKPublisher, apis: Apis) -> None:
    apis.vk.state["error"] = 29
    with pytest.raises(PublishError) as caught:
        vk.publish("Текст")
    retry_at = caught.value.retry_at
    assert retry_at is not None
    assert timedelta(hours=23) < retry_at - datetime.now(UTC) <= timedelta(hours=24)
    assert retry_at.astimezone().strftime("%H:%M") in caught.value.message


def test_wrong_token_is_reported_as_expired_sign_in(vk: VKPublisher, apis: Apis) -> None:
    apis.vk.state["token"] = "another-token"
    with pytest.raises(PublishError) as caught:
        vk.publish("Текст")
    assert caught.value.kind == "auth"


def test_verify_names_the_user_and_the_community(vk: VKPublisher) -> None:
    result = vk.verify()
    assert result.name == "Anna Petrova → Aurora Travel"


def test_timeout_after_sending_is_unknown_not_failed(vk: VKPublisher, apis: Apis) -> None:
    apis.vk.state["delay"] = 3.0  # the client gives up after 1 s
    with pytest.raises(PublishError) as caught:
        vk.publish("Текст")
    assert caught.value.kind == "unknown"
    assert caught.value.message.startswith("unknown — check the platform before retrying")
    assert len(apis.posts("vk")) == 1  # the server did take it


def test_unreachable_server_is_a_network_failure_with_nothing_sent(vk: VKPublisher) -> None:
    vk.config = type(vk.config)(base_url="http://127.0.0.1:9", connect_timeout=1.0)
    with pytest.raises(PublishError) as caught:
        vk.publish("Текст")
    assert caught.value.kind == "network"
    assert "Nothing was sent" in caught.value.message
