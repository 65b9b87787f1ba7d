"""The draft file: every bad file is refused with a message naming it, nothing is lost,
saving is atomic, and save → load gives back the same draft for any Unicode."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import SAMPLE_DRAFT

from socialdesk.draft import (
    ORIGINS,
    Draft,
    DraftError,
    MediaItem,
    PublishRecord,
    Variant,
    text_fingerprint,
)
from socialdesk.platforms import PLATFORM_IDS, get_platform

SAMPLE = json.loads(SAMPLE_DRAFT.read_text(encoding="utf-8"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of its own (tmp_path also holds the test's SOCIALDESK_HOME)."""
    path = tmp_path / "drafts"
    path.mkdir()
    return path


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def with_change(edit: Any) -> dict[str, Any]:
    """The sample draft's JSON with one change made by `edit(data)`."""
    data = json.loads(json.dumps(SAMPLE))
    edit(data)
    return data


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def assert_refused(path: Path, *problem_words: str) -> str:
    """Loading `path` raises DraftError naming the file and the problem; the file is untouched."""
    before = snapshot(path) if path.is_file() else None
    with pytest.raises(DraftError) as info:
        Draft.load(path)
    message = str(info.value)
    assert str(path) in message
    for word in problem_words:
        assert word.lower() in message.lower(), message
    assert "\n" not in message
    if before is not None:
        assert snapshot(path) == before
    return message


# -- the sample ------------------------------------------------------------------------


def test_sample_draft_loads_with_its_three_languages() -> None:
    draft = Draft.load(SAMPLE_DRAFT)
    assert draft.title == "Aurora Coffee opens in Berlin"
    assert draft.enabled_platforms() == list(PLATFORM_IDS)
    assert "открылась" in draft.text_for("vk")
    assert "柏林" in draft.text_for("weibo")
    assert draft.text_for("twitter") == draft.master  # inherits
    assert draft.variants["twitter"].inherits
    assert draft.variants["weibo"].language == "zh-CN"


def test_variant_edits_remember_the_master_they_came_from() -> None:
    draft = Draft(master="Hello")
    assert draft.variants["vk"].language == "ru"
    draft.set_variant_text("vk", "Привет", origin="translated")
    assert draft.text_for("vk") == "Привет"
    assert not draft.master_changed_since("vk")
    draft.master = "Hello, world"
    assert draft.master_changed_since("vk")
    assert draft.variants["vk"].based_on == text_fingerprint("Hello")
    draft.revert_variant("vk")
    assert draft.text_for("vk") == "Hello, world"
    assert not draft.master_changed_since("vk")


def test_premium_raises_only_the_x_limit() -> None:
    draft = Draft(twitter_premium=True)
    assert draft.limit_for("twitter") == 25_000
    assert draft.limit_for("weibo") == 2_000
    assert Draft().limit_for("twitter") == 280


def test_disabled_platforms_are_left_out() -> None:
    draft = Draft()
    draft.variants["weibo"].enabled = False
    assert draft.enabled_platforms() == ["vk", "twitter", "facebook"]


# -- bad files -------------------------------------------------------------------------


def test_truncated_file(folder: Path) -> None:
    whole = SAMPLE_DRAFT.read_bytes()
    path = folder / "cut.sdraft"
    path.write_bytes(whole[: len(whole) // 2])
    assert_refused(path, "not valid JSON", "truncated")


def test_empty_file(folder: Path) -> None:
    path = folder / "empty.sdraft"
    path.write_bytes(b"")
    assert_refused(path, "not valid JSON")


def test_missing_file(folder: Path) -> None:
    assert_refused(folder / "nowhere.sdraft", "not found")


def test_folder(folder: Path) -> None:
    folder = folder / "looks-like.sdraft"
    folder.mkdir()
    assert_refused(folder, "folder")


def test_binary_file(folder: Path) -> None:
    path = folder / "photo.sdraft"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert_refused(path, "binary")


def test_100_megabyte_file_is_refused_without_reading_it(folder: Path) -> None:
    path = folder / "huge.sdraft"
    with path.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: instant, takes no disk space
    started = time.perf_counter()
    assert_refused(path, "100.0 MB", "too large")
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param('{"title": "Caf\xe9"}'.encode("latin-1"), id="latin-1"),
        pytest.param('{"title": "Привет"}'.encode("cp1251"), id="cp1251"),
        pytest.param(b'{"title": "\xff\xfe"}', id="bad-bytes"),
    ],
)
def test_not_utf8(folder: Path, raw: bytes) -> None:
    path = folder / "legacy.sdraft"
    path.write_bytes(raw)
    assert_refused(path, "not UTF-8")


