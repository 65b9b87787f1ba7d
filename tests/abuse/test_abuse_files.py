"""Drafts and media paths that are not files, or are someone else's files: every CLI verb
answers in one line within seconds, under a memory ceiling, and sends nothing it should
not (run in a child process with RLIMIT_AS and a timeout)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import resource_limited
from media_samples import write_picture

from socialdesk.draft import MAX_TEXT_CHARS, Draft, MediaItem
from socialdesk.media.consent import outside_for, outside_images
from socialdesk.publishing import plan_publish


@pytest.fixture
def home(socialdesk_home: Path) -> Path:
    return socialdesk_home


def cli(home: Path, *args: str, **kwargs: object) -> resource_limited.Finished:
    env = {
        "SOCIALDESK_HOME": str(home),
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={home / 'no-bus'}",  # no real keyring
    }
    return resource_limited.cli(*args, env=env, seconds=20, **kwargs)


def one_line_error(done: resource_limited.Finished) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.sdraft"
    os.mkfifo(path)
    return path


VERBS = [
    ["check"],
    ["render", "--platform", "vk"],
    ["export", "--format", "md", "--out", "OUT"],
    ["publish", "--dry-run"],
    ["translate"],
]


@pytest.mark.parametrize("verb", VERBS, ids=lambda v: v[0])
@pytest.mark.parametrize("target", ["fifo", "/dev/zero", "/dev/urandom", "folder"])
def test_a_draft_that_is_not_a_file_is_refused_at_once(
    verb: list[str], target: str, fifo: Path, home: Path, tmp_path: Path
) -> None:
    draft = {"fifo": str(fifo), "folder": str(tmp_path)}.get(target, target)
    args = [a.replace("OUT", str(tmp_path / "out.md")) for a in verb]
    done = cli(home, args[0], draft, *args[1:])
    assert done.returncode == 2
    line = one_line_error(done)
    assert line.startswith(f"socialdesk: {draft}: ")
    assert any(why in line for why in ("named pipe (FIFO)", "is a device", "is a folder")), line
    assert not (tmp_path / "out.md").exists()


def test_count_refuses_endless_standard_input(home: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        done = cli(home, "count", "--platform", "vk", stdin=zero.fileno())
    assert done.returncode == 2
    assert "standard input: more than 256 KB" in one_line_error(done)
    assert done.seconds < 10


def test_count_takes_the_longest_post(home: Path) -> None:
    done = cli(home, "count", "--platform", "facebook", stdin=("é" * 63_206).encode())
    assert done.returncode == 0
    assert done.stdout.strip() == "63206 / 63206"


def test_a_text_longer_than_a_draft_keeps_is_refused_naming_it(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "long.sdraft"
    Draft(master="short", fields={"body": "b" * 10}).save(path)
    raw = path.read_text().replace('"b' + "b" * 9 + '"', '"' + "b" * (MAX_TEXT_CHARS + 1) + '"')
    path.write_text(raw)
    done = cli(home, "check", str(path))
    assert done.returncode == 2
    assert "field 'body' is 65,537 characters long; a draft keeps at most 65,536" in (
        one_line_error(done)
    )


# -- media paths ---------------------------------------------------------------------------


def draft_with_media(folder: Path, *paths: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    draft = Draft(title="t", master="Hello https://example.com")
    draft.media = [MediaItem(path=p) for p in paths]
    path = folder / "d.sdraft"
    path.write_text(__import__("json").dumps(draft.to_json(), ensure_ascii=False), encoding="utf-8")
    return path


BAD_MEDIA = {
    "fifo": "FIFO",
    "/dev/zero": "is a device",
    "/dev/urandom": "is a device",
    "with\x00nul.jpg": "NUL character",
    "~nobody-such-user/x.jpg": "is missing",  # someone else's home is not looked up
    "~tilde.jpg": "is missing",  # a file name, beside the draft
    "x" * 5000 + ".jpg": "longer than the system allows",
}


@pytest.mark.parametrize("entry", list(BAD_MEDIA), ids=lambda e: e[:20].replace("\x00", "NUL"))
def test_bad_media_paths_give_one_line_per_image(entry: str, tmp_path: Path, home: Path) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    stored = entry
    if entry == "fifo":
        os.mkfifo(folder / "pic.jpg")
        stored = "pic.jpg"
    draft = draft_with_media(folder, stored)

    # what publishing reads: the check while planning, the bytes just before sending
    reported = resource_limited.python(READ_FOR_PUBLISH, str(draft), seconds=20)
    assert len(reported) == 2
    assert all(BAD_MEDIA[entry] in line and "\n" not in line for line in reported), reported
    assert all(line.startswith("Image 1 (") for line in reported), reported

    out = tmp_path / "out.zip"
    done = cli(home, "export", str(draft), "-f", "zip", "-o", str(out), "--allow-outside-images")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0
    warning = [line for line in done.stderr.splitlines() if "image 1" in line]
    assert len(warning) == 1 and warning[0].startswith("socialdesk: warning: image 1 (")
    assert done.seconds < 15


READ_FOR_PUBLISH = """
import json, sys
from pathlib import Path
from socialdesk.draft import Draft
from socialdesk.media import MediaError, chosen_for, media_problems, prepare_upload
path = Path(json.load(sys.stdin))
draft = Draft.load(path)
lines = [p.message for p in media_problems(draft, path, "twitter")]
try:
    prepare_upload(chosen_for(draft, path, "twitter")[0])
