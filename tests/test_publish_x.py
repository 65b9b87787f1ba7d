"""The X publisher (OAuth 2.0 and OAuth 1.0a) against a loopback X API v2."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from publish_env import Apis, publisher_for, settings_for
from servers import x_api

from socialdesk.platforms.api import PublishError
from socialdesk.platforms.twitter.publish import XPublisher


def x_publisher(apis: Apis, auth: str) -> XPublisher:
    publisher = publisher_for(settings_for(apis, timeout=1.0), "twitter", x_auth=auth)
    assert isinstance(publisher, XPublisher)
    return publisher


@pytest.fixture(params=["oauth2", "oauth1"])
def x(apis: Apis, request: pytest.FixtureRequest) -> XPublisher:
    return x_publisher(apis, request.param)


def test_post_sends_json_text_with_valid_auth_and_links_to_it(x: XPublisher, apis: Apis) -> None:
    result = x.publish("Northern lights tours open today ✨")
    assert apis.twitter.state.get("auth_failures") is None
    assert apis.posts("twitter") == [{"text": "Northern lights tours open today ✨"}]
    assert result.url == f"https://x.com/i/web/status/{result.post_id}"
    (request,) = apis.twitter.requests
    if x.account.auth == "oauth2":
        assert request.headers["authorization"] == f"Bearer {x_api.BEARER}"
    else:
        assert request.headers["authorization"].startswith("OAuth ")


def test_line_endings_are_sent_as_x_counts_them(x: XPublisher, apis: Apis) -> None:
    x.publish("Line one\r\nLine two\rLine three")
    assert apis.posts("twitter") == [{"text": "Line one\nLine two\nLine three"}]


def test_a_wrong_oauth1_secret_fails_the_servers_signature_check(apis: Apis) -> None:
    x = x_publisher(apis, "oauth1")
    x.secrets["oauth_token_secret"] = "not-the-secret"
    with pytest.raises(PublishError) as caught:
        x.publish("hello")
    assert caught.value.kind == "auth"
    assert apis.twitter.state["auth_failures"] == ["signature does not match"]


def test_each_oauth1_request_has_a_fresh_nonce(apis: Apis) -> None:
    x = x_publisher(apis, "oauth1")
    x.publish("one")
    x.publish("two")
    x.verify()
    assert "auth_failures" not in apis.twitter.state
    assert len(apis.twitter.state["nonces"]) == 3


def test_verify_names_the_account(x: XPublisher) -> None:
    result = x.verify()
    assert (result.name, result.detail) == ("Aurora Travel", "@auroratravel")


def test_same_text_twice_is_a_duplicate(x: XPublisher) -> None:
    x.publish("Same words")
    with pytest.raises(PublishError) as caught:
        x.publish("Same words")
    assert caught.value.kind == "duplicate"


@pytest.mark.parametrize(
    ("error", "kind", "words"),
    [
        (401, "auth", "Reconnect the account"),
        (403, "permission", "Read and Write"),
        ("duplicate", "duplicate", "duplicate"),
        (503, "server", "X had a server problem (HTTP 503). Try again in a few minutes."),
    ],
)
def test_each_documented_error_becomes_an_actionable_message(
    x: XPublisher, apis: Apis, error: object, kind: str, words: str
) -> None:
    apis.twitter.state["error"] = error
    with pytest.raises(PublishError) as caught:
        x.publish("hello")
    assert caught.value.kind == kind
    assert words in caught.value.message
    assert x_api.BEARER not in caught.value.message


def test_rate_limit_reports_the_reset_time_from_the_header(x: XPublisher, apis: Apis) -> None:
    reset = int(time.time()) + 12 * 60
    apis.twitter.state.update(error=429, reset=reset)
    with pytest.raises(PublishError) as caught:
        x.publish("hello")
    assert caught.value.kind == "rate_limit"
    assert caught.value.retry_at == datetime.fromtimestamp(reset, UTC)
    local = datetime.fromtimestamp(reset).strftime("%H:%M")
    assert f"after {local} (in 12 minutes)" in caught.value.message


def test_timeout_after_sending_is_unknown(x: XPublisher, apis: Apis) -> None:
    apis.twitter.state["delay"] = 3.0
    with pytest.raises(PublishError) as caught:
        x.publish("slow")
    assert caught.value.outcome_unknown
