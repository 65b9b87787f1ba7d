"""VK: VK ID sign-in (PKCE, device id, renewal), the standalone implicit flow where the
writer pastes the final address, and the errors only VK has (1051, 27)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from servers import vk_api, vk_id
from servers.loopback import LoopbackServer
from signin_support import Browser, final_address

from socialdesk.accounts import Account, AccountStore
from socialdesk.draft import Draft
from socialdesk.platforms.api import PublishError, make_publisher
from socialdesk.publishing import PublishJob, plan_publish
from socialdesk.settings import Settings
from socialdesk.signin.callback import CallbackListener
from socialdesk.signin.flow import sign_in_through_browser
from socialdesk.signin.oauth import SignInError, TokenSet
from socialdesk.signin.tokens import account_state, fresh_tokens
from socialdesk.signin.vk import PATHS, VkIdSignIn, VkImplicitSignIn


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[LoopbackServer, LoopbackServer]]:
    with vk_id.vk_id_server() as auth, vk_api.vk_server() as api:
        yield auth, api


@pytest.fixture
def auth(servers: tuple[LoopbackServer, LoopbackServer]) -> LoopbackServer:
    auth, api = servers
    auth.reset()
    api.reset()
    auth.state["api"] = api
    return auth


@pytest.fixture
def api(servers: tuple[LoopbackServer, LoopbackServer]) -> LoopbackServer:
    return servers[1]


@pytest.fixture
def settings(auth: LoopbackServer, api: LoopbackServer) -> Settings:
    settings = Settings.load()
    settings.section("signin").update(vk_id=auth.url, vk_id_token=auth.url, vk_implicit=auth.url)
    settings.section("api").update(vk=api.url, timeout=5.0)
    settings.save()
    return settings


def vk_id_sign_in(settings: Settings, auth: LoopbackServer) -> TokenSet:
    listener = CallbackListener(port=0, timeout=10)
    auth.state["callbacks"] = [listener.redirect_uri]
    browser = Browser()
    tokens = sign_in_through_browser(VkIdSignIn(vk_id.APP_ID, settings), browser.open, listener)
    assert "Signed in" in browser.last_page().text
    return tokens


def test_vk_id_sign_in_keeps_the_device_id_for_renewals(
    settings: Settings, auth: LoopbackServer
) -> None:
    tokens = vk_id_sign_in(settings, auth)
    assert tokens.extra["device_id"] == vk_id.DEVICE_ID
    assert tokens.extra["user_id"] == str(vk_id.USER_ID)
    assert tokens.expires_at == pytest.approx(time.time() + 7200, abs=30)
    renewed = VkIdSignIn(vk_id.APP_ID, settings).refresh(tokens)
    assert renewed.access_token != tokens.access_token
    assert renewed.extra["device_id"] == vk_id.DEVICE_ID
    form = [r for r in auth.requests if r.path == "/oauth2/auth"][-1].form()
    assert form["grant_type"] == ["refresh_token"] and form["device_id"] == [vk_id.DEVICE_ID]


def test_vk_id_account_renews_itself_then_posts(
    settings: Settings, auth: LoopbackServer, api: LoopbackServer
) -> None:
    tokens = vk_id_sign_in(settings, auth)
    store = AccountStore(settings)
    account = Account(
        "vk", "Aurora VK", {"group_id": vk_api.GROUP_ID}, signin="vk_id", client_id=vk_id.APP_ID
    )
    store.connect(account, tokens)
    expired = TokenSet(
        tokens.access_token, tokens.refresh_token, time.time() - 60, "", tokens.extra
    )
    store.replace_tokens(account, expired)
    draft = Draft(master="Туры к северному сиянию https://aurora.example.com")
    for pid in ("weibo", "twitter", "facebook"):
        draft.variants[pid].enabled = False
    plan = plan_publish(draft, store=store, settings=settings)
    assert not plan.blocking
    [outcome] = PublishJob(plan).run()
    assert outcome.status == "published"
    assert api.state["posts"][0]["access_token"] != expired.access_token


def test_vk_id_revoked_refresh_asks_to_sign_in_again(
    settings: Settings, auth: LoopbackServer
) -> None:
    tokens = vk_id_sign_in(settings, auth)
    store = AccountStore(settings)
    account = Account(
        "vk", "Aurora VK", {"group_id": vk_api.GROUP_ID}, signin="vk_id", client_id=vk_id.APP_ID
    )
    store.connect(
        account,
        TokenSet(tokens.access_token, tokens.refresh_token, time.time() - 1, "", tokens.extra),
    )
    auth.state["revoked"] = True
    with pytest.raises(SignInError) as caught:
        fresh_tokens(store, account, settings)
    assert caught.value.kind == "invalid_grant" and "sign in again" in caught.value.message
    assert account_state(store, account).needs_sign_in


def test_implicit_flow_takes_the_token_out_of_the_pasted_address(
    settings: Settings, auth: LoopbackServer, api: LoopbackServer
) -> None:
    flow = VkImplicitSignIn(vk_id.APP_ID, settings)
    pending = flow.begin()
    assert "response_type=token" in pending.authorize_url
    assert "offline" in pending.authorize_url
    pasted = final_address(pending.authorize_url)
    assert pasted.startswith("https://oauth.vk.com/blank.html#access_token=")
    tokens = flow.finish(pending, "  " + pasted + "\n")
    assert tokens.expires_at is None  # offline: it does not expire
    store = AccountStore(settings)
    account = Account(
        "vk",
        "Aurora VK",
        {"group_id": vk_api.GROUP_ID},
        signin="vk_implicit",
        client_id=vk_id.APP_ID,
    )
    store.connect(account, tokens)
    publisher = make_publisher(account, store.secrets(account), settings)
    assert publisher.publish("Привет https://aurora.example.com").post_id
    assert "does not expire" in account_state(store, account).summary


def test_implicit_flow_errors_in_the_pasted_address(
    settings: Settings, auth: LoopbackServer
) -> None:
    flow = VkImplicitSignIn(vk_id.APP_ID, settings)
    pending = flow.begin()
    auth.state["deny"] = True
    with pytest.raises(SignInError) as denied:
        flow.finish(pending, final_address(pending.authorize_url))
    assert denied.value.kind == "denied"
    other = flow.begin()
    auth.state["deny"] = False
    with pytest.raises(SignInError) as wrong:
        flow.finish(pending, final_address(other.authorize_url))
    assert wrong.value.kind == "state"
    with pytest.raises(SignInError, match="whole address"):
        flow.finish(pending, "vk1.a.just-a-token")


@pytest.mark.parametrize(("code", "words"), [(1051, "error 1051"), (27, "community key")])
def test_vk_errors_that_depend_on_the_way_in_are_explained(
    settings: Settings, api: LoopbackServer, code: int, words: str
) -> None:
    store = AccountStore(settings)
    account = Account("vk", "Aurora VK", {"group_id": vk_api.GROUP_ID})
    store.save(account, {"access_token": vk_api.TOKEN})
    api.state["error"] = code
    publisher = make_publisher(account, store.secrets(account), settings)
    with pytest.raises(PublishError) as caught:
        publisher.publish("Привет https://aurora.example.com")
    assert words in caught.value.message and caught.value.kind == "permission"


def test_each_way_in_says_what_it_can_do() -> None:
    by_key = {p.key: p for p in PATHS}
    assert by_key["community_key"].text and not by_key["community_key"].photos
    assert by_key["vk_id"].photos and by_key["implicit"].scheduling
