"""Secrets stay out of every text the app keeps or shows, in whatever encoding a server
or library echoes them; server error texts lose query strings and request bodies."""

from __future__ import annotations

import base64
import json
import logging
import re
from pathlib import Path
from urllib.parse import quote, quote_plus, urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from publish_env import Apis, sample_draft, settings_for
from servers import vk_api

from socialdesk.accounts import Account, AccountStore
from socialdesk.cli.publish_cmd import format_outcome
from socialdesk.draft import Draft
from socialdesk.logs import RedactingFilter
from socialdesk.problem_report import log_tail
from socialdesk.publishing import plan_publish, publish_draft
from socialdesk.redaction import REDACTED, redact, register_secret, scrub_api_text

# a token with characters that every encoding changes
TOKEN = "vk1.a/Tök+en_with spaces=1&z~Ω"


def lower_hex(text: str) -> str:
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), text)


def forms(secret: str) -> dict[str, str]:
    data = secret.encode()
    b64 = base64.b64encode(data).decode()
    urlsafe = base64.urlsafe_b64encode(data).decode()
    return {
        "raw": secret,
        "percent": quote(secret, safe=""),
        "percent lower": lower_hex(quote(secret, safe="")),
        "percent, + for space": quote_plus(secret, safe=""),
        "percent, + for space, lower": lower_hex(quote_plus(secret, safe="")),
        "base64": b64,
        "base64 unpadded": b64.rstrip("="),
        "base64 url-safe": urlsafe,
        "base64 url-safe unpadded": urlsafe.rstrip("="),
        "JSON ascii": json.dumps(secret)[1:-1],
        "JSON unicode": json.dumps(secret, ensure_ascii=False)[1:-1],
        "JSON with escaped slashes": json.dumps(secret)[1:-1].replace("/", "\\/"),
    }


@pytest.mark.parametrize("form", list(forms(TOKEN)))
def test_a_registered_secret_is_redacted_in_every_encoding(form: str) -> None:
    register_secret(TOKEN)
    encoded = forms(TOKEN)[form]
    line = f"error: request {encoded} was refused"
    cleaned = redact(line, patterns=False)
    assert encoded not in cleaned
    assert cleaned == f"error: request {REDACTED} was refused"


def base64_runs_decoded(text: str) -> list[bytes]:
    decoded = []
    for run in re.findall(r"[A-Za-z0-9+/_-]{4,}={0,2}", text):
        run = run.replace("-", "+").replace("_", "/")
        try:
            decoded.append(base64.b64decode(run + "=" * (-len(run) % 4)))
        except ValueError:
            continue
    return decoded


@pytest.mark.parametrize("prefix", ["", "a", "ab", "user:", "api_user:x"])
def test_a_secret_inside_longer_base64_is_redacted(prefix: str) -> None:
    register_secret(TOKEN)
    header = "Authorization: Basic " + base64.b64encode(f"{prefix}{TOKEN}".encode()).decode()
    cleaned = redact(header, patterns=False)
    assert REDACTED in cleaned
    secret = TOKEN.encode()
    for data in base64_runs_decoded(cleaned):
        assert secret[:6] not in data and secret[-6:] not in data


@settings(max_examples=80, deadline=None)
@given(
    secret=st.text(min_size=8, max_size=40).filter(lambda s: s.strip() == s and len(s) >= 8),
    before=st.text(max_size=20),
    after=st.text(max_size=20),
    form=st.sampled_from(list(forms("x" * 8))),
)
def test_any_secret_in_any_form_is_redacted(
    secret: str, before: str, after: str, form: str
) -> None:
    try:
        secret.encode()
    except UnicodeEncodeError:
        return  # a lone surrogate is no token
    encoded = forms(secret)[form]
    cleaned = redact(f"{before} {encoded} {after}", [secret], patterns=False)
    assert encoded not in cleaned


def test_server_texts_lose_query_strings_and_form_bodies() -> None:
    text = (
        "failed: GET https://api.example.com/v2/post?access_token=abc123&message=hi "
        "and /method/wall.post?v=5.199 body owner_id=-1&from_group=1&message=secret+plan"
    )
    cleaned = scrub_api_text(text)
    assert "access_token" not in cleaned and "abc123" not in cleaned
    assert "secret+plan" not in cleaned and "?" not in cleaned
    assert "https://api.example.com/v2/post" in cleaned and "/method/wall.post" in cleaned
    assert "[request details removed]" in cleaned


# -- a server that echoes the request, token percent-encoded --------------------------------


@pytest.fixture
def echoing_vk(apis: Apis) -> tuple[AccountStore, Account]:
    settings = settings_for(apis, timeout=2.0)
    store = AccountStore(settings)
    account = Account("vk", "Echo VK", {"group_id": vk_api.GROUP_ID})
    store.save(account, {"access_token": TOKEN})
    apis["vk"].state.update(token=TOKEN, echo=True)
    return store, account


def test_an_echoed_token_reaches_no_message_log_or_report(
    echoing_vk: tuple[AccountStore, Account], apis: Apis, tmp_path: Path
) -> None:
    store, _ = echoing_vk
    log_file = tmp_path / "socialdesk.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("socialdesk")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    draft = sample_draft()
    for pid in ("weibo", "twitter", "facebook"):
        draft.variants[pid].enabled = False
    try:
        (outcome,) = publish_draft(draft, store=store, settings=store.settings)
        logger.info("vk said: %s", outcome.message)
    finally:
        logger.removeHandler(handler)
        handler.close()
        logger.setLevel(old_level)

    assert outcome.status == "failed"
    assert "wall.post" in outcome.message  # what went wrong is still told
    draft_path = tmp_path / "d.sdraft"
    draft.save(draft_path)
    kept = {
        "dialog and CLI": format_outcome("VK", outcome),
        "publish log": draft_path.read_text(encoding="utf-8"),
        "log file": log_file.read_text(encoding="utf-8"),
        "problem report": log_tail(log_file),
    }
    sent_form = urlencode({"access_token": TOKEN})
    for where, text in kept.items():
        for form, encoded in forms(TOKEN).items():
            assert encoded not in text, f"{form} form of the token in the {where}"
        assert sent_form not in text and "message=" not in text, where
        assert "\\u0422\\u0443" not in text, where  # the echoed JSON body
        assert "?" not in text.split("wall.post", 1)[-1][:2], where
        for data in base64_runs_decoded(text):
            assert TOKEN.encode()[:8] not in data, where
    # Draft.load of the publish log keeps the cleaned message
    assert Draft.load(draft_path).publish_log[-1].message == outcome.message


def test_the_post_text_itself_is_never_redacted(echoing_vk: tuple[AccountStore, Account]) -> None:
    store, _ = echoing_vk
    draft = sample_draft()
    draft.set_variant_text("vk", f"my token is {quote(TOKEN)} ok")
    plan = plan_publish(draft, store=store, settings=store.settings)
    # the writer's own text is sent as written; only messages are redacted
    assert plan.get("vk").text == f"my token is {quote(TOKEN)} ok"