def test_byte_order_mark_is_accepted(folder: Path) -> None:
    path = folder / "notepad.sdraft"
    path.write_bytes(b"\xef\xbb\xbf" + SAMPLE_DRAFT.read_bytes())
    assert Draft.load(path) == Draft.load(SAMPLE_DRAFT)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        pytest.param('{"format": "socialdesk-draft", "version": 1' + "0" * 5000 + "}", ["digits"]),
        pytest.param("[" * 100_000 + "]" * 100_000, ["not a SocialDesk draft"]),
        pytest.param('"just a string"', ["top level is text"]),
        pytest.param("[1, 2]", ["top level is a list"]),
        pytest.param('{"title": "no format"}', ['"format"']),
    ],
    ids=["huge-number", "deep-nesting", "string", "list", "no-format"],
)
def test_json_that_is_not_a_draft(folder: Path, raw: str, words: list[str]) -> None:
    path = folder / "odd.sdraft"
    path.write_text(raw, encoding="utf-8")
    assert_refused(path, *words)


def test_newer_version_is_refused_not_half_read(folder: Path) -> None:
    path = write_json(folder / "future.sdraft", with_change(lambda d: d.update(version=2)))
    assert_refused(path, "newer SocialDesk", "version 2", "Update SocialDesk")


def set_in(keys: tuple[str | int, ...], value: Any) -> Any:
    def edit(data: Any) -> None:
        for key in keys[:-1]:
            data = data[key]
        data[keys[-1]] = value

    return edit


def add_media(item: Any) -> Any:
    return lambda d: d.update(media=[item])


