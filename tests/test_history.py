"""Version history: snapshots kept compactly, bounded, readable after damage or a crash."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import REPO, SAMPLE_DRAFT

from socialdesk.draft import Draft
from socialdesk.history import HistoryStore
from socialdesk.history.blobs import BlobStore, apply_delta, make_delta
from socialdesk.history.diff import diff_texts, tokens
from socialdesk.settings import Settings as AppSettings


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "history")


def long_draft() -> Draft:
    draft = Draft.load(SAMPLE_DRAFT)
    paragraph = "Our roasters start at dawn and taste every batch before it reaches the shop. "
    draft.master = "\n\n".join(f"{n}. {paragraph * 3}" for n in range(8))
    draft.set_variant_text("vk", "Русский текст. " * 80, "translated")
    return draft


def test_every_version_comes_back_with_time_and_cause(store: HistoryStore) -> None:
    draft = Draft.load(SAMPLE_DRAFT)
    store.record(draft, "save")
    first_master = draft.master
    draft.master += "\nNow with oat milk."
    draft.set_variant_text("twitter", "Short X text", "edited")
    store.record(draft, "template", "Product launch")
    draft.variants["vk"].language = "uk"
    store.record(draft, "translate")

    history = store.load(draft.id)
    assert history.problem is None
    assert [(v.number, v.cause, v.detail) for v in history.versions] == [
        (1, "save", ""),
        (2, "template", "Product launch"),
        (3, "translate", ""),
    ]
    first, second, third = history.versions
    assert history.draft_at(first).master == first_master
    assert history.text_at(first, "twitter") == first_master  # followed the master then
    assert history.text_at(second, "twitter") == "Short X text"
    assert history.draft_at(third).variants["vk"].language == "uk"
    assert history.draft_at(second).fields == draft.fields
    assert first.when.year >= 2026


def test_the_same_draft_twice_is_one_version(store: HistoryStore) -> None:
    draft = Draft.load(SAMPLE_DRAFT)
    store.record(draft, "save")
    draft.modified = "2030-01-01T00:00:00+00:00"  # saving again changes only the time
    store.record(draft, "save")
    assert len(store.load(draft.id).versions) == 1


def test_a_draft_without_an_id_gets_one_that_the_next_save_keeps(
    store: HistoryStore, tmp_path: Path
) -> None:
    old = json.loads(SAMPLE_DRAFT.read_text(encoding="utf-8"))
    assert "id" not in old  # written before drafts had ids
    draft = Draft.load(SAMPLE_DRAFT)
    assert draft.id == ""
    store.record(draft, "save")
    assert draft.id
    path = tmp_path / "renamed" / "moved.sdraft"
    path.parent.mkdir()
    draft.save(path)
    reopened = Draft.load(path)
    assert reopened.id == draft.id
    assert len(store.load(reopened.id).versions) == 1  # found after a move and rename


def test_history_is_bounded_and_the_setting_sets_how_many(tmp_path: Path) -> None:
    app_settings = AppSettings(tmp_path / "settings.json")
    app_settings.set("history", "max_versions", 5)
    store = HistoryStore.from_settings(app_settings, tmp_path / "history")
    draft = long_draft()
    for n in range(12):
        draft.master += f" Edit {n}."
        store.record(draft, "save")
    history = store.load(draft.id)
    assert [v.number for v in history.versions] == [8, 9, 10, 11, 12]
    assert history.draft_at(history.versions[0]).master.endswith("Edit 7.")
    assert history.draft_at(history.versions[-1]).master == draft.master


def test_small_edits_store_changes_not_copies(store: HistoryStore) -> None:
    draft = long_draft()
    one_copy = len(json.dumps(draft.to_json(), ensure_ascii=False).encode())
    for n in range(40):
        draft.master = draft.master.replace("dawn", f"dawn ({n})", 1)
        draft.set_variant_text("vk", draft.text_for("vk") + f" Правка {n}.", "edited")
        store.record(draft, "save")
    size = store.path_for(draft.id).stat().st_size
    assert len(store.load(draft.id).versions) == 40
    assert size < 8 * one_copy, f"{size} bytes for 40 versions of a {one_copy}-byte draft"


def test_restore_keeps_id_and_publish_record(store: HistoryStore) -> None:
    draft = Draft.load(SAMPLE_DRAFT)
    store.record(draft, "save")
    old_master = draft.master
    draft.master = "Rewritten completely"
    draft.publish_log = []
    history = store.record(draft, "save")
    restored = history.restored(history.versions[0], draft)
    assert restored.master == old_master
    assert restored.id == draft.id
    assert restored.publish_log == []


def test_side_by_side_diff_of_a_platform(store: HistoryStore) -> None:
    draft = Draft.load(SAMPLE_DRAFT)
    draft.set_variant_text("weibo", "新品上市｜极光冷萃咖啡", "edited")
    store.record(draft, "save")
    draft.set_variant_text("weibo", "新品上市｜极光热咖啡", "edited")
    history = store.record(draft, "save")
    segments = history.diff(history.versions[0], history.versions[1], "weibo")
    changed = [(s.tag, s.old, s.new) for s in segments if s.tag != "equal"]
    assert changed == [("replace", "冷萃", "热")]
    assert "".join(s.old for s in segments) == "新品上市｜极光冷萃咖啡"
    assert "".join(s.new for s in segments) == "新品上市｜极光热咖啡"


def test_diff_works_word_by_word() -> None:
    segments = diff_texts("Meet Aurora today.", "Meet Aurora Cold Brew today!")
    assert [(s.tag, s.old, s.new) for s in segments if s.tag != "equal"] == [
        ("insert", "", "Cold Brew "),
        ("replace", ".", "!"),
    ]
    text = "Привет, мир!\n\n新品 launch 🚀"
    assert "".join(tokens(text)) == text


def test_a_damaged_file_never_blocks_and_is_set_aside(store: HistoryStore) -> None:
    draft = Draft.load(SAMPLE_DRAFT)
    store.record(draft, "save")
    path = store.path_for(draft.id)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # cut in half
    history = store.load(draft.id)
    assert history.versions == []
    assert history.problem and "damaged" in history.problem
    draft.master += " again"
    history = store.record(draft, "save")
    assert len(store.load(draft.id).versions) == 1
    assert store.load(draft.id).problem is None
    assert [p for p in path.parent.iterdir() if ".damaged-" in p.name]  # kept for a look


def test_one_damaged_text_loses_only_the_versions_that_need_it(store: HistoryStore) -> None:
    draft = Draft.load(SAMPLE_DRAFT)
    store.record(draft, "save")
    draft.set_variant_text("facebook", "A Facebook-only text", "edited")
    history = store.record(draft, "save")
    data = json.loads(store.path_for(draft.id).read_text(encoding="utf-8"))
    key = history.versions[1].texts["variant/facebook"]
    data["texts"][key] = {"text": "tampered"}
    store.path_for(draft.id).write_text(json.dumps(data), encoding="utf-8")
    history = store.load(draft.id)
    assert [v.number for v in history.versions] == [1]
    assert history.problem and "1 version" in history.problem


def test_an_unwritable_folder_is_an_error_message_not_a_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    store = HistoryStore(blocker / "history")
    from socialdesk.history import HistoryError

    with pytest.raises(HistoryError, match="could not be saved"):
        store.record(Draft.load(SAMPLE_DRAFT), "save")


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from socialdesk.draft import Draft
    from socialdesk.history import HistoryStore

    path, folder = Path(sys.argv[1]), Path(sys.argv[2])
    store = HistoryStore(folder, max_versions=30)
    draft = Draft.load(path)
    n = 0
    while True:
        n += 1
        draft.master = draft.master + f" edit {n}" + " more words" * 200
        draft.save(path)
        store.record(draft, "save")
        if n == 3:
            print("running", flush=True)
    """
)


