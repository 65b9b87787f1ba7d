"""Shared set-up for publishing tests: the four loopback APIs, settings pointing at
them, accounts whose secrets sit in the (test) keyring, and a draft that fits all.

Also a pytest plugin (tests/conftest.py loads it): the fixtures `module_apis` and `apis`
(the loopback APIs), `settings` (pointed at them, 1 s timeout) and `store` (an account
on every platform)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

import pytest
from servers import facebook_api, vk_api, weibo_api, x_api
from servers.loopback import LoopbackServer

from socialdesk.accounts import Account, AccountStore
from socialdesk.draft import Draft
from socialdesk.platforms.api import Publisher, make_publisher
from socialdesk.settings import Settings


@dataclass
class Apis:
    vk: LoopbackServer
    weibo: LoopbackServer
    twitter: LoopbackServer
    facebook: LoopbackServer

    def __getitem__(self, pid: str) -> LoopbackServer:
        server: LoopbackServer = getattr(self, pid)
        return server

    def posts(self, pid: str) -> list[object]:
        return list(self[pid].state.get("posts", []))

    def reset(self) -> None:
        """Forget earlier posts, errors and requests (servers live for a whole module)."""
        for pid in PIDS:
            self[pid].reset()


PIDS = ("vk", "weibo", "twitter", "facebook")


@contextmanager
def running_apis() -> Iterator[Apis]:
    with ExitStack() as stack:
        servers = {
            "vk": vk_api.vk_server(),
            "weibo": weibo_api.weibo_server(),
            "twitter": x_api.x_server(),
            "facebook": facebook_api.facebook_server(),
        }
        for server in servers.values():
            stack.enter_context(server)
        stack.callback(_stop_together, list(servers.values()))
        yield Apis(**servers)


def _stop_together(servers: list[LoopbackServer]) -> None:
    """Each server takes up to half a second to stop; stop all four at once."""
    threads = []
    for server in servers:
        server.httpd.stopping.set()
        thread = threading.Thread(target=server.httpd.shutdown)
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def module_apis() -> Iterator[Apis]:
    """The four loopback APIs, started once for a test module (stopping takes a moment)."""
    with running_apis() as apis:
        yield apis


@pytest.fixture
def apis(module_apis: Apis) -> Apis:
    """The module's loopback APIs, with nothing left of earlier tests."""
    module_apis.reset()
    return module_apis


@pytest.fixture
def settings(apis: Apis) -> Settings:
    """Settings pointed at the loopback APIs; a short timeout keeps failure tests quick."""
    return settings_for(apis, timeout=1.0)


@pytest.fixture
def store(settings: Settings) -> AccountStore:
    """An account on every platform, its secrets in the test keyring."""
    store = AccountStore(settings)
    make_accounts(store)
    return store


def point_settings_at(settings: Settings, apis: Apis, timeout: float = 5.0) -> None:
    api = settings.section("api")
    for pid in PIDS:
        api[pid] = apis[pid].url
    api["timeout"] = timeout
    api["connect_timeout"] = 2.0
    settings.save()


def settings_for(apis: Apis, timeout: float = 5.0) -> Settings:
    """The app's settings (in this test's SOCIALDESK_HOME), pointed at the loopback APIs."""
    settings = Settings.load()
    point_settings_at(settings, apis, timeout)
    return settings


SECRETS = {
    "vk": {"access_token": vk_api.TOKEN},
    "weibo": {"access_token": weibo_api.TOKEN},
    "twitter": {"bearer_token": x_api.BEARER},
    "twitter-oauth1": {
        "consumer_key": x_api.CONSUMER_KEY,
        "consumer_secret": x_api.CONSUMER_SECRET,
        "oauth_token": x_api.ACCESS_TOKEN,
        "oauth_token_secret": x_api.ACCESS_SECRET,
    },
    "facebook": {"page_token": facebook_api.PAGE_TOKEN},
}

ALL_SECRET_VALUES = sorted(
    {value for secrets in SECRETS.values() for value in secrets.values()}, key=len
)


def make_account(store: AccountStore, pid: str, *, x_auth: str = "oauth2") -> Account:
    values = {
        "vk": {"group_id": vk_api.GROUP_ID},
        "weibo": {"safe_domain": f"https://{weibo_api.SAFE_DOMAIN}"},
        "twitter": {},
        "facebook": {"page_id": facebook_api.PAGE_ID},
    }[pid]
    label = {"vk": "Aurora VK", "weibo": "极光 Weibo", "twitter": "@auroratravel"}.get(
        pid, "Aurora Page"
    )
    account = Account(pid, label, dict(values), auth=x_auth if pid == "twitter" else "")
    key = "twitter-oauth1" if pid == "twitter" and x_auth == "oauth1" else pid
    store.save(account, SECRETS[key])
    return account


def publisher_for(settings: Settings, pid: str, *, x_auth: str = "oauth2") -> Publisher:
    """The real publisher of a new test account on `pid`."""
    store = AccountStore(settings)
    account = make_account(store, pid, x_auth=x_auth)
    return make_publisher(account, store.secrets(account), settings)


def make_accounts(store: AccountStore, *, x_auth: str = "oauth2") -> dict[str, Account]:
    return {
        pid: make_account(store, pid, x_auth=x_auth)
        for pid in ("vk", "weibo", "twitter", "facebook")
    }


def sample_draft() -> Draft:
    """A post that fits every platform, including Weibo's sharing-API rules."""
    draft = Draft(title="Aurora launch", master="Northern lights tours open today!")
    draft.weibo_path = "api"  # through Weibo's sharing API, like the other three
    draft.set_variant_text(
        "vk", "Туры к северному сиянию — уже открыты! https://aurora.example.com"
    )
    draft.set_variant_text("weibo", "极光之旅今天开放预订！详情 https://aurora.example.com/zh")
    draft.set_variant_text(
        "twitter", "Northern lights tours open today ✨ https://aurora.example.com"
    )
    draft.set_variant_text(
        "facebook", "Northern lights tours open today! Book now: https://aurora.example.com"
    )
    return draft
