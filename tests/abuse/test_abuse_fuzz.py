"""Random drafts and random API answers: a draft file is a Draft or a DraftError naming
the file; any answer a server gives is a result or a PublishError, never another
exception, never a secret in the message."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from publish_env import SECRETS, make_account
from servers.loopback import ApiHandler, LoopbackServer, Reply, Request

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft, DraftError
from socialdesk.platforms import PLATFORM_IDS
from socialdesk.platforms.api import PostResult, PublishError, make_publisher
from socialdesk.settings import Settings

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
KEYS = ["format", "version", "title", "master", "variants", "fields", "media", "publish_log"]


def draft_documents() -> st.SearchStrategy[Any]:
    """Mostly well-formed drafts with hostile values, sometimes anything at all."""
    field_values = {
        "format": st.just("socialdesk-draft") | JSON,
        "version": st.sampled_from([1, 0, 2, -1, 10**40, "1", True]) | JSON,
        "variants": st.dictionaries(
            st.sampled_from([*PLATFORM_IDS, "myspace"]),
            st.fixed_dictionaries({}, optional={"text": JSON, "enabled": JSON, "origin": JSON}),
            max_size=4,
        )
        | JSON,
        "media": st.lists(
            st.fixed_dictionaries({"path": JSON}, optional={"excluded": JSON, "alt": JSON}),
            max_size=3,
        )
        | JSON,
    }
    document = st.fixed_dictionaries(
        {},
        optional={key: field_values.get(key, JSON) for key in KEYS},
    )
    return document | JSON


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=draft_documents())
def test_any_draft_file_loads_or_says_what_is_wrong(document: Any, tmp_path_factory: Any) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "d.sdraft"
    path.write_text(json.dumps(document), encoding="utf-8")
    try:
        draft = Draft.load(path)
    except DraftError as exc:
        message = str(exc)
        assert message.startswith(f"{path}: ") and "\n" not in message
        return
    # what loaded can be used and saved again
    for pid in draft.enabled_platforms():
        draft.text_for(pid)
    draft.save(path)
    assert Draft.load(path).to_json() == draft.to_json()


@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=200))
def test_any_bytes_load_or_say_what_is_wrong(raw: bytes, tmp_path_factory: Any) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "d.sdraft"
    path.write_bytes(raw)
    try:
        Draft.load(path)
    except DraftError as exc:
        assert str(exc).startswith(f"{path}: ")


# -- API answers -----------------------------------------------------------------------------


class AnyAnswer(ApiHandler):
    """Answers every request with the reply a test put in `state["reply"]`."""

    def handle_request(self, req: Request) -> Reply:
        reply: Reply = self.server.state["reply"]
        return Reply(reply.status, reply.body, dict(reply.headers))


@pytest.fixture(scope="module")
def any_answer() -> Iterator[LoopbackServer]:
    with LoopbackServer(AnyAnswer) as server:
        yield server


ANSWERS = st.builds(
    Reply,
    status=st.sampled_from([200, 201, 400, 401, 403, 404, 429, 500, 502, 503]),
    body=JSON | st.binary(max_size=50) | st.just({"error": {"error_code": 5, "error_msg": "x"}}),
    headers=st.dictionaries(
        st.sampled_from(["x-rate-limit-reset", "Retry-After", "Content-Type"]),
        st.text(alphabet="0123456789abc/-", max_size=12),
        max_size=2,
    ),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(answer=ANSWERS, pid=st.sampled_from(PLATFORM_IDS))
def test_any_api_answer_is_a_result_or_a_publish_error(
    answer: Reply, pid: str, any_answer: LoopbackServer, socialdesk_home: Path
) -> None:
    any_answer.state["reply"] = answer
    config = Settings.load()
    api = config.section("api")
    for platform in PLATFORM_IDS:
        api[platform] = any_answer.url
    api["timeout"] = 2.0
    store = AccountStore(config)
    account = make_account(store, pid)
    publisher = make_publisher(account, store.secrets(account), config)
    try:
        result = publisher.publish("Hello https://aurora.example.com")
    except PublishError as exc:
        secrets = SECRETS["twitter" if pid == "twitter" else pid].values()
        assert exc.message and all(secret not in exc.message for secret in secrets)
        return
    assert isinstance(result, PostResult) and result.post_id