WRONG_TYPES = [
    # (id, edit, words the message must contain)
    ("version-text", set_in(("version",), "1"), ['"version"', "whole number"]),
    ("version-float", set_in(("version",), 1.5), ['"version"', "whole number"]),
    ("version-bool", set_in(("version",), True), ['"version"', "whole number"]),
    ("version-zero", set_in(("version",), 0), ["version 0"]),
    ("format-other", set_in(("format",), "word-document"), ['"format"']),
    ("title-number", set_in(("title",), 5), ["'title'", "text", "a number"]),
    ("master-null", set_in(("master",), None), ["'master'", "text", "null"]),
    ("master-list", set_in(("master",), ["a"]), ["'master'", "a list"]),
    ("template-number", set_in(("template",), 3), ["'template'", "text"]),
    ("premium-text", set_in(("twitter_premium",), "yes"), ["'twitter_premium'", "true or false"]),
    ("hashtags-number", set_in(("translate_hashtags",), 1), ["'translate_hashtags'"]),
    ("thread-text", set_in(("twitter_thread",), "on"), ["'twitter_thread'", "true or false"]),
    ("numbering-number", set_in(("twitter_thread_numbering",), 1), ["'twitter_thread_numbering'"]),
    (
        "media-thread-part-text",
        add_media({"path": "a.png", "thread_part": "2"}),
        ["media item 1", "'thread_part'", "a number"],
    ),
    (
        "media-thread-part-negative",
        add_media({"path": "a.png", "thread_part": -1}),
        ["media item 1", "'thread_part'", "0 or more"],
    ),
    ("variants-list", set_in(("variants",), []), ['"variants"', "an object", "a list"]),
    ("variant-text", set_in(("variants", "vk"), "hello"), ["'vk'", "an object", "text"]),
    ("variant-enabled", set_in(("variants", "vk", "enabled"), "yes"), ["vk", "'enabled'"]),
    ("variant-text-number", set_in(("variants", "weibo", "text"), 42), ["weibo", "'text'"]),
    ("variant-language", set_in(("variants", "vk", "language"), ["ru"]), ["vk", "'language'"]),
    ("variant-origin", set_in(("variants", "vk", "origin"), "stolen"), ["vk", "'origin'"]),
    ("variant-account", set_in(("variants", "vk", "account"), 7), ["vk", "'account'"]),
    ("fields-list", set_in(("fields",), ["a"]), ['"fields"', "an object"]),
    ("field-number", set_in(("fields", "cta"), 5), ["field 'cta'", "text"]),
    ("media-object", set_in(("media",), {"path": "a.png"}), ['"media"', "a list"]),
    ("media-item-text", add_media("a.png"), ["media item 1", "an object"]),
    ("media-no-path", add_media({"alt": "x"}), ["media item 1", "'path'"]),
    ("media-alt-number", add_media({"path": "a.png", "alt": 1}), ["media item 1", "'alt'"]),
    (
        "media-excluded-text",
        add_media({"path": "a.png", "excluded": "vk"}),
        ["'excluded'", "a list"],
    ),
    (
        "media-excluded-number",
        add_media({"path": "a.png", "excluded": [1]}),
        ["'excluded'", "text"],
    ),
    (
        "media-excluded-unknown",
        add_media({"path": "a.png", "excluded": ["myspace"]}),
        ["media item 1", "'myspace'", "twitter"],
    ),
    ("log-object", set_in(("publish_log",), {}), ['"publish_log"', "a list"]),
    (
        "log-platform",
        set_in(("publish_log",), [{"platform": "myspace", "time": "", "status": "published"}]),
        ["publish_log entry 1", "'myspace'"],
    ),
    (
        "log-status-number",
        set_in(("publish_log",), [{"platform": "vk", "time": "", "status": 200}]),
        ["publish_log entry 1", "'status'"],
    ),
    (
        "log-part-text",
        set_in(("publish_log",), [{"platform": "twitter", "status": "published", "part": "1"}]),
        ["publish_log entry 1", "'part'", "a number"],
    ),
]


@pytest.mark.parametrize(("edit", "words"), [pytest.param(e, w, id=i) for i, e, w in WRONG_TYPES])
def test_wrong_types_at_every_level(folder: Path, edit: Any, words: list[str]) -> None:
    path = write_json(folder / "wrong.sdraft", with_change(edit))
    assert_refused(path, *words)


def test_unknown_platform_id(folder: Path) -> None:
    data = with_change(lambda d: d["variants"].update(myspace={"enabled": True}))
    path = write_json(folder / "myspace.sdraft", data)
    message = assert_refused(path, "unknown platform 'myspace'")
    for pid in PLATFORM_IDS:
        assert pid in message


def test_media_from_before_per_platform_choice_goes_everywhere(folder: Path) -> None:
    data = with_change(add_media({"path": "images/cup.png", "alt": "A cup"}))
    draft = Draft.load(write_json(folder / "old-media.sdraft", data))
    (item,) = draft.media
    assert item == MediaItem("images/cup.png", "A cup", [])
    assert all(item.goes_to(pid) for pid in PLATFORM_IDS)
    assert item.thread_part == 0  # on the first part of an X thread


def test_drafts_from_before_threads_post_x_as_one_post(folder: Path) -> None:
    log = [{"platform": "twitter", "time": "t", "status": "published", "post_id": "1"}]
    draft = Draft.load(
        write_json(folder / "old.sdraft", with_change(set_in(("publish_log",), log)))
    )
    assert not draft.twitter_thread and not draft.twitter_thread_numbering
    assert (draft.publish_log[0].part, draft.publish_log[0].parts) == (0, 0)


