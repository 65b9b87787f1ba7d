"""The `socialdesk` command line, run for real as a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import SAMPLE_DRAFT

from socialdesk.draft import Draft
from socialdesk.platforms import PLATFORM_IDS, get_platform

SCRIPT = Path(sys.executable).with_name("socialdesk")


def socialdesk(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "socialdesk"]
    result = subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8"),
    )


def assert_user_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit status 2 and one clear line on stderr, no traceback."""
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


# -- count -----------------------------------------------------------------------------

MIXED = "Aurora Coffee открылась! 柏林咖啡 👩🏻‍💻 #кофе https://aurora-coffee.de/berlin"


@pytest.mark.parametrize("pid", PLATFORM_IDS)
def test_count_reads_stdin(pid: str) -> None:
    result = socialdesk("count", "--platform", pid, stdin=MIXED.encode())
    platform = get_platform(pid)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{platform.count(MIXED)} / {platform.limit}\n"


def test_count_json() -> None:
    text = "你" * 150
    result = socialdesk("count", "-p", "twitter", "--json", stdin=text.encode())
    assert result.returncode == 0
    assert json.loads(result.stdout) == {
        "platform": "twitter",
        "count": 300,
        "limit": 280,
        "over_by": 20,
        "fold_at": 140,
        "over_at": 140,
        "valid": False,
        "problems": [],
    }


def test_count_premium_limit() -> None:
    result = socialdesk("count", "-p", "twitter", "--premium", "--json", stdin=b"a" * 300)
    data = json.loads(result.stdout)
    assert (data["limit"], data["over_by"], data["fold_at"], data["valid"]) == (25000, 0, 280, True)


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        (b"ab\n", "1 / 2000"),  # the newline echo adds is not counted
        (b"ab\r\n", "1 / 2000"),  # nor a Windows one
        (b"ab\n\n", "2 / 2000"),  # a blank last line is the writer's: 3 bytes
        ("你好\r\n世界".encode(), "5 / 2000"),  # 4 + LF 1 + 4 = 9 bytes
    ],
)
def test_count_line_endings(stdin: bytes, expected: str) -> None:
    assert socialdesk("count", "-p", "weibo", stdin=stdin).stdout.strip() == expected


def test_count_unknown_platform() -> None:
    result = socialdesk("count", "--platform", "myspace", stdin=b"hi")
    assert_user_error(result, "myspace", "vk", "weibo", "twitter", "facebook")


def test_count_without_platform() -> None:
    assert_user_error(socialdesk("count", stdin=b"hi"), "--platform")


def test_count_non_utf8_stdin() -> None:
    result = socialdesk("count", "-p", "vk", stdin="Привет".encode("cp1251"))
    assert_user_error(result, "not UTF-8")


def test_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "socialdesk", "count", "-p", "vk"],
        input="Привет\n".encode(),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout == b"6 / 16384\n"


# -- check -----------------------------------------------------------------------------


def table_rows(output: str) -> list[list[str]]:
    lines = output.splitlines()
    assert lines[0].split() == ["Platform", "Lang", "Count", "Limit", "Status"]
    return [line.split(maxsplit=4) for line in lines[1:]]


def test_check_sample_prints_the_counts_of_each_platform() -> None:
    result = socialdesk("check", str(SAMPLE_DRAFT))
    assert result.returncode == 0, result.stderr
    draft = Draft.load(SAMPLE_DRAFT)
    expected = [
        [
            get_platform(pid).name,
            draft.variants[pid].language,
            str(get_platform(pid).count(draft.text_for(pid))),
            str(draft.limit_for(pid)),
            "ok",
        ]
        for pid in PLATFORM_IDS
    ]
    assert table_rows(result.stdout) == expected
    # the three languages of the sample, counted differently
    assert [row[1] for row in expected] == ["ru", "zh-CN", "en", "en"]