@pytest.mark.parametrize("delay", [0.05, 0.2, 0.45])
def test_sigkill_during_history_writes_leaves_both_readable(tmp_path: Path, delay: float) -> None:
    path = tmp_path / "post.sdraft"
    draft = Draft.load(SAMPLE_DRAFT)
    draft.ensure_id()
    draft.save(path)
    folder = tmp_path / "history"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(folder)],
        stdout=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == b"running"
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    process.stdout.close()

    reopened = Draft.load(path)  # the draft reads whole
    assert reopened.id == draft.id
    history = HistoryStore(folder).load(draft.id)
    assert history.problem is None
    assert len(history.versions) >= 3
    latest = history.draft_at(history.versions[-1])
    assert latest.master.startswith(draft.master)
    leftovers = [p.name for p in folder.iterdir() if not p.name.endswith(".sdhistory")]
    # a killed write may leave its temporary file, never a broken history
    assert all(name.endswith(".tmp") for name in leftovers)


@settings(max_examples=200, deadline=None)
@given(base=st.text(max_size=200), text=st.text(max_size=200))
def test_a_stored_change_reads_back_exactly(base: str, text: str) -> None:
    assert apply_delta(base, make_delta(base, text)) == text
    blobs = BlobStore()
    key = blobs.put(text, blobs.put(base))
    assert BlobStore(json.loads(json.dumps(blobs.blobs))).get(key) == text


@given(old=st.text(max_size=120), new=st.text(max_size=120))
def test_the_two_sides_of_a_diff_are_the_two_texts(old: str, new: str) -> None:
    segments = diff_texts(old, new)
    assert "".join(s.old for s in segments) == old
    assert "".join(s.new for s in segments) == new