def test_missing_fields_take_defaults(folder: Path) -> None:
    path = write_json(folder / "minimal.sdraft", {"format": "socialdesk-draft", "version": 1})
    draft = Draft.load(path)
    assert draft.master == "" and draft.source_language == "en"
    assert draft.variants["weibo"].language == "zh-CN" and draft.variants["weibo"].inherits
    assert draft.enabled_platforms() == list(PLATFORM_IDS)


def test_removed_link_card_is_saved_per_platform_and_old_files_have_none(folder: Path) -> None:
    old = Draft.load(
        write_json(folder / "old.sdraft", {"format": "socialdesk-draft", "version": 1})
    )
    assert not old.link_card_removed("vk", "https://a.example")
    draft = Draft(master="see https://a.example")
    draft.set_link_card_removed("vk", "https://a.example")
    draft.set_link_card_removed("vk", "https://a.example")  # twice: remembered once
    path = folder / "cards.sdraft"
    draft.save(path)
    again = Draft.load(path)
    assert again.variants["vk"].removed_link_cards == ["https://a.example"]
    assert again.link_card_removed("vk", "https://a.example")
    assert not again.link_card_removed("twitter", "https://a.example")
    assert not again.link_card_removed("vk", "https://b.example")  # a new link has its card
    again.set_link_card_removed("vk", "https://a.example", removed=False)
    assert not again.link_card_removed("vk", "https://a.example")


def test_removed_link_cards_must_be_a_list_of_texts(folder: Path) -> None:
    data = {
        "format": "socialdesk-draft",
        "version": 1,
        "variants": {"vk": {"removed_link_cards": ["https://a.example", 5]}},
    }
    with pytest.raises(DraftError, match="'removed_link_cards' entry must be text, not a number"):
        Draft.load(write_json(folder / "bad.sdraft", data))


# -- save → load ----------------------------------------------------------------------

texts = st.text()  # any Unicode scalar values (hypothesis leaves out lone surrogates)
optional_texts = st.none() | texts

variants = st.builds(
    Variant,
    enabled=st.booleans(),
    language=texts,
    text=optional_texts,
    origin=st.sampled_from(ORIGINS),
    based_on=optional_texts,
    account=optional_texts,
    removed_link_cards=st.lists(texts, unique=True, max_size=2),
)
drafts = st.builds(
    Draft,
    title=texts,
    master=texts,
    source_language=texts,
    variants=st.fixed_dictionaries({pid: variants for pid in PLATFORM_IDS}),
    template=optional_texts,
    fields=st.dictionaries(texts, texts, max_size=4),
    media=st.lists(
        st.builds(
            MediaItem,
            path=st.text(min_size=1),
            alt=texts,
            excluded=st.lists(st.sampled_from(PLATFORM_IDS), unique=True),
            thread_part=st.integers(min_value=0, max_value=30),
        ),
        max_size=3,
    ),
    twitter_premium=st.booleans(),
    twitter_thread=st.booleans(),
    twitter_thread_numbering=st.booleans(),
    translate_hashtags=st.booleans(),
    created=texts,
    modified=texts,
    publish_log=st.lists(
        st.builds(
            PublishRecord,
            platform=st.sampled_from(PLATFORM_IDS),
            time=texts,
            status=texts,
            post_id=texts,
            url=texts,
            text_hash=texts,
            message=texts,
            part=st.integers(min_value=0, max_value=30),
            parts=st.integers(min_value=0, max_value=30),
        ),
        max_size=2,
    ),
)


@settings(max_examples=150, deadline=None)
@given(draft=drafts)
def test_save_then_load_gives_the_same_draft(draft: Draft) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "round trip ✓ 草稿.sdraft"
        draft.save(path)
        assert Draft.load(path) == draft
        assert os.listdir(tmp) == [path.name]  # no temporary file left behind


