"""Render the Connect dialogs to PNG for the user guide (1280×720):

    python -m socialdesk.ui.publishing.screenshots docs/screenshots

Offscreen, with a throwaway SOCIALDESK_HOME and an in-memory keyring: no real account,
no network. The dialogs show their first step, filled as a writer would fill them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1280, 720)
SHOTS = (
    ("twitter", "x_oauth2", "en"),
    ("vk", "vk_implicit", "en"),
    ("facebook", "facebook_login", "en"),
    ("weibo", "weibo_oauth2", "en"),
    ("twitter", "x_oauth2", "ru"),
    ("weibo", "weibo_oauth2", "zh_CN"),
)
SAMPLE = {
    "twitter": ("Aurora Coffee", "eF9xQ2xpZW50LWlkLWxvb3BiYWNr", ""),
    "vk": ("Aurora Coffee VK", "51234567", "vk.com/club218374"),
    "facebook": ("", "1234567890123456", ""),
    "weibo": ("极光咖啡", "3265812345", "https://auroracoffee.de"),
}


def render(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SOCIALDESK_HOME"] = tempfile.mkdtemp(prefix="socialdesk-screenshots-")
    from PySide6.QtWidgets import QApplication

    from socialdesk.accounts import AccountStore
    from socialdesk.settings import Settings
    from socialdesk.ui.common.i18n import install_translators
    from socialdesk.ui.publishing.connect_dialog import ConnectDialog
    from socialdesk.ui.shell.app import create_application

    app = create_application()
    assert isinstance(app, QApplication)
    out_dir.mkdir(parents=True, exist_ok=True)
    store = AccountStore(Settings.load())
    written = []
    for pid, way, language in SHOTS:
        install_translators(language)
        dialog = ConnectDialog(pid, store)
        dialog.way_combo.setCurrentIndex(dialog.way_combo.findData(way))
        label, client, target = SAMPLE[pid]
        dialog.label_input.setText(label)
        dialog.client_input.setText(client)
        dialog.target_input.setText(target)
        if dialog.way.needs_secret:
            dialog.secret_input.setText("••••••••••••")
        if not dialog.way.loopback:  # as after pressing Sign in: the paste field is live
            dialog.paste_input.setEnabled(True)
            dialog.finish_button.setEnabled(True)
        dialog.resize(*SIZE)
        dialog.show()
        for _ in range(5):
            app.processEvents()
        suffix = "" if language == "en" else f"-{language}"
        target_path = out_dir / f"connect-{pid}{suffix}.png"
        if not dialog.grab().save(str(target_path)):
            raise SystemExit(f"cannot write {target_path}")
        written.append(target_path)
        dialog.close()
    install_translators("en")
    written.append(_accounts_shot(app, store, out_dir))
    return written


def _accounts_shot(app: object, store: object, out_dir: Path) -> Path:
    """The Accounts dialog with a signed-in X account (tokens in a throwaway in-memory
    keyring) and a VK account that needs signing in again."""
    import time

    import keyring
    import keyring.backend

    from socialdesk.accounts import Account, AccountStore
    from socialdesk.signin.oauth import TokenSet
    from socialdesk.ui.publishing.accounts_dialog import AccountsDialog

    class Throwaway(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.kept: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop((service, username), None)

    keyring.set_keyring(Throwaway())
    assert isinstance(store, AccountStore)
    x = Account(
        "twitter",
        "Aurora Coffee",
        signin="x_oauth2",
        client_id="eF9xQ2xpZW50LWlkLWxvb3BiYWNr",
        verified_name="Aurora Coffee",
        handle="@aurora_coffee",
    )
    store.connect(x, TokenSet("sample-access", "sample-refresh", time.time() + 5400))
    vk = Account(
        "vk", "Aurora Coffee VK", {"group_id": "218374"}, signin="vk_id", client_id="51234567"
    )
    store.connect(vk, TokenSet("sample-vk", "", time.time() - 60))
    vk.verified_name, vk.needs_sign_in = "Aurora Coffee VK", True
    store.update(vk)
    dialog = AccountsDialog(store)
    dialog.resize(*SIZE)
    dialog.show()
    for row in range(dialog.account_list.count()):
        if "X ·" in dialog.account_list.item(row).text():
            dialog.account_list.setCurrentRow(row)
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]
    target = out_dir / "accounts-state.png"
    if not dialog.grab().save(str(target)):
        raise SystemExit(f"cannot write {target}")
    dialog.close()
    return target


def main(argv: list[str]) -> int:
    for path in render(Path(argv[0]) if argv else Path("docs/screenshots")):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
