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
    return written


def main(argv: list[str]) -> int:
    for path in render(Path(argv[0]) if argv else Path("docs/screenshots")):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
