"""Secrets through the real Secret Service (gnome-keyring in a private D-Bus session).

Each test runs a child Python with a fresh HOME: the in-memory test keyring cannot
reach it, so the child uses whatever backend keyring really finds on the system.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import json, sys
    import keyring
    from socialdesk import credentials
    from socialdesk.accounts import Account, AccountStore

    secret = sys.argv[1]
    backend = credentials.secure_backend()
    report = {"backend": credentials.backend_label(backend)}

    credentials.set_secret("probe", "token", secret)
    report["read"] = credentials.get_secret("probe", "token")
    report["via_keyring"] = keyring.get_password("socialdesk", "probe/token")
    credentials.delete_secret("probe", "token")
    report["after_delete"] = credentials.get_secret("probe", "token")

    store = AccountStore()
    account = Account("facebook", "Aurora Page", {"page_id": "104857600123"})
    store.save(account, {"page_token": secret + "-page"})
    report["account_secret"] = AccountStore().secrets(AccountStore().get(account.id))
    store.delete(account.id)
    report["account_secret_after_delete"] = credentials.get_secret(account.id, "page_token")
    print(json.dumps(report))
    """
)

NO_KEYRING_CHILD = textwrap.dedent(
    """
    import json
    from socialdesk import credentials
    from socialdesk.accounts import Account, AccountStore

    report = {"backend": credentials.backend_label(credentials.keyring.get_keyring())}
    try:
        AccountStore().save(Account("vk", "VK", {"group_id": "5"}), {"access_token": "tok-77"})
    except credentials.NoSecureKeyringError as exc:
        report["error"] = str(exc)
    print(json.dumps(report))
    """
)


def child_env(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "DBUS_", "PYTHON_KEYRING", "GNOME_KEYRING"))
    }
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        SOCIALDESK_HOME=str(home / "socialdesk"),
        PYTHONPATH=str(REPO),
    )
    return env


def require_tools() -> None:
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed (Debian: dbus, gnome-keyring)"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the Secret Service test: {message}")
    pytest.skip(message)


def last_json_line(output: str) -> dict[str, object]:
    lines = [line for line in output.splitlines() if line.startswith("{")]
    assert lines, f"the child printed no report:\n{output}"
    report: dict[str, object] = json.loads(lines[-1])
    return report


def test_secrets_round_trip_through_the_real_secret_service(tmp_path: Path) -> None:
    require_tools()
    home = tmp_path / "home"
    home.mkdir()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    secret = "sd-integration-" + os.urandom(6).hex()
    shell = (
        "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        'exec "$0" "$1" "$2"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell, sys.executable, str(script), secret],
        env=child_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = last_json_line(result.stdout)
    assert report["backend"] == "keyring.backends.SecretService.Keyring"
    assert report["read"] == secret
    assert report["via_keyring"] == secret
    assert report["after_delete"] is None
    assert report["account_secret"] == {"page_token": secret + "-page"}
    assert report["account_secret_after_delete"] is None

    # gnome-keyring encrypts its file: the secret is nowhere in plain text
    for path in home.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_without_a_keyring_service_nothing_is_stored_and_the_user_is_told(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = child_env(home)
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'no-bus'}"
    result = subprocess.run(
        [sys.executable, "-c", NO_KEYRING_CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = last_json_line(result.stdout)
    assert report["error"] == (
        "Your system offers no secure password store (no keyring service was found). "
        "SocialDesk stores no secrets until one is available."
    )
    written = [p for p in home.rglob("*") if p.is_file()]
    assert all(b"tok-77" not in p.read_bytes() for p in written)
    assert not (home / "socialdesk" / "config" / "settings.json").exists()
