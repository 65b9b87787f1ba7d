"""Facebook Pages: the manual login flow (paste the final address or the code), the
long-lived exchange, `/me/accounts` and the Page token, against a loopback Facebook."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from servers import facebook_api, facebook_login
from servers.loopback import LoopbackServer
from signin_support import final_address

from socialdesk.accounts import Account, AccountStore
from socialdesk.paths import config_dir
from socialdesk.platforms.api import make_publisher
from socialdesk.settings import Settings
from socialdesk.signin.facebook import FacebookSignIn
from socialdesk.signin.oauth import SignInError, TokenSet


@pytest.fixture(scope="module")
def module_server() -> Iterator[LoopbackServer]:
    with facebook_login.facebook_login_server() as server:
        yield server


@pytest.fixture
def server(module_server: LoopbackServer) -> LoopbackServer:
    module_server.reset()
    return module_server


@pytest.fixture
def settings(server: LoopbackServer) -> Settings:
    settings = Settings.load()
    settings.section("signin").update(facebook=server.url, facebook_token=server.url)
    settings.section("api").update(facebook=server.url, timeout=5.0)
    settings.save()
    return settings


def flow(settings: Settings, secret: str = facebook_login.APP_SECRET) -> FacebookSignIn:
    return FacebookSignIn(facebook_login.APP_ID, secret, settings)


def test_pasted_address_gives_a_long_lived_token_and_the_pages(
    settings: Settings, server: LoopbackServer
) -> None:
    login = flow(settings)
    pending = login.begin()
    assert "pages_manage_posts" in pending.authorize_url
    pasted = final_address(pending.authorize_url)
    assert pasted.startswith(facebook_login.LOGIN_SUCCESS + "?code=")
    user = login.finish_pasted(pending, pasted)
    assert user.expires_at == pytest.approx(time.time() + 60 * 24 * 3600, abs=60)
    assert user.access_token == server.state["long_lived"]
    exchanges = [r.query for r in server.requests if r.path.endswith("/oauth/access_token")]
    assert exchanges[-1]["grant_type"] == ["fb_exchange_token"]
    pages = login.pages(user)
    assert [p.name for p in pages] == [facebook_api.PAGE_NAME, "Aurora Fan Club"]
    assert pages[0].can_post and not pages[1].can_post
    assert pages[0].token not in repr(pages[0])

    # keep the Page token (it does not expire) and the app secret, in the keyring only
    store = AccountStore(settings)
    page = pages[0]
    account = Account(
        "facebook",
        page.name,
        {"page_id": page.id},
        signin="facebook_login",
        client_id=facebook_login.APP_ID,
    )
    store.connect(account, TokenSet(page.token), client_secret=facebook_login.APP_SECRET)
    publisher = make_publisher(account, store.secrets(account), settings)
    assert publisher.publish("Northern lights tours https://aurora.example.com").post_id
    on_disk = (config_dir() / "settings.json").read_text(encoding="utf-8")
    for secret in (page.token, facebook_login.APP_SECRET, user.access_token):
        assert secret not in on_disk
    assert store.client_secret(account) == facebook_login.APP_SECRET


def test_the_bare_code_can_be_pasted(settings: Settings) -> None:
    login = flow(settings)
    pending = login.begin()
    code = final_address(pending.authorize_url).split("code=")[1].split("&")[0]
    assert login.finish_pasted(pending, code).access_token


def test_a_wrong_app_secret_is_named_but_never_shown(settings: Settings) -> None:
    login = flow(settings, secret="not-the-secret-123")
    pending = login.begin()
    with pytest.raises(SignInError) as caught:
        login.finish_pasted(pending, final_address(pending.authorize_url))
    assert caught.value.kind == "client" and "App secret" in caught.value.message
    assert "not-the-secret-123" not in caught.value.message


def test_expired_and_used_codes(settings: Settings, server: LoopbackServer) -> None:
    login = flow(settings)
    pending = login.begin()
    pasted = final_address(pending.authorize_url)
    login.finish_pasted(pending, pasted)
    with pytest.raises(SignInError) as used:
        login.finish_pasted(pending, pasted)
    assert used.value.kind == "invalid_grant" and used.value.code == "100/36009"
    server.state["code_ttl"] = 0
    pending = login.begin()
    pasted = final_address(pending.authorize_url)
    time.sleep(0.01)
    with pytest.raises(SignInError) as expired:
        login.finish_pasted(pending, pasted)
    assert expired.value.code == "100/36007" and "Sign in again" in expired.value.message


def test_declined_login_and_no_pages(settings: Settings, server: LoopbackServer) -> None:
    login = flow(settings)
    server.state["deny"] = True
    pending = login.begin()
    with pytest.raises(SignInError) as denied:
        login.finish_pasted(pending, final_address(pending.authorize_url))
    assert denied.value.kind == "denied"
    server.state["deny"] = False
    server.state["no_pages"] = True
    pending = login.begin()
    user = login.finish_pasted(pending, final_address(pending.authorize_url))
    with pytest.raises(SignInError, match="no Page"):
        login.pages(user)


def test_an_expired_user_token_cannot_list_pages(
    settings: Settings, server: LoopbackServer
) -> None:
    with pytest.raises(SignInError) as caught:
        flow(settings).pages(TokenSet("EAAG-expired-user-token-0001"))
    assert caught.value.kind == "invalid_grant"
    assert "EAAG-expired-user-token-0001" not in caught.value.message
