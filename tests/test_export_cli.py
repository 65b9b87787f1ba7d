"""`socialdesk export` run as a real subprocess: every format, and its error messages."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from export_samples import sample_draft

from socialdesk.draft import Draft


def run_cli(*args: str, limit_file_size: int | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the CLI must manage without a display on its own
    env.pop("DISPLAY", None)

    def limit() -> None:
        # simulates a full disk: writes past this size fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        assert limit_file_size is not None
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    return subprocess.run(
        [sys.executable, "-m", "socialdesk", "export", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        preexec_fn=limit if limit_file_size else None,
    )


@pytest.fixture
def draft_and_path(tmp_path: Path) -> tuple[Draft, Path]:
    return sample_draft(tmp_path)


def test_cli_exports_json_and_warns_about_the_missing_image(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    draft, path = draft_and_path
    out = tmp_path / "post.json"
    done = run_cli(str(path), "--format", "json", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"Exported json to {out}" in done.stdout
    assert "warning: image 2 (images/gone.jpg): image file not found" in done.stderr
    texts = {p["platform"]: p["text"] for p in json.loads(out.read_text("utf-8"))["platforms"]}
    assert texts["weibo"] == draft.text_for("weibo")


def test_cli_exports_a_letter_pdf_without_a_display(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    _, path = draft_and_path
    out = tmp_path / "proof.pdf"
    done = run_cli(str(path), "--format", "pdf", "--out", str(out), "--page-size", "Letter")
    assert done.returncode == 0, done.stderr
    page = pypdf.PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


def test_cli_exports_a_text_folder(draft_and_path: tuple[Draft, Path], tmp_path: Path) -> None:
    draft, path = draft_and_path
    out = tmp_path / "texts"
    done = run_cli(str(path), "-f", "txt", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert (out / "vk.txt").read_text("utf-8") == draft.text_for("vk")


def test_cli_bad_draft_is_one_line_and_status_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sdraft"
    bad.write_text('{"format": "something-else"}', encoding="utf-8")
    done = run_cli(str(bad), "--format", "csv", "--out", str(tmp_path / "x.csv"))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "not a SocialDesk draft" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.csv").exists()


def test_cli_unwritable_target_is_one_line_and_status_2(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    _, path = draft_and_path
    done = run_cli(str(path), "--format", "md", "--out", str(tmp_path / "no" / "such" / "p.md"))
    assert done.returncode == 2
    assert done.stderr == f"socialdesk: {tmp_path / 'no' / 'such'}: folder does not exist\n"


def test_cli_full_disk_keeps_the_previous_file(
    draft_and_path: tuple[Draft, Path], tmp_path: Path
) -> None:
    _, path = draft_and_path
    out = tmp_path / "proof.html"
    out.write_text("previous proof", encoding="utf-8")
    done = run_cli(str(path), "--format", "html", "--out", str(out), limit_file_size=2000)
    assert done.returncode == 2
    assert "could not save (File too large); the previous file is unchanged" in done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_text("utf-8") == "previous proof"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".proof")] == []
