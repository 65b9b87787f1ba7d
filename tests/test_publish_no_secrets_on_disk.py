"""After a full use of the app — accounts, verify, publish with errors and a retry,
the Outbox, saving, exporting, verbose logs — no file anywhere holds a secret."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from publish_env import (
    ALL_SECRET_VALUES,
    SECRETS,
    Apis,
    make_accounts,
    running_apis,
    sample_draft,
    settings_for,
)

from socialdesk import paths
from socialdesk.accounts import Account, AccountStore
from socialdesk.cli import main
from socialdesk.draft import Draft
from socialdesk.export import export_draft
from socialdesk.platforms.api import PublishError, make_publisher
from socialdesk.publishing import PublishJob, outbox_dir, plan_publish, publish_draft, record


@pytest.fixture
def verbose_log_file() -> Iterator[Path]:
    """Everything logged at DEBUG (requests and urllib3 included) into the app's log folder."""
    path = paths.log_dir() / "socialdesk.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


def forms_of(secret: str) -> set[str]:
    return {secret, quote(secret, safe=""), quote_plus(secret)}


def files_under(*folders: Path) -> list[Path]:
    return sorted({p for folder in folders for p in folder.rglob("*") if p.is_file()})


def test_no_file_written_during_a_full_use_contains_a_secret(
    tmp_path: Path, socialdesk_home: Path, verbose_log_file: Path
) -> None:
    with running_apis() as apis:
        run_a_full_session(apis, tmp_path)

    written = files_under(socialdesk_home, tmp_path)
    names = {p.name for p in written}
    # the scan really covers every kind of file the app wrote
    assert "settings.json" in names and "socialdesk.log" in names
    assert any(p.suffix == ".sdraft" for p in written)
    assert any(p.parent.name == "Outbox" for p in written)
    assert {".zip", ".md", ".html", ".csv", ".json"} <= {p.suffix for p in written}
    assert verbose_log_file.stat().st_size > 0

    leaks = [
        (path, secret)
        for path in written
        for secret in ALL_SECRET_VALUES
        if any(form.encode() in path.read_bytes() for form in forms_of(secret))
    ]
    assert leaks == []


def run_a_full_session(apis: Apis, tmp_path: Path) -> None:
    settings = settings_for(apis, timeout=1.0)
    store = AccountStore(settings)
    accounts = make_accounts(store, x_auth="oauth1")
    oauth2_x = Account("twitter", "X via OAuth 2", auth="oauth2")
    store.save(oauth2_x, SECRETS["twitter"])

    for account in [*accounts.values(), oauth2_x]:
        publisher = make_publisher(account, store.secrets(account), settings)
        account.verified_name = publisher.verify().name
        store.update(account)

    # a refused call: its message goes to the log and the draft's publish log
    apis.facebook.state["error"] = 190
    draft = sample_draft()
    draft_path = tmp_path / "drafts" / "aurora.sdraft"
    draft_path.parent.mkdir()
    job = PublishJob(plan_publish(draft, store=store, settings=settings), outbox_dir(settings))
    record(draft, job.run())
    apis.facebook.state.pop("error")
    record(draft, job.retry())
    assert {r.status for r in draft.publish_log} == {"published", "failed"}
    draft.save(draft_path)

    # a wrong token: the error message must not echo it
    weibo = make_publisher(accounts["weibo"], {"access_token": "2.00wrong"}, settings)
    with pytest.raises(PublishError):
        weibo.verify()
    logging.getLogger("socialdesk.test").info("verify failed as expected")

    exports = tmp_path / "exports"
    for fmt, name in [("txt", "txt"), ("zip", "a.zip"), ("md", "a.md"), ("html", "a.html")]:
        export_draft(Draft.load(draft_path), fmt, exports / name, draft_path=draft_path)
    for fmt in ("csv", "json"):
        export_draft(Draft.load(draft_path), fmt, exports / f"a.{fmt}", draft_path=draft_path)

    # Weibo account deleted: the next draft's Weibo text goes to the Outbox
    store.delete(accounts["weibo"].id)
    second = sample_draft()
    second.title = "Aurora — second wave"
    for pid in ("vk", "twitter", "facebook"):
        second.set_variant_text(pid, second.text_for(pid) + " (2)")
    statuses = {o.platform: o.status for o in publish_draft(second, settings=settings)}
    assert statuses["weibo"] == "outbox"
    second_path = tmp_path / "drafts" / "second.sdraft"
    second.save(second_path)
    assert main(["publish", str(second_path), "--dry-run"]) == 0