def test_saved_file_is_readable_utf8_json(folder: Path) -> None:
    draft = Draft(title="Кофе ☕", master="柏林 👩🏻‍💻")
    path = folder / "d.sdraft"
    draft.save(path)
    data = json.loads(path.read_bytes().decode("utf-8"))
    assert data["format"] == "socialdesk-draft" and data["version"] == 1
    assert "Кофе ☕" in path.read_text(encoding="utf-8")  # not \u-escaped


def test_lone_surrogate_is_refused_and_old_file_kept(folder: Path) -> None:
    path = folder / "d.sdraft"
    Draft(master="fine").save(path)
    before = snapshot(path)
    with pytest.raises(DraftError) as info:
        Draft(master="broken \ud800 half emoji").save(path)
    assert str(path) in str(info.value) and "cannot be saved" in str(info.value)
    assert snapshot(path) == before
    assert os.listdir(folder) == ["d.sdraft"]


def test_half_an_emoji_escaped_in_the_file_opens_as_a_replacement_character(
    folder: Path,
) -> None:
    # another tool cut a text in UTF-16 and wrote JSON: "\ud83d" is half an emoji
    path = folder / "cut.sdraft"
    path.write_text(
        '{"format": "socialdesk-draft", "version": 1, "title": "Launch \\ud83d",'
        ' "master": "Hello \\ud83d\\ude00 and \\ude00 bye \\ud83d",'
        ' "fields": {"cta\\udc00": "x"}}',
        encoding="utf-8",
    )
    draft = Draft.load(path)
    assert draft.master == "Hello \U0001f600 and \ufffd bye \ufffd"
    assert draft.title == "Launch \ufffd"
    assert draft.fields == {"cta\ufffd": "x"}
    for pid in PLATFORM_IDS:  # every platform can count it
        get_platform(pid).check(draft.text_for(pid))
    draft.save(path)  # and it saves
    assert Draft.load(path).master == draft.master


def test_save_keeps_the_files_permissions(folder: Path) -> None:
    path = folder / "shared.sdraft"
    Draft(master="one").save(path)
    assert path.stat().st_mode & 0o777 == 0o666 & ~current_umask()
    path.chmod(0o640)
    Draft(master="two").save(path)
    assert path.stat().st_mode & 0o777 == 0o640
    assert Draft.load(path).master == "two"


def current_umask() -> int:
    status = Path("/proc/self/status").read_text()
    return int(
        next(line for line in status.splitlines() if line.startswith("Umask:")).split()[1], 8
    )


def test_save_through_a_symlink_keeps_the_link(folder: Path) -> None:
    real = folder / "real.sdraft"
    Draft(master="one").save(real)
    link = folder / "link.sdraft"
    link.symlink_to(real)
    Draft(master="two").save(link)
    assert link.is_symlink()
    assert Draft.load(real).master == "two"


def test_long_file_name_can_be_saved(folder: Path) -> None:
    path = folder / ("л" * 120 + ".sdraft")  # 247 bytes: legal, but not with a suffix added
    Draft(master="long").save(path)
    assert Draft.load(path).master == "long"


# -- failed and interrupted saves ------------------------------------------------------


def test_failed_save_raises_names_the_file_and_leaves_no_temporary(folder: Path) -> None:
    # a folder where the draft should be: the temporary file is written, the replace fails
    target = folder / "occupied.sdraft"
    target.mkdir()
    with pytest.raises(DraftError) as info:
        Draft(master="x" * 60_000).save(target)
    assert str(target) in str(info.value) and "could not save" in str(info.value)
    assert os.listdir(folder) == ["occupied.sdraft"]
    assert target.is_dir()


def test_save_into_missing_folder_fails_clearly(folder: Path) -> None:
    target = folder / "gone" / "d.sdraft"
    with pytest.raises(DraftError, match="could not save"):
        Draft().save(target)


