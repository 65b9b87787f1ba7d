"""`socialdesk translate` as a user runs it: a real process against loopback servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from servers import libretranslate
from support import REPO
from translation_support import closed_port_url, draft_with

from socialdesk.draft import Draft

MASTER = "Hello world! Visit https://aurora.example today 🚀 #launch"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)  # SOCIALDESK_HOME comes from the autouse fixture
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # no keyring here
    return subprocess.run(
        [sys.executable, "-m", "socialdesk", "translate", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


@pytest.fixture
def draft_path(tmp_path: Path) -> Path:
    path = tmp_path / "launch.sdraft"
    draft_with(MASTER, vk="ru", weibo="zh-CN").save(path)
    return path


def test_fills_the_variants_and_saves(draft_path: Path) -> None:
    with libretranslate.server_with() as server:
        done = run_cli(str(draft_path), "--backend", "libre", "--url", server.url)
    assert done.returncode == 0, done.stderr
    draft = Draft.load(draft_path)
    assert draft.variants["vk"].origin == "translated"
    assert (
        draft.text_for("vk")
        == "[ru] Привет мир! [ru] Посетите https://aurora.example сегодня 🚀 #launch"
    )
    assert draft.text_for("weibo").endswith("🚀 #launch#")
    assert draft.variants["twitter"].inherits  # English, like the master
    assert "VK: translated into Russian (ru)." in done.stdout
    assert f"Saved {draft_path}." in done.stdout


def test_to_sets_a_language_and_json_reports(draft_path: Path) -> None:
    with libretranslate.server_with() as server:
        done = run_cli(
            str(draft_path),
            "--backend",
            "libre",
            "--url",
            server.url,
            "--to",
            "twitter=de",
            "--json",
        )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    statuses = {p["platform"]: p["status"] for p in report["platforms"]}
    assert statuses == {
        "vk": "translated",
        "weibo": "translated",
        "twitter": "translated",
        "facebook": "same_language",
    }
    assert Draft.load(draft_path).variants["twitter"].language == "de"


def test_edited_variant_is_kept_unless_asked(draft_path: Path) -> None:
    draft = Draft.load(draft_path)
    draft.set_variant_text("vk", "Мой текст", origin="edited")
    draft.save(draft_path)
    with libretranslate.server_with() as server:
        kept = run_cli(str(draft_path), "--backend", "libre", "--url", server.url)
        assert "kept your edited text" in kept.stdout
        assert Draft.load(draft_path).text_for("vk") == "Мой текст"
        replaced = run_cli(
            str(draft_path), "--backend", "libre", "--url", server.url, "--overwrite-edited"
        )
    assert replaced.returncode == 0
    assert Draft.load(draft_path).text_for("vk").startswith("[ru] Привет мир!")


def test_failure_exits_1_with_the_reason_and_leaves_the_file_alone(draft_path: Path) -> None:
    before = draft_path.read_bytes()
    done = run_cli(str(draft_path), "--backend", "libre", "--url", closed_port_url())
    assert done.returncode == 1
    assert "VK: Cannot reach LibreTranslate" in done.stderr
    assert "connection was refused" in done.stderr
    assert "Traceback" not in done.stderr
    assert draft_path.read_bytes() == before


def test_timeout_against_a_silent_server(draft_path: Path) -> None:
    before = draft_path.read_bytes()
    with libretranslate.server_with(fail=["silent", "silent"]) as server:
        done = run_cli(
            str(draft_path), "--backend", "libre", "--url", server.url, "--timeout", "0.5"
        )
    assert done.returncode == 1
    assert "did not answer within 0.5 seconds" in done.stderr
    assert draft_path.read_bytes() == before


def test_setup_problems_exit_2_with_one_line(draft_path: Path, tmp_path: Path) -> None:
    missing_key = run_cli(str(draft_path), "--backend", "deepl")
    assert missing_key.returncode == 2
    assert missing_key.stderr.startswith("socialdesk: ")
    assert "Traceback" not in missing_key.stderr
    bad_file = tmp_path / "bad.sdraft"
    bad_file.write_text("{nope", encoding="utf-8")
    done = run_cli(str(bad_file), "--backend", "libre", "--url", "http://127.0.0.1:9/")
    assert done.returncode == 2 and "not valid JSON" in done.stderr
    bad_to = run_cli(str(draft_path), "--to", "myspace=ru")
    assert bad_to.returncode == 2 and "PLATFORM=LANGUAGE" in bad_to.stderr


def test_an_unknown_language_is_refused_before_any_request(draft_path: Path) -> None:
    before = draft_path.read_bytes()
    with libretranslate.server_with() as server:
        done = run_cli(
            str(draft_path), "--backend", "libre", "--url", server.url, "--to", "vk=klingon"
        )
        sent = libretranslate.translate_requests(server)
    assert done.returncode == 2
    assert "'klingon' is not a language" in done.stderr
    assert "nothing was translated or saved" in done.stderr
    assert "Saved" not in done.stdout
    assert sent == []
    assert draft_path.read_bytes() == before


def test_a_language_the_server_lacks_is_refused_before_translating(draft_path: Path) -> None:
    before = draft_path.read_bytes()
    with libretranslate.server_with(languages=["en", "ru", "zh"]) as server:
        done = run_cli(str(draft_path), "--backend", "libre", "--url", server.url, "--to", "vk=uk")
        sent = libretranslate.translate_requests(server)
    assert done.returncode == 2
    assert "Ukrainian" in done.stderr and "Traceback" not in done.stderr
    assert sent == []
    assert draft_path.read_bytes() == before


def test_only_translated_cards_are_saved(tmp_path: Path) -> None:
    path = tmp_path / "partly.sdraft"
    draft_with(MASTER, vk="ru", weibo="de").save(path)
    # the server lacks Chinese but the offline table knows it: Weibo fails while translating
    with libretranslate.server_with(languages=["en", "ru", "de"]) as server:
        done = run_cli(str(path), "--backend", "libre", "--url", server.url, "--to", "weibo=zh-CN")
    assert done.returncode == 1
    saved = Draft.load(path)
    assert saved.variants["vk"].origin == "translated"
    assert saved.variants["weibo"].language == "de"  # its language change was not kept
    assert saved.variants["weibo"].inherits
    assert "Weibo:" in done.stderr


def test_every_card_failed_saves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "failing.sdraft"
    draft_with(MASTER, vk="de", weibo="de").save(path)
    before = path.read_bytes()
    with libretranslate.server_with(languages=["en", "de"]) as server:
        done = run_cli(
            str(path),
            "--backend",
            "libre",
            "--url",
            server.url,
            "--to",
            "vk=ru",
            "--to",
            "weibo=zh-CN",
            "--to",
            "facebook=en",
        )
    assert done.returncode == 1
    assert "Every platform failed; nothing was saved." in done.stderr
    assert "Saved" not in done.stdout
    assert path.read_bytes() == before


def test_the_state_before_translating_is_kept_in_the_history(draft_path: Path) -> None:
    from socialdesk.history import HistoryStore

    with libretranslate.server_with() as server:
        done = run_cli(str(draft_path), "--backend", "libre", "--url", server.url)
    assert done.returncode == 0, done.stderr
    draft = Draft.load(draft_path)
    history = HistoryStore().load(draft.id)
    assert [v.cause for v in history.versions] == ["translate", "save"]  # before, after
    first, last = history.versions
    assert history.text_at(first, "vk") == MASTER  # before: VK followed the master
    assert history.text_at(last, "vk") == draft.text_for("vk")
