"""The packaged app: build.spec is built once per test run (PyInstaller, one folder,
~20 s) and the built executable is started offscreen as a user would start it, far
enough to paint the main window with the sample draft, then it exits by itself."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from socialdesk.draft import Draft
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.ui.common.i18n import ensure_compiled
from socialdesk.ui.shell.smoke import REPORT_PREFIX, SMOKE_ENV

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "samples" / "aurora-launch.sdraft"
MAX_DIST_MB = 200  # measured 196 MB on Linux x86-64 with the exclusions, 238 MB without


@pytest.fixture(scope="module")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.fail("pyinstaller is not installed: pip install -e '.[dev]'")
    for language in ("ru", "zh_CN"):
        assert ensure_compiled(language) is not None, f"cannot compile the {language} translation"
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(REPO / "build.spec"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    executable = out / "dist" / "SocialDesk" / "SocialDesk"
    assert executable.exists()
    return executable


def app_env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "SOCIALDESK_", "VIRTUAL_ENV"))
    }
    env.update(QT_QPA_PLATFORM="offscreen", SOCIALDESK_HOME=str(home), **extra)
    return env


def smoke_report(output: str) -> dict[str, object]:
    lines = [line for line in output.splitlines() if line.startswith(REPORT_PREFIX)]
    assert lines, f"the app printed no smoke report:\n{output}"
    report: dict[str, object] = json.loads(lines[-1][len(REPORT_PREFIX) :])
    return report


def run_smoke(executable: Path, home: Path, **extra: str) -> dict[str, object]:
    result = subprocess.run(
        [str(executable)],
        env=app_env(home, **{SMOKE_ENV: "1", **extra}),
        cwd=home,  # not the repository: the app must find everything inside itself
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return smoke_report(result.stdout)


def test_the_built_app_opens_the_sample_draft_and_exits_cleanly(
    built_app: Path, tmp_path: Path
) -> None:
    report = run_smoke(built_app, tmp_path)
    assert report["frozen"] is True
    sample = Draft.load(SAMPLE)
    assert report["title"] == f"{sample.title} — SocialDesk"
    cards = report["cards"]
    assert isinstance(cards, dict)
    for pid in PLATFORM_IDS:
        expected = get_platform(pid).check(sample.text_for(pid), sample.limit_for(pid))
        assert cards[pid] == {"count": expected.count, "limit": expected.limit, "visible": True}
    # the first run left the settings behind, like a person's first start would
    assert (tmp_path / "config" / "window.ini").exists()


def test_the_built_app_carries_keyring_backends_translator_templates_and_languages(
    built_app: Path, tmp_path: Path
) -> None:
    bundle = run_smoke(built_app, tmp_path)["bundle"]
    assert isinstance(bundle, dict)
    assert {"SecretService", "libsecret", "KWallet", "Windows", "macOS"} <= set(
        bundle["keyring_backends"]
    )
    assert {"GoogleTranslator", "LibreTranslator", "MyMemoryTranslator"} <= set(
        bundle["deep_translator"]
    )
    builtin = list((REPO / "resources" / "templates").glob("*.sdtemplate"))
    assert bundle["templates"] == len(builtin)
    assert bundle["template_problems"] == []
    assert bundle["translations"] == ["ru", "zh_CN"]
    from socialdesk.about import bundled_libraries

    assert bundle["licences"] == len(bundled_libraries())  # every licence in About


def test_the_built_app_speaks_russian_and_chinese(built_app: Path, tmp_path: Path) -> None:
    (tmp_path / "ru").mkdir()
    (tmp_path / "zh").mkdir()
    russian = run_smoke(built_app, tmp_path / "ru", SOCIALDESK_LANGUAGE="ru")
    chinese = run_smoke(built_app, tmp_path / "zh", SOCIALDESK_LANGUAGE="zh_CN")
    assert russian["bundle"]["language"] == "ru"  # type: ignore[index]
    assert chinese["bundle"]["language"] == "zh_CN"  # type: ignore[index]
    assert russian["menus"][0] == "&Файл"  # type: ignore[index]
    assert chinese["menus"][0] == "文件(&F)"  # type: ignore[index]


def test_the_built_app_keeps_secrets_in_the_real_secret_service(
    built_app: Path, tmp_path: Path
) -> None:
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run this: {', '.join(missing)} missing")
        pytest.skip(f"{', '.join(missing)} not installed")
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True, mode=0o700)
    env = {
        k: v
        for k, v in app_env(home, **{SMOKE_ENV: "keyring"}).items()
        if not k.startswith(("XDG_", "DBUS_"))
    }
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(home / "run"))
    shell = 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0"'
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell, str(built_app)],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    keyring_report = smoke_report(result.stdout)["keyring"]
    assert keyring_report == {
        "backend": "keyring.backends.SecretService.Keyring",
        "read_back": True,
        "deleted": True,
    }


def test_the_build_leaves_out_what_the_app_does_not_use(built_app: Path) -> None:
    folder = built_app.parent
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    assert size_mb < MAX_DIST_MB, f"dist is {size_mb:.0f} MB"
    names = {p.name for p in files}
    for unused in ("libQt6Network.so.6", "libQt6Qml.so.6", "libgtk-3.so.0", "QtNetwork.abi3.so"):
        assert unused not in names
    assert (folder / "_internal" / "resources" / "samples" / "aurora-launch.sdraft").exists()
    assert (folder / "_internal" / "docs" / "user-guide.md").exists()