def test_check_json() -> None:
    result = socialdesk("check", str(SAMPLE_DRAFT), "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["ok"] is True
    draft = Draft.load(SAMPLE_DRAFT)
    for row, pid in zip(data["platforms"], PLATFORM_IDS, strict=True):
        check = get_platform(pid).check(draft.text_for(pid))
        assert row["platform"] == pid
        assert (row["count"], row["limit"], row["over_by"], row["fold_at"]) == (
            check.count,
            check.limit,
            check.over_by,
            check.fold_at,
        )


def test_check_over_the_limit_exits_1(tmp_path: Path) -> None:
    draft = Draft(master="Short and sweet.")
    draft.set_variant_text("twitter", "x" * 300)
    draft.variants["facebook"].enabled = False
    path = tmp_path / "long.sdraft"
    draft.save(path)
    result = socialdesk("check", str(path))
    assert result.returncode == 1
    rows = table_rows(result.stdout)
    assert [row[0] for row in rows] == ["VK", "Weibo", "X"]  # Facebook is disabled
    assert rows[2] == ["X", "en", "300", "280", "over by 20"]
    assert rows[0][4] == rows[1][4] == "ok"
    data = json.loads(socialdesk("check", str(path), "--json").stdout)
    assert data["ok"] is False and data["platforms"][2]["over_by"] == 20


def test_check_premium_draft_fits(tmp_path: Path) -> None:
    draft = Draft(master="x" * 300, twitter_premium=True)
    path = tmp_path / "premium.sdraft"
    draft.save(path)
    result = socialdesk("check", str(path))
    assert result.returncode == 0
    assert ["X", "en", "300", "25000", "ok"] in table_rows(result.stdout)


def test_check_reports_problems(tmp_path: Path) -> None:
    path = tmp_path / "bom.sdraft"
    Draft(master="hello\ufeff").save(path)
    result = socialdesk("check", str(path))
    assert result.returncode == 0  # within the limit, but X would refuse it
    x_row = next(row for row in table_rows(result.stdout) if row[0] == "X")
    assert "U+FEFF" in x_row[4]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"format": "socialdesk-draft", "vers', ["not valid JSON"]),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", ["binary"]),
        (b'{"format": "socialdesk-draft", "version": 9}', ["newer SocialDesk"]),
        ('{"title": "Привет"}'.encode("cp1251"), ["not UTF-8"]),
    ],
    ids=["truncated", "binary", "newer", "cp1251"],
)
def test_check_bad_file_exits_2(tmp_path: Path, content: bytes, words: list[str]) -> None:
    path = tmp_path / "bad.sdraft"
    path.write_bytes(content)
    result = socialdesk("check", str(path))
    assert_user_error(result, str(path), *words)
    assert path.read_bytes() == content


def test_check_missing_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.sdraft"
    assert_user_error(socialdesk("check", str(path)), str(path), "not found")


# -- output streams --------------------------------------------------------------------


def test_a_reader_that_goes_away_is_not_an_error_with_a_traceback() -> None:
    # `socialdesk check x.sdraft | head -0`: the pipe is closed before anything is written
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "socialdesk"]
    child = subprocess.Popen(
        [*command, "check", str(SAMPLE_DRAFT)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    stderr = child.stderr.read().decode()
    assert child.wait(timeout=60) == 141  # as a shell reports a command stopped by SIGPIPE
    assert stderr == ""


@pytest.mark.parametrize("pid", ["weibo", "vk"])
def test_render_to_a_file_is_utf8_whatever_the_locale_encoding(pid: str) -> None:
    # a redirect on Windows gets the ANSI code page; Chinese and emoji must still come out
    result = subprocess.run(
        [sys.executable, "-m", "socialdesk", "render", str(SAMPLE_DRAFT), "-p", pid],
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    assert result.stdout.decode("utf-8") == Draft.load(SAMPLE_DRAFT).text_for(pid) + "\n"
