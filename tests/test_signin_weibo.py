"""Weibo: OAuth2 code exchange with the App Secret (pasted address or loopback), error
21321 for an unreviewed app, and a token that cannot renew itself."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from servers import weibo_api, weibo_oauth
from servers.loopback import LoopbackServer
from signin_support import Browser, final_address

from socialdesk.accounts import Account, AccountStore
from socialdesk.platforms.api import make_publisher
from socialdesk.settings import Settings
from socialdesk.signin.callback import CallbackListener
from socialdesk.signin.flow import sign_in_through_browser
from socialdesk.signin.oauth import SignInError, TokenSet
from socialdesk.signin.tokens import account_state, fresh_tokens
from socialdesk.signin.weibo import WeiboSignIn


@pytest.fixture(scope="module")
def module_server() -> Iterator[LoopbackServer]:
    with weibo_oauth.weibo_oauth_server() as server:
        yield server


@pytest.fixture
def server(module_server: LoopbackServer) -> LoopbackServer:
    module_server.reset()
    return module_server


@pytest.fixture
def settings(server: LoopbackServer) -> Settings:
    settings = Settings.load()
    settings.section("signin").update(weibo=server.url, weibo_token=server.url)
    settings.section("api").update(weibo=server.url, timeout=5.0, weibo_rip="127.0.0.1")
    settings.save()
    return settings


def flow(settings: Settings, secret: str = weibo_oauth.APP_SECRET) -> WeiboSignIn:
    return WeiboSignIn(weibo_oauth.APP_KEY, secret, settings)


def test_pasted_address_connects_and_shares(settings: Settings) -> None:
    login = flow(settings)
    pending = login.begin()
    tokens = login.finish_pasted(pending, final_address(pending.authorize_url))
    assert tokens.extra["uid"] == str(weibo_api.UID)
    assert tokens.expires_at is not None and not tokens.refresh_token
    store = AccountStore(settings)
    account = Account(
        "weibo",
        "极光 Weibo",
        {"safe_domain": f"https://{weibo_api.SAFE_DOMAIN}"},
        signin="weibo_oauth2",
        client_id=weibo_oauth.APP_KEY,
    )
    store.connect(account, tokens, client_secret=weibo_oauth.APP_SECRET)
    publisher = make_publisher(account, store.secrets(account), settings)
    assert publisher.publish(f"极光之旅 https://{weibo_api.SAFE_DOMAIN}/zh").post_id
    assert "expires" in account_state(store, account).summary


def test_loopback_redirect_when_the_app_registers_it(
    settings: Settings, server: LoopbackServer
) -> None:
    listener = CallbackListener(port=0, timeout=10)
    server.state["callbacks"] = [listener.redirect_uri]
    browser = Browser()
    tokens = sign_in_through_browser(flow(settings), browser.open, listener)
    assert tokens.access_token == server.state["token"]


def test_unreviewed_app_explains_21321(settings: Settings, server: LoopbackServer) -> None:
    server.state["unreviewed"] = True
    login = flow(settings)
    pending = login.begin()
    with pytest.raises(SignInError) as caught:
        login.finish_pasted(pending, final_address(pending.authorize_url))
    assert caught.value.kind == "not_reviewed" and caught.value.code == "21321"
    assert "test users" in caught.value.message


def test_bad_secret_expired_code_and_denied(settings: Settings, server: LoopbackServer) -> None:
    login = flow(settings, secret="wrong-secret-4411")
    pending = login.begin()
    with pytest.raises(SignInError) as bad:
        login.finish_pasted(pending, final_address(pending.authorize_url))
    assert bad.value.kind == "client" and "wrong-secret-4411" not in bad.value.message
    server.state["code_ttl"] = 0
    login = flow(settings)
    pending = login.begin()
    pasted = final_address(pending.authorize_url)
    time.sleep(0.01)
    with pytest.raises(SignInError) as expired:
        login.finish_pasted(pending, pasted)
    assert expired.value.kind == "invalid_grant"
    server.state["deny"] = True
    pending = login.begin()
    with pytest.raises(SignInError) as denied:
        login.finish_pasted(pending, final_address(pending.authorize_url))
    assert denied.value.kind == "denied"


def test_an_expired_weibo_sign_in_asks_to_sign_in_again(settings: Settings) -> None:
    store = AccountStore(settings)
    account = Account(
        "weibo",
        "极光 Weibo",
        {"safe_domain": f"https://{weibo_api.SAFE_DOMAIN}"},
        signin="weibo_oauth2",
        client_id=weibo_oauth.APP_KEY,
    )
    store.connect(account, TokenSet("2.00expired-weibo-token", expires_at=time.time() - 5))
    with pytest.raises(SignInError, match="sign in again"):
        fresh_tokens(store, account, settings)
    state = account_state(store, account)
    assert state.needs_sign_in and not state.renews
