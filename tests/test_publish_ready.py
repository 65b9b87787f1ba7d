"""Publish what is ready: one platform's problem no longer blocks the others; the
held platform is marked with its reason and nothing is sent there."""

from __future__ import annotations

from pathlib import Path

import pytest
from publish_env import Apis, make_accounts, sample_draft, settings_for

from socialdesk.accounts import AccountStore
from socialdesk.cli import main
from socialdesk.draft import Draft
from socialdesk.publishing import PublishBlocked, PublishJob, plan_publish, record


def draft_with_a_weibo_problem() -> Draft:
    draft = sample_draft()
    draft.set_variant_text("weibo", "#极光# 今天开放预订")  # a topic and no safe-domain link
    return draft


def test_the_ready_platforms_go_and_the_rest_are_held_with_the_reason(
    apis: Apis, tmp_path: Path
) -> None:
    settings = settings_for(apis)
    store = AccountStore(settings)
    make_accounts(store)
    draft = draft_with_a_weibo_problem()
    plan = plan_publish(draft, store=store, settings=settings)
    assert plan.partly_ready and [p.platform for p in plan.held] == ["weibo"]
    with pytest.raises(PublishBlocked):
        PublishJob(plan, tmp_path).run()  # all or nothing unless asked
    assert all(apis[pid].requests == [] for pid in ("vk", "weibo", "twitter", "facebook"))

    outcomes = {o.platform: o for o in PublishJob(plan, tmp_path).run(ready_only=True)}
    assert {pid: o.status for pid, o in outcomes.items()} == {
        "vk": "published",
        "twitter": "published",
        "facebook": "published",
        "weibo": "held",
    }
    assert "#topic#" in outcomes["weibo"].message
    assert apis.weibo.requests == []
    record(draft, outcomes.values())
    assert {r.platform for r in draft.publish_log} == {"vk", "twitter", "facebook"}

    # fixed later: only Weibo goes, the others are not sent twice
    draft.set_variant_text("weibo", "极光之旅今天开放预订！详情 https://aurora.example.com/zh")
    again = plan_publish(draft, store=store, settings=settings)
    assert not again.blocking
    statuses = {o.platform: o.status for o in PublishJob(again, tmp_path).run()}
    assert statuses == {
        "vk": "skipped",
        "twitter": "skipped",
        "facebook": "skipped",
        "weibo": "published",
    }


def test_command_line_sends_the_ready_ones_when_asked(
    apis: Apis, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(apis)
    make_accounts(AccountStore(settings))
    path = tmp_path / "aurora.sdraft"
    draft_with_a_weibo_problem().save(path)
    assert main(["publish", str(path)]) == 1
    assert "--send-ready" in capsys.readouterr().out
    assert all(apis[pid].requests == [] for pid in ("vk", "twitter", "facebook"))
    assert main(["publish", str(path), "--send-ready"]) == 1  # Weibo is still held
    out = capsys.readouterr().out
    assert "Weibo: ✗ held — Not sent:" in out and "X: ✓ published" in out
    assert {r.platform for r in Draft.load(path).publish_log} == {"vk", "twitter", "facebook"}
