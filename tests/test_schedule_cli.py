"""`socialdesk queue …` and `publish --at` with market time zones, as a writer types them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from publish_env import Apis, make_accounts, sample_draft, settings_for
from test_cli import socialdesk

from socialdesk.accounts import AccountStore
from socialdesk.cli import main
from socialdesk.draft import Draft
from socialdesk.schedule.queue import Queue


@pytest.fixture
def draft_file(tmp_path: Path, apis: Apis) -> Path:
    make_accounts(AccountStore(settings_for(apis)))
    path = tmp_path / "aurora.sdraft"
    sample_draft().save(path)
    return path


def test_publish_at_a_wall_time_schedules_each_market_at_its_own_morning(
    draft_file: Path, apis: Apis, capsys: pytest.CaptureFixture[str]
) -> None:
    day = (datetime.now(UTC) + timedelta(days=10)).date()  # inside Facebook's 30-day window
    status = main(["publish", str(draft_file), "--at", f"{day} 09:30"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert f"VK — account: Aurora VK — scheduled for {day} 09:30 Europe/Moscow" in out
    assert f"Weibo — account: 极光 Weibo — queued for {day} 09:30 Asia/Shanghai" in out
    assert "needs this computer on" in out
    (vk_post,) = apis.posts("vk")
    moscow = datetime(day.year, day.month, day.day, 6, 30, tzinfo=UTC)  # UTC+3 all year
    assert int(vk_post["publish_date"]) == int(moscow.timestamp())  # type: ignore[index]
    assert apis.posts("weibo") == [] and apis.posts("twitter") == []
    weibo = next(p for p in Queue().posts() if p.platform == "weibo")
    assert weibo.due == datetime(day.year, day.month, day.day, 1, 30, tzinfo=UTC)
    statuses = {r.platform: r.status for r in Draft.load(draft_file).publish_log}
    assert statuses["weibo"] == "queued" and statuses["vk"] == "scheduled"


def test_queue_list_run_and_cancel(
    draft_file: Path, apis: Apis, capsys: pytest.CaptureFixture[str]
) -> None:
    soon = datetime.now(UTC) + timedelta(minutes=30)
    at = soon.strftime("%Y-%m-%d %H:%M") + " UTC"
    draft = Draft.load(draft_file)
    draft.variants["vk"].enabled = False
    draft.variants["facebook"].enabled = False
    draft.save(draft_file)
    assert main(["publish", str(draft_file), "--at", at]) == 0
    capsys.readouterr()

    assert main(["queue", "list"]) == 0
    listing = capsys.readouterr().out
    assert "queued" in listing and "twitter" in listing and "“Aurora launch”" in listing

    # not due yet: a run sends nothing and exits 0 quietly
    assert main(["queue", "run"]) == 0
    assert capsys.readouterr().out == ""
    assert apis.posts("twitter") == []

    x_id = next(p.id for p in Queue().posts() if p.platform == "twitter")
    assert main(["queue", "cancel", str(x_id)]) == 0
    assert "cancelled" in capsys.readouterr().out
    assert main(["queue", "run", "--send", str(x_id)]) == 0  # cancelled: not sendable
    assert apis.posts("twitter") == []
    weibo_id = next(p.id for p in Queue().posts() if p.platform == "weibo")
    assert main(["queue", "run", "--send", str(weibo_id)]) == 0
    assert "published" in capsys.readouterr().out
    assert len(apis.posts("weibo")) == 1


def test_bad_times_and_ids_are_one_line_errors_with_status_2(
    draft_file: Path, socialdesk_home: Path
) -> None:
    result = socialdesk("publish", str(draft_file), "--at", "2020-01-01 09:30")
    assert result.returncode == 2
    assert "is in the past" in result.stderr and "Traceback" not in result.stderr
    result = socialdesk("publish", str(draft_file), "--at", "soon")
    assert result.returncode == 2 and "not a date and time" in result.stderr
    result = socialdesk("queue", "cancel", "42")
    assert result.returncode == 2 and "No queued post 42" in result.stderr
    assert Draft.load(draft_file).publish_log == []


def test_queue_run_with_nothing_queued_creates_nothing(socialdesk_home: Path) -> None:
    result = socialdesk("queue", "run")
    assert result.returncode == 0 and result.stdout == ""
    assert not (socialdesk_home / "data" / "queue.sqlite3").exists()
