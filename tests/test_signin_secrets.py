"""Secrets of a signed-in account — the app secret, access and refresh tokens, the
PKCE verifier — live only in the keyring: never in settings, the log, the draft, the
publish log or an error message, raw, percent-encoded or base64."""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from servers import x_oauth
from servers.loopback import LoopbackServer
from signin_support import Browser

from socialdesk import logs
from socialdesk.accounts import Account, AccountStore
from socialdesk.draft import Draft
from socialdesk.paths import config_dir
from socialdesk.publishing import publish_draft
from socialdesk.settings import Settings
from socialdesk.signin.callback import CallbackListener
from socialdesk.signin.flow import sign_in_through_browser
from socialdesk.signin.oauth import SignInError, TokenSet
from socialdesk.signin.tokens import fresh_tokens
from socialdesk.signin.x import XSignIn


def forms(secret: str) -> list[str]:
    raw = secret.encode()
    return [
        secret,
        quote(secret, safe=""),
        base64.b64encode(raw).decode().rstrip("="),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
    ]


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with x_oauth.x_oauth_server() as server:
        yield server


def test_no_secret_of_a_signed_in_account_reaches_a_file(
    server: LoopbackServer, tmp_path: Path
) -> None:
    handler = logs.start_logging(logging.DEBUG)
    try:
        settings = Settings.load()
        settings.section("signin").update(twitter=server.url, twitter_token=server.url)
        settings.section("api").update(twitter=server.url, timeout=5.0)
        settings.save()
        listener = CallbackListener(port=0, timeout=10)
        server.state["callbacks"] = [listener.redirect_uri]
        flow = XSignIn(x_oauth.CLIENT_ID, settings)
        tokens = sign_in_through_browser(flow, Browser().open, listener)
        store = AccountStore(settings)
        account = Account("twitter", "@aurora", signin="x_oauth2", client_id=x_oauth.CLIENT_ID)
        store.connect(account, tokens)
        stale = TokenSet(tokens.access_token, tokens.refresh_token, time.time() - 10)
        store.replace_tokens(account, stale)
        draft = Draft(master="Hello again https://aurora.example.com")
        for pid in ("vk", "weibo", "facebook"):
            draft.variants[pid].enabled = False
        path = tmp_path / "post.sdraft"
        outcomes = publish_draft(draft, store=store, settings=settings)
        draft.save(path)
        renewed = store.token_set(account)
        assert renewed is not None and outcomes[0].status == "published"
        # a failing renewal's message is shown and logged: it must carry no secret either
        server.state["revoked"] = True
        store.replace_tokens(account, TokenSet(renewed.access_token, renewed.refresh_token, 0.0))
        with pytest.raises(SignInError) as caught:
            fresh_tokens(store, account, settings)
        logging.getLogger("socialdesk.signin").error("renewal failed: %s", caught.value)
        logging.getLogger("socialdesk.signin").debug(
            "token answer: access_token=%s refresh_token=%s code_verifier=%s",
            renewed.access_token,
            renewed.refresh_token,
            "v" * 43 + "123",
        )
    finally:
        logging.getLogger(logs.LOGGER).removeHandler(handler)
        handler.close()

    secrets = {tokens.access_token, tokens.refresh_token, renewed.access_token}
    secrets |= {renewed.refresh_token, "v" * 43 + "123"}
    places = {
        "settings": (config_dir() / "settings.json").read_text(encoding="utf-8"),
        "log": "".join(p.read_text(encoding="utf-8") for p in logs.log_files()),
        "draft": path.read_text(encoding="utf-8"),
        "message": caught.value.message + " ".join(o.message for o in outcomes),
    }
    assert "renewal failed" in places["log"]
    for where, text in places.items():
        for secret in secrets:
            for form in forms(secret):
                assert form not in text, f"a secret reached the {where}"
