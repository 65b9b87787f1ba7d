"""Render the main window with the sample draft to PNG: light and dark, Russian, Chinese.

    python -m socialdesk.ui.shell.screenshots docs/screenshots

Runs offscreen with a throwaway SOCIALDESK_HOME, so it never touches the user's
settings or autosaves.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1440, 900)
SAMPLE_ACCOUNT = ("Aurora Coffee", "aurora_coffee")


def render(out_dir: Path) -> list[Path]:
    """main-light.png and main-dark.png in English, main-ru.png and main-zh_CN.png."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SOCIALDESK_HOME"] = tempfile.mkdtemp(prefix="socialdesk-screenshots-")
    from PySide6.QtWidgets import QApplication

    from socialdesk.ui.common.i18n import install_translators
    from socialdesk.ui.shell.app import create_application

    app = create_application()
    assert isinstance(app, QApplication)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language, modes in (("en", ("light", "dark")), ("ru", ("light",)), ("zh_CN", ("light",))):
        install_translators(language)  # a window takes its texts when it is built
        window = _sample_window()
        for mode in modes:
            window.set_theme(mode)
            for _ in range(5):
                app.processEvents()
            cursor = window.master_editor.textCursor()
            cursor.setPosition(len("☕ Aurora Coffee is open in Berlin-Mitte!"))
            window.master_editor.setTextCursor(cursor)
            window.master_editor.setFocus()
            app.processEvents()
            name = f"main-{mode}.png" if language == "en" else f"main-{language}.png"
            target = out_dir / name
            if not window.grab().save(str(target)):
                raise SystemExit(f"cannot write {target}")
            written.append(target)
        window.close()
    install_translators("en")
    return written


def _sample_window() -> object:
    from socialdesk.resources import resource_path
    from socialdesk.ui.shell.main_window import ALL_FEATURES, MainWindow

    # everything the app shows but the library dock, which would be empty here
    features = [f for f in ALL_FEATURES if f != "library"]
    window = MainWindow(autosave_seconds=3600, features=features)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    if not window.open_draft(resource_path("samples", "aurora-launch.sdraft")):
        raise SystemExit("cannot open the sample draft")
    for card in window.cards.values():
        card.set_account(*SAMPLE_ACCOUNT)
    window.select_platform("twitter")
    window.statusBar().clearMessage()
    window.resize(*SIZE)
    window.show()
    return window


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path("docs/screenshots")
    for path in render(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