except MediaError as exc:
    lines.append(str(exc)[:1].upper() + str(exc)[1:])
print(json.dumps(lines))
"""


def test_tilde_slash_is_the_writers_own_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    picture = write_picture(tmp_path / "me" / "Pictures" / "cup.jpg", "cup")
    draft_path = draft_with_media(tmp_path / "project", "~/Pictures/cup.jpg", "~other/cup.jpg")
    draft = Draft.load(draft_path)
    outside = outside_images(draft, draft_path)
    assert [image.real_path for image in outside] == [picture.resolve()]


# -- consent for images from outside the draft's folder -------------------------------------


@pytest.fixture
def stranger_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A draft in Downloads naming a private photo elsewhere, one inside its media folder,
    and a link inside its folder that points out."""
    private = write_picture(tmp_path / "Pictures" / "passport.jpg", "passport")
    project = tmp_path / "Downloads" / "campaign"
    write_picture(project / "media" / "cup.jpg", "cup")
    (project / "media").mkdir(exist_ok=True)
    os.symlink(private, project / "media" / "innocent.jpg")
    draft = draft_with_media(
        project, str(private), "media/cup.jpg", "media/innocent.jpg", "../../Pictures/passport.jpg"
    )
    loaded = Draft.load(draft)
    loaded.media[0].excluded = ["vk"]
    loaded.save(draft)
    return draft, private


def test_outside_images_are_listed_per_platform(stranger_draft: tuple[Path, Path]) -> None:
    draft_path, private = stranger_draft
    draft = Draft.load(draft_path)
    outside = outside_images(draft, draft_path)
    assert [image.found.number for image in outside] == [1, 3, 4]
    assert {image.real_path for image in outside} == {private.resolve()}
    assert [i.found.number for i in outside_for(draft, draft_path, "vk")] == [3, 4]
    assert [i.found.number for i in outside_for(draft, draft_path, "twitter")] == [1, 3, 4]
    assert outside_images(draft, None) == []  # an unsaved draft: its writer attached them


def test_publish_plan_blocks_outside_images_unless_allowed(
    stranger_draft: tuple[Path, Path], socialdesk_home: Path
) -> None:
    draft_path, private = stranger_draft
    draft = Draft.load(draft_path)
    plan = plan_publish(draft, draft_path=draft_path, allow_outside_images=False)
    for item in plan.platforms:
        assert any(str(private.resolve()) in p for p in item.problems)
    allowed = plan_publish(draft, draft_path=draft_path)
    assert not any("outside its own folder" in p for _, p in allowed.blocking)
    assert [len(p.outside) for p in allowed.platforms] == [2, 3, 3, 3]


def test_cli_refuses_outside_images_without_the_flag(
    stranger_draft: tuple[Path, Path], home: Path, tmp_path: Path
) -> None:
    draft_path, private = stranger_draft
    out = tmp_path / "out.zip"
    done = cli(home, "export", str(draft_path), "--format", "zip", "--out", str(out))
    assert done.returncode == 2
    line = one_line_error(done)
    assert str(private.resolve()) in line and "--allow-outside-images" in line
    assert not out.exists()

    done = cli(
        home, "export", str(draft_path), "-f", "zip", "-o", str(out), "--allow-outside-images"
    )
    assert done.returncode == 0 and out.exists()

    before = draft_path.read_bytes()
    done = cli(home, "publish", str(draft_path))
    assert done.returncode == 1
    assert "--allow-outside-images" in done.stdout
    assert draft_path.read_bytes() == before  # nothing sent, nothing logged
    assert not (home / "Documents").exists() or not any((home / "Documents").rglob("*.txt"))


def test_dry_run_lists_every_image_per_platform(
    stranger_draft: tuple[Path, Path], home: Path
) -> None:
    draft_path, private = stranger_draft
    done = cli(home, "publish", str(draft_path), "--dry-run", "--allow-outside-images")
    sections = done.stdout.split("\n\n")
    vk = next(s for s in sections if s.startswith("VK"))
    x = next(s for s in sections if s.startswith("X"))
    assert "Images (3):" in vk and "Images (4):" in x
    assert f"1. {private}  ← outside the draft's folder" in x
    assert f"innocent.jpg → {private.resolve()}  ← outside the draft's folder" in x
    assert "1. " not in vk.split("Images")[1].splitlines()[1]
    assert "cup.jpg" in x and "cup.jpg  ←" not in x


# -- the app's own files, replaced by something that is not a file ---------------------------


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_settings_and_glossary_that_are_not_files(kind: str, tmp_path: Path) -> None:
    path = Path(kind)
    if kind == "fifo":
        path = tmp_path / "settings.json"
        os.mkfifo(path)
    code = f"""
import json, sys
from pathlib import Path
from socialdesk.settings import Settings
from socialdesk.translation.glossary import Glossary, GlossaryError
path = Path({str(path)!r})
out = [Settings.load(path).problem]
try:
    Glossary.load(path)
except GlossaryError as exc:
    out.append(str(exc))
print(json.dumps(out))
"""
    settings_problem, glossary_problem = resource_limited.python(code, None, seconds=20)
    reason = "named pipe (FIFO)" if kind == "fifo" else "is a device"
    assert reason in settings_problem and "using defaults" in settings_problem
    assert reason in glossary_problem
