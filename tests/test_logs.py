"""The log file and the problem report: what is written, and that no secret and no post
text gets into either."""

from __future__ import annotations

import json
import logging
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from socialdesk import logs
from socialdesk.logs import log_files, log_path, log_started, start_logging
from socialdesk.problem_report import report_text, settings_outline, write_report
from socialdesk.redaction import REDACTED, redact
from socialdesk.settings import Settings

VK_TOKEN = "vk1.a.Zx81kQ0pL2mN3oP4qR5sT6uV7wX8yZ9aB0cD1eF2gH3"
FB_TOKEN = "EAAGm0PX4ZCpsBAKZC2ZBx9u0ZD7ZAZCxyzQ1w2e3r4t5y"
X_BEARER = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI"
DEEPL_KEY = "7c2bd5f0-1a2b-4c3d-9e8f-0a1b2c3d4e5f:fx"


@pytest.fixture
def app_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start_logging chains onto it
    handler = start_logging(logging.INFO)
    yield log_path()
    logger = logging.getLogger(logs.LOGGER)
    logger.removeHandler(handler)
    handler.close()


def flush() -> None:
    for handler in logging.getLogger(logs.LOGGER).handlers:
        handler.flush()


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        (f"POST https://api.vk.com/method/wall.post?access_token={VK_TOKEN}&v=5.199", VK_TOKEN),
        (f"GET /v19.0/me?fields=id&access_token={FB_TOKEN}", FB_TOKEN),
        (f"Authorization: Bearer {X_BEARER}", X_BEARER),
        (f'{{"auth_key": "{DEEPL_KEY}", "text": ["hi"]}}', DEEPL_KEY),
        (f"page token {FB_TOKEN} refused", FB_TOKEN),
        ("oauth_token=370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb, done", "370773112-Gm"),
        ("password: hunter2", "hunter2"),
        (f"api_key={DEEPL_KEY}", DEEPL_KEY),
    ],
)
def test_redact_removes_tokens_keys_and_passwords(line: str, secret: str) -> None:
    cleaned = redact(line)
    assert secret not in cleaned
    assert REDACTED in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Opened /home/anna/Documents/aurora-launch-2026.sdraft",
        "vk: published 98765",
        "weibo: error 21327 expired_token",
        "translation: google failed (timeout after 20 s)",
        "https://www.aurora-coffee.example/berlin-mitte",
    ],
)
def test_redact_keeps_what_helps_to_understand_a_problem(line: str) -> None:
    assert redact(line) == line


def test_the_log_file_gets_app_messages_with_secrets_redacted(app_log: Path) -> None:
    log_started()
    log = logging.getLogger("socialdesk.publishing")
    log.info("vk: sending with access_token=%s", VK_TOKEN)
    log.warning("facebook: %s", f"token {FB_TOKEN} expired (code 190)")
    try:
        raise RuntimeError(f"server said: bad key {DEEPL_KEY}")
    except RuntimeError:
        log.exception("deepl: unexpected error")
    flush()
    text = app_log.read_text(encoding="utf-8")
    assert "SocialDesk" in text and "started" in text
    assert "vk: sending with access_token=[redacted]" in text
    assert "expired (code 190)" in text
    assert "RuntimeError: server said: bad key [redacted]" in text  # the traceback too
    for secret in (VK_TOKEN, FB_TOKEN, DEEPL_KEY):
        assert secret not in text


def test_debug_messages_stay_out_at_the_default_level(app_log: Path) -> None:
    logging.getLogger("socialdesk.translation").debug("segment: Привет, мир")
    logging.getLogger("socialdesk.translation").info("translated 1 segment")
    flush()
    text = app_log.read_text(encoding="utf-8")
    assert "translated 1 segment" in text
    assert "Привет" not in text


def test_the_level_can_be_raised_for_a_debugging_session(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logs.LEVEL_ENV, "debug")
    assert logs.default_level() == logging.DEBUG
    monkeypatch.setenv(logs.LEVEL_ENV, "nonsense")
    assert logs.default_level() == logging.INFO


def test_the_log_rotates_instead_of_growing(app_log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    handler = next(
        h for h in logging.getLogger(logs.LOGGER).handlers if h.baseFilename == str(app_log)
    )  # type: ignore[attr-defined]
    handler.max_bytes = 2_000  # type: ignore[attr-defined]
    for n in range(200):
        logging.getLogger("socialdesk").info("line %d of a long session", n)
    flush()
    files = log_files()
    assert files[0] == app_log
    assert len(files) == 1 + logs.BACKUPS
    assert all(p.stat().st_size <= 2_200 for p in files)
    # oldest file first, the lines kept follow one another up to the last one written
    kept = [
        int(line.rsplit("line ", 1)[1].split()[0])
        for path in reversed(files)
        for line in path.read_text(encoding="utf-8").splitlines()
        if "of a long session" in line
    ]
    assert kept == list(range(kept[0], 200))
    assert len(kept) > 40


@pytest.mark.parametrize("where", ["full disk", "a folder in the way"])
def test_a_log_that_cannot_be_written_never_stops_the_app(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # /dev/full refuses every write as a full disk does (ENOSPC)
    folder = tmp_path / "in-the-way"
    folder.mkdir()
    path = Path("/dev/full") if where == "full disk" else folder
    handler = logs.RotatingLogFile(path, max_bytes=1_000, backups=2)
    handler.addFilter(logs.RedactingFilter())
    record = logging.LogRecord(
        "socialdesk", logging.ERROR, __file__, 1, "token=%s", ("s3cr3t",), None
    )
    for _ in range(3):
        handler.handle(record)  # reported on stderr, never raised
    handler.close()  # as when the log is started again: the unwritten line is dropped
    err = capsys.readouterr().err
    assert "--- Logging error ---" in err
    assert "s3cr3t" not in err and "token=[redacted]" in err  # the report is redacted too
    assert list(folder.iterdir()) == []  # nothing written in the folder's place


def test_the_report_names_settings_but_not_their_values(socialdesk_home: Path) -> None:
    settings = Settings.load()
    settings.set("translation", "urls", {"libre": "https://mt.private.example/"})
    settings.set("accounts", "list", [{"id": "vk-aurora", "name": "Aurora Coffee"}])
    settings.save()
    outline = settings_outline()
    assert outline == {"accounts": ["list"], "translation": ["urls"]}
    text = report_text({"Qt": "6.11"})
    assert "SocialDesk: " in text and "Qt: 6.11" in text
    assert "mt.private.example" not in text and "Aurora Coffee" not in text


def test_the_report_zip_carries_the_redacted_log_and_the_environment(
    app_log: Path, tmp_path: Path
) -> None:
    logging.getLogger("socialdesk.publishing").info("x: posted 17")
    flush()
    # a line written by something that did not redact (an older version, a crash handler)
    with app_log.open("a", encoding="utf-8") as f:
        f.write(f"raw line with access_token={VK_TOKEN}\n")
    target = write_report(tmp_path / "out" / "report.zip", {"Qt": "6.11"})
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert {"report.txt", "environment.json", "settings-outline.json"} <= names
        assert "logs/socialdesk.log" in names
        log_text = archive.read("logs/socialdesk.log").decode("utf-8")
        environment = json.loads(archive.read("environment.json"))
        everything = b"".join(archive.read(n) for n in names)
    assert "x: posted 17" in log_text
    assert "access_token=[redacted]" in log_text
    assert VK_TOKEN.encode() not in everything
    assert environment["Qt"] == "6.11" and environment["SocialDesk"]
    assert not (tmp_path / "out" / "report.zip.part").exists()