def run_child(code: str, **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def test_full_disk_leaves_old_file_and_no_temporary(folder: Path) -> None:
    # A child process may write at most 1 MB per file (RLIMIT_FSIZE), as a full disk would
    # stop it; saving a 5 MB draft must fail cleanly.
    path = folder / "d.sdraft"
    Draft(master="old text").save(path)
    before = snapshot(path)
    child = run_child(
        f"""
        import resource, signal
        from socialdesk.draft import Draft, DraftError
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024 * 1024, 1024 * 1024))
        try:
            # 5 MB in texts each within the cap on one text
            Draft(fields={{f"f{{i}}": "x" * 60_000 for i in range(84)}}).save({str(path)!r})
        except DraftError as exc:
            print(exc)
        """
    )
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert str(path) in out and "could not save" in out and "File too large" in out
    assert snapshot(path) == before
    assert os.listdir(folder) == ["d.sdraft"]


def test_crash_during_save_leaves_the_old_or_the_new_file(folder: Path) -> None:
    """Kill (SIGKILL) a process while it saves a 15 MB draft over an old one."""
    path = folder / "d.sdraft"
    # 16 MB, in fields within the cap on one text
    old = Draft(master="old " * 10)
    new = Draft(master="new", fields={f"f{i}": "new " * 15_000 for i in range(267)})
    caught_mid_write = 0
    for _attempt in range(5):
        old.save(path)
        child = run_child(
            f"""
            import sys
            from socialdesk.draft import Draft
            draft = Draft(master="new", fields={{f"f{{i}}": "new " * 15_000 for i in range(267)}})
            print("saving", flush=True)
            draft.save({str(path)!r})
            """
        )
        assert child.stdout is not None
        assert child.stdout.readline() == "saving\n"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and child.poll() is None:
            temporaries = [n for n in os.listdir(folder) if n.endswith(".tmp")]
            if temporaries and (folder / temporaries[0]).stat().st_size > 0:
                child.send_signal(signal.SIGKILL)
                caught_mid_write += 1
                break
        child.wait(timeout=30)
        child.stdout.close()
        assert child.stderr is not None
        child.stderr.close()
        # whatever the moment, the draft on disk is one of the two, whole
        assert Draft.load(path).master in (old.master, new.master)
        for name in os.listdir(folder):  # the killed process's leftover, if any
            if name != "d.sdraft":
                os.unlink(folder / name)
        if caught_mid_write >= 2:
            break
    assert caught_mid_write >= 1, "never managed to kill the child while it was writing"


def test_kill_mid_write_keeps_old_file_exactly(folder: Path) -> None:
    """The child stops itself between writing the temporary file and replacing the draft."""
    path = folder / "d.sdraft"
    Draft(master="old").save(path)
    before = snapshot(path)
    child = run_child(
        f"""
        import os, signal
        from pathlib import Path
        import socialdesk.draft as draft_module
        from socialdesk.draft import Draft

        real_replace = os.replace
        def stop_before_replace(src, dst):
            print("written", flush=True)
            os.kill(os.getpid(), signal.SIGSTOP)
            real_replace(src, dst)
        draft_module.os.replace = stop_before_replace
        Draft(master="new").save(Path({str(path)!r}))
        """
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "written\n"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    assert child.stderr is not None
    child.stderr.close()
    assert snapshot(path) == before
    leftovers = [n for n in os.listdir(folder) if n != "d.sdraft"]
    assert len(leftovers) == 1 and leftovers[0].startswith(".d.sdraft.")
    # the complete new text sat in the temporary file, the draft itself never changed
    assert Draft.load(folder / leftovers[0]).master == "new"


def test_a_new_draft_is_stamped_now_in_utc_as_isoformat_writes_it() -> None:
    from datetime import UTC, datetime

    before = datetime.now(UTC).replace(microsecond=0)
    stamped = Draft().created
    after = datetime.now(UTC)
    assert stamped == datetime.fromisoformat(stamped).isoformat(timespec="seconds")
    assert before <= datetime.fromisoformat(stamped) <= after
    assert stamped.endswith("+00:00")
