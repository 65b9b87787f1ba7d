"""X sign-in: PKCE, the loopback listener, the code exchange and renewal, against a
loopback X authorization server (servers.x_oauth) with a real HTTP client in the
browser's place."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import requests
from servers import x_oauth
from servers.loopback import LoopbackServer
from servers.oauth_common import memory
from signin_support import Browser

from socialdesk.accounts import Account, AccountStore
from socialdesk.draft import Draft
from socialdesk.publishing import PublishJob, plan_publish
from socialdesk.settings import Settings
from socialdesk.signin.callback import CallbackListener
from socialdesk.signin.flow import PendingSignIn, sign_in_through_browser
from socialdesk.signin.oauth import SignInError, TokenSet
from socialdesk.signin.pkce import Pkce, challenge_s256, new_verifier
from socialdesk.signin.tokens import account_state, fresh_tokens
from socialdesk.signin.x import SCOPES, XSignIn


@pytest.fixture(scope="module")
def module_server() -> Iterator[LoopbackServer]:
    with x_oauth.x_oauth_server() as server:
        yield server


@pytest.fixture
def server(module_server: LoopbackServer) -> LoopbackServer:
    module_server.reset()
    return module_server


@pytest.fixture
def settings(server: LoopbackServer) -> Settings:
    settings = Settings.load()
    settings.section("signin").update(twitter=server.url, twitter_token=server.url)
    settings.section("api").update(twitter=server.url, timeout=5.0)
    settings.save()
    return settings


def sign_in(settings: Settings, server: LoopbackServer) -> tuple[TokenSet, Browser]:
    listener = CallbackListener(port=0, timeout=10)
    server.state["callbacks"] = [listener.redirect_uri]
    browser = Browser()
    tokens = sign_in_through_browser(XSignIn(x_oauth.CLIENT_ID, settings), browser.open, listener)
    return tokens, browser


def test_pkce_s256_matches_rfc_7636_example() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert challenge_s256(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    assert 43 <= len(new_verifier()) <= 128
    assert new_verifier() != new_verifier()
    with pytest.raises(ValueError):
        challenge_s256("short")


def test_the_whole_sign_in_with_a_browser_in_its_place(
    settings: Settings, server: LoopbackServer
) -> None:
    tokens, browser = sign_in(settings, server)
    page = browser.last_page()
    assert page.status_code == 200 and "Signed in" in page.text
    assert page.url.startswith("http://127.0.0.1:")  # came back through the listener
    authorize = next(r for r in server.requests if r.path == "/i/oauth2/authorize")
    assert set(authorize.query["scope"][0].split()) == set(SCOPES)
    assert authorize.query["code_challenge_method"] == ["S256"]
    exchange = next(r for r in server.requests if r.path == "/2/oauth2/token").form()
    assert exchange["grant_type"] == ["authorization_code"]
    assert "client_secret" not in exchange  # a public client has none
    assert tokens.refresh_token and tokens.expires_at is not None
    assert tokens.expires_at == pytest.approx(time.time() + 7200, abs=30)
    # the token posts as the writer
    me = requests.get(
        f"{server.url}/2/users/me",
        headers={"Authorization": f"Bearer {tokens.access_token}"},
        timeout=5,
    )
    assert me.json()["data"]["username"] == "auroratravel"


def test_a_redirect_with_another_state_is_refused(
    settings: Settings, server: LoopbackServer
) -> None:
    server.state["wrong_state"] = True
    with pytest.raises(SignInError) as caught:
        sign_in(settings, server)
    assert caught.value.kind == "state"
    assert not [r for r in server.requests if r.path == "/2/oauth2/token"]


def test_access_denied_on_the_consent_page(settings: Settings, server: LoopbackServer) -> None:
    server.state["deny"] = True
    with pytest.raises(SignInError) as caught:
        sign_in(settings, server)
    assert caught.value.kind == "denied"
    assert "Authorize" in caught.value.message


def _code_for(flow: XSignIn, server: LoopbackServer, redirect: str) -> tuple[PendingSignIn, str]:
    server.state["callbacks"] = [redirect]
    pending = flow.begin(redirect)
    answer = requests.get(pending.authorize_url, allow_redirects=False, timeout=5)
    location = answer.headers["Location"]
    code = location.split("code=")[1].split("&")[0]
    return pending, code


def test_the_verifier_must_match_the_challenge(settings: Settings, server: LoopbackServer) -> None:
    flow = XSignIn(x_oauth.CLIENT_ID, settings)
    pending, code = _code_for(flow, server, "http://127.0.0.1:8765/callback")
    forged = PendingSignIn(pending.authorize_url, pending.state, pending.redirect_uri, Pkce.new())
    with pytest.raises(SignInError) as caught:
        flow.finish(forged, code)
    assert caught.value.kind == "invalid_grant"
    assert code not in caught.value.message


def test_an_expired_or_used_code_is_refused(settings: Settings, server: LoopbackServer) -> None:
    flow = XSignIn(x_oauth.CLIENT_ID, settings)
    pending, code = _code_for(flow, server, "http://127.0.0.1:8765/callback")
    flow.finish(pending, code)
    with pytest.raises(SignInError) as used:
        flow.finish(pending, code)
    assert used.value.kind == "invalid_grant"
    server.state["code_ttl"] = 0
    pending, code = _code_for(flow, server, "http://127.0.0.1:8765/callback")
    time.sleep(0.01)
    with pytest.raises(SignInError) as expired:
        flow.finish(pending, code)
    assert expired.value.kind == "invalid_grant" and "Sign in again" in expired.value.message


def test_refresh_rotates_the_refresh_token(settings: Settings, server: LoopbackServer) -> None:
    tokens, _ = sign_in(settings, server)
    flow = XSignIn(x_oauth.CLIENT_ID, settings)
    renewed = flow.refresh(tokens)
    assert renewed.access_token != tokens.access_token
    assert renewed.refresh_token != tokens.refresh_token
    with pytest.raises(SignInError) as caught:
        flow.refresh(tokens)  # the old refresh token died with the renewal
    assert caught.value.kind == "invalid_grant"
    assert tokens.refresh_token not in caught.value.message


def test_listener_ignores_other_paths_and_times_out() -> None:
    listener = CallbackListener(port=0, timeout=0.6)
    url = listener.redirect_uri.replace("/callback", "/favicon.ico")
    thread = threading.Thread(target=lambda: requests.get(url, timeout=5))
    thread.start()
    with pytest.raises(SignInError) as caught:
        listener.wait("some-state")
    thread.join()
    assert caught.value.kind == "timeout"


def test_a_busy_port_says_so() -> None:
    first = CallbackListener(port=0)
    try:
        with pytest.raises(SignInError, match="in use"):
            CallbackListener(port=first.port)
    finally:
        first.close()


# -- tokens that renew themselves --------------------------------------------------------
def connect_x(settings: Settings, server: LoopbackServer) -> tuple[AccountStore, Account]:
    tokens, _ = sign_in(settings, server)
    store = AccountStore(settings)
    account = Account("twitter", "@auroratravel", signin="x_oauth2", client_id=x_oauth.CLIENT_ID)
    store.connect(account, tokens)
    return store, account


def age(store: AccountStore, account: Account, seconds: float) -> TokenSet:
    """Pretend `seconds` have passed since the sign-in."""
    tokens = store.token_set(account)
    assert tokens is not None and tokens.expires_at is not None
    older = TokenSet(
        tokens.access_token,
        tokens.refresh_token,
        tokens.expires_at - seconds,
        tokens.scope,
        tokens.extra,
    )
    store.replace_tokens(account, older)
    return older


def test_an_x_account_still_publishes_the_next_day(
    settings: Settings, server: LoopbackServer
) -> None:
    store, account = connect_x(settings, server)
    old = age(store, account, 24 * 3600)  # a day later: the 2-hour token is long dead
    draft = Draft(title="Next day", master="Still here the next day https://aurora.example.com")
    for pid in ("vk", "weibo", "facebook"):
        draft.variants[pid].enabled = False
    plan = plan_publish(draft, store=store, settings=settings)
    assert not plan.blocking
    outcomes = PublishJob(plan).run()
    assert outcomes[0].status == "published"
    renewed = store.token_set(account)
    assert renewed is not None and renewed.access_token != old.access_token
    assert not renewed.expires_within(3600)


def test_a_token_expiring_within_minutes_is_renewed_first(
    settings: Settings, server: LoopbackServer
) -> None:
    store, account = connect_x(settings, server)
    old = age(store, account, 7200 - 120)  # two minutes left
    fresh = fresh_tokens(store, account, settings)
    assert fresh.access_token != old.access_token
    assert store.token_set(account) == fresh
    again = fresh_tokens(store, account, settings)
    assert again == fresh  # still good: no renewal
    assert len([r for r in server.requests if r.path == "/2/oauth2/token"]) == 2


def test_a_revoked_refresh_token_keeps_the_old_pair_and_asks_to_sign_in(
    settings: Settings, server: LoopbackServer
) -> None:
    store, account = connect_x(settings, server)
    old = age(store, account, 3 * 3600)
    server.state["revoked"] = True
    draft = Draft(master="Hello https://aurora.example.com")
    for pid in ("vk", "weibo", "facebook"):
        draft.variants[pid].enabled = False
    plan = plan_publish(draft, store=store, settings=settings)
    assert any("sign in again" in p for _, p in plan.blocking)
    assert store.token_set(account) == old
    stored = store.get(account.id)
    assert stored is not None and stored.needs_sign_in
    state = account_state(store, stored)
    assert state.needs_sign_in and "sign in again" in state.summary
    for secret in old.secrets():
        assert secret not in " ".join(p for _, p in plan.blocking)


def test_a_renewal_that_cannot_reach_x_leaves_the_old_pair(
    settings: Settings, server: LoopbackServer
) -> None:
    store, account = connect_x(settings, server)
    old = age(store, account, 3 * 3600)
    settings.section("signin")["twitter_token"] = "http://127.0.0.1:9"  # nothing listens
    with pytest.raises(SignInError) as caught:
        fresh_tokens(store, account, settings)
    assert caught.value.kind == "network"
    assert store.token_set(account) == old
    stored = store.get(account.id)
    assert stored is not None and not stored.needs_sign_in


def test_expiry_follows_the_local_clock_whatever_the_server_clock_says(
    settings: Settings, server: LoopbackServer
) -> None:
    # a computer clock two hours behind (or ahead of) X's: expires_in is relative, so
    # the token is good for its two hours on this computer's clock
    skewed = time.time() - 2 * 3600
    tokens = TokenSet.from_answer({"access_token": "a" * 20, "expires_in": 7200}, now=skewed)
    assert not tokens.expires_within(0, now=skewed + 7000)
    assert tokens.expires_within(300, now=skewed + 7000)  # renewed in the last minutes
    store, account = connect_x(settings, server)
    state = account_state(store, account)
    assert state.renews and not state.needs_sign_in and state.expires_at is not None


def test_a_window_plans_without_the_network_and_renews_just_before_sending(
    settings: Settings, server: LoopbackServer
) -> None:
    store, account = connect_x(settings, server)
    age(store, account, 24 * 3600)
    draft = Draft(master="Renewed on the way out https://aurora.example.com")
    for pid in ("vk", "weibo", "facebook"):
        draft.variants[pid].enabled = False
    before = len(server.requests)
    plan = plan_publish(draft, store=store, settings=settings, renew=False)
    assert len(server.requests) == before  # planning asked nothing
    assert not plan.blocking
    assert any("renewed just before sending" in n for n in plan.get("twitter").notes)
    [outcome] = PublishJob(plan).run()
    assert outcome.status == "published"
    assert [r.path for r in server.requests[before:]] == ["/2/oauth2/token", "/2/tweets"]

    # revoked meanwhile: the send fails, says why, and nothing is posted
    age(store, account, 24 * 3600)
    server.state["revoked"] = True
    draft.master = "Another post https://aurora.example.com"
    plan = plan_publish(draft, store=store, settings=settings, renew=False)
    [outcome] = PublishJob(plan).run()
    assert outcome.status == "failed" and "sign in again" in outcome.message
    assert len(server.state["posts"]) == 1


def test_a_platform_clock_ahead_of_ours_costs_one_renewal_not_a_failed_post(
    settings: Settings, server: LoopbackServer
) -> None:
    store, account = connect_x(settings, server)
    tokens = store.token_set(account)
    assert tokens is not None and not tokens.expires_within(3600)  # good for us...
    memory(server.state).access[tokens.access_token] = time.time() - 1  # ...expired for X
    draft = Draft(master="Clocks disagree https://aurora.example.com")
    for pid in ("vk", "weibo", "facebook"):
        draft.variants[pid].enabled = False
    plan = plan_publish(draft, store=store, settings=settings)
    [outcome] = PublishJob(plan).run()
    assert outcome.status == "published"
    renewed = store.token_set(account)
    assert renewed is not None and renewed.access_token != tokens.access_token
    assert len(server.state["posts"]) == 1
