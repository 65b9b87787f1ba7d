"""`socialdesk publish`: a real child process for outbox mode and dry runs; in-process
(where the test keyring is visible) for real publishing through the loopback APIs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from publish_env import Apis, make_accounts, running_apis, sample_draft, settings_for

from socialdesk.accounts import AccountStore
from socialdesk.cli import main
from socialdesk.draft import Draft


def socialdesk(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SOCIALDESK_HOME=str(home))
    # never let the child reach the developer's real keyring
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={home / 'no-bus'}"
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return subprocess.run(
        [sys.executable, "-m", "socialdesk", "publish", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def draft_file(tmp_path: Path) -> Path:
    path = tmp_path / "aurora.sdraft"
    sample_draft().save(path)
    return path


def test_dry_run_shows_each_platform_account_and_exact_text_and_sends_nothing(
    draft_file: Path, socialdesk_home: Path
) -> None:
    before = draft_file.read_bytes()
    result = socialdesk(str(draft_file), "--dry-run", home=socialdesk_home)
    assert result.returncode == 0, result.stderr
    draft = sample_draft()
    for pid, name in (("vk", "VK"), ("weibo", "Weibo"), ("twitter", "X"), ("facebook", "Facebook")):
        assert f"{name} — account: no account — saved to the Outbox folder" in result.stdout
        assert f"\n{draft.text_for(pid)}\n" in result.stdout
    assert "Dry run: nothing was sent." in result.stdout
    assert draft_file.read_bytes() == before
    assert not (socialdesk_home / "Documents" / "Outbox").exists()


def test_publish_without_accounts_fills_the_outbox_and_logs_into_the_draft(
    draft_file: Path, socialdesk_home: Path
) -> None:
    result = socialdesk(str(draft_file), home=socialdesk_home)
    assert result.returncode == 0, result.stderr
    assert "VK: ✓ outbox — Saved to the Outbox:" in result.stdout
    outbox = socialdesk_home / "Documents" / "Outbox"
    texts = sorted(p.read_text(encoding="utf-8") for p in outbox.iterdir())
    draft = sample_draft()
    assert texts == sorted(draft.text_for(pid) for pid in ("vk", "weibo", "twitter", "facebook"))
    log = Draft.load(draft_file).publish_log
    assert sorted(r.platform for r in log) == ["facebook", "twitter", "vk", "weibo"]
    assert {r.status for r in log} == {"outbox"}


def test_dry_run_lists_blocking_problems_and_exits_1(
    draft_file: Path, socialdesk_home: Path
) -> None:
    draft = Draft.load(draft_file)
    draft.set_variant_text("twitter", "y" * 300)
    draft.save(draft_file)
    result = socialdesk(str(draft_file), "--dry-run", home=socialdesk_home)
    assert result.returncode == 1
    assert "✗ The X text is 300 characters, 20 over the limit of 280. Shorten it." in result.stdout
    assert "Nothing was sent: fix the 1 problem(s)" in result.stdout


def test_accounts_but_no_keyring_in_the_child_blocks_with_a_plain_message(
    draft_file: Path, socialdesk_home: Path
) -> None:
    with running_apis() as apis:
        settings = settings_for(apis)
        make_accounts(AccountStore(settings))  # secrets only in this process's test keyring
        result = socialdesk(str(draft_file), home=socialdesk_home)
        assert all(apis[pid].requests == [] for pid in ("vk", "weibo", "twitter", "facebook"))
    assert result.returncode == 1
    assert "Your system offers no secure password store" in result.stdout
    assert "Nothing was sent" in result.stdout


def test_a_bad_draft_file_is_one_line_and_status_2(tmp_path: Path, socialdesk_home: Path) -> None:
    bad = tmp_path / "broken.sdraft"
    bad.write_text("{not json", encoding="utf-8")
    result = socialdesk(str(bad), home=socialdesk_home)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not valid JSON" in result.stderr


def test_real_publish_through_the_command_saves_links_in_the_draft(
    apis: Apis, draft_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(apis)
    make_accounts(AccountStore(settings))
    assert main(["publish", str(draft_file)]) == 0
    out = capsys.readouterr().out
    assert "X: ✓ published — https://x.com/i/web/status/" in out
    log = Draft.load(draft_file).publish_log
    assert {r.status for r in log} == {"published"}
    # a second run skips every platform and sends nothing
    for pid in ("vk", "weibo", "twitter", "facebook"):
        apis[pid].requests.clear()
    assert main(["publish", str(draft_file)]) == 0
    assert "already" in capsys.readouterr().out.lower()
    assert all(apis[pid].requests == [] for pid in ("vk", "weibo", "twitter", "facebook"))


def test_scheduled_publish_from_the_command_line(
    apis: Apis, draft_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(apis)
    make_accounts(AccountStore(settings))
    assert main(["publish", str(draft_file), "--at", "2099-01-02 09:30"]) == 1  # FB: too far
    assert "between 10 minutes and 30 days" in capsys.readouterr().out
    assert main(["publish", str(draft_file), "--at", "tomorrow"]) == 2


def test_ctrl_c_while_posts_are_in_flight_still_saves_the_publish_log(
    apis: Apis, draft_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(apis)
    make_accounts(AccountStore(settings))
    for pid in ("vk", "weibo", "twitter", "facebook"):
        apis[pid].state["delay"] = 0.8
    # Ctrl-C arrives while the requests are out
    timer = threading.Timer(0.4, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        status = main(["publish", str(draft_file)])
    finally:
        timer.cancel()
    assert status == 0
    assert "finishing" in capsys.readouterr().err
    # the posts went out: the log says so, and a second run sends nothing
    log = Draft.load(draft_file).publish_log
    assert sorted(r.platform for r in log) == ["facebook", "twitter", "vk", "weibo"]
    assert {r.status for r in log} == {"published"}


def test_words_saved_while_posts_are_in_flight_are_kept_with_the_log(
    apis: Apis, draft_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from socialdesk.history import HistoryStore

    settings = settings_for(apis)
    make_accounts(AccountStore(settings))
    for pid in ("vk", "weibo", "twitter", "facebook"):
        apis[pid].state["delay"] = 0.8
    sent_master = Draft.load(draft_file).master

    def writer_saves_new_words() -> None:  # the app, saving while the command publishes
        draft = Draft.load(draft_file)
        draft.master = "Follow-up post, written while the first one went out"
        draft.save(draft_file)

    timer = threading.Timer(0.4, writer_saves_new_words)
    timer.start()
    try:
        status = main(["publish", str(draft_file)])
    finally:
        timer.join()
    assert status == 0, capsys.readouterr()
    saved = Draft.load(draft_file)
    assert saved.master == "Follow-up post, written while the first one went out"
    assert sorted(r.platform for r in saved.publish_log) == ["facebook", "twitter", "vk", "weibo"]
    # what went out is a version in the history
    history = HistoryStore().load(saved.id)
    assert [v.cause for v in history.versions] == ["publish"]
    assert history.text_at(history.versions[0]) == sent_master
