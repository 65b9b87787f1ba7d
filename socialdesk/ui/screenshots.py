"""Render the main window with the sample draft to PNG, light and dark.

    python -m socialdesk.ui.screenshots docs/screenshots

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
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SOCIALDESK_HOME"] = tempfile.mkdtemp(prefix="socialdesk-screenshots-")
    from PySide6.QtWidgets import QApplication

    from socialdesk.resources import resource_path
    from socialdesk.ui.app import create_application
    from socialdesk.ui.main_window import MainWindow

    app = create_application()
    assert isinstance(app, QApplication)
    window = MainWindow(autosave_seconds=3600)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    if not window.open_draft(resource_path("samples", "aurora-launch.sdraft")):
        raise SystemExit("cannot open the sample draft")
    for card in window.cards.values():
        card.set_account(*SAMPLE_ACCOUNT)
    window.select_platform("twitter")
    window.statusBar().clearMessage()
    window.resize(*SIZE)
    window.show()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for mode in ("light", "dark"):
        window.set_theme(mode)
        for _ in range(5):
            app.processEvents()
        cursor = window.master_editor.textCursor()
        cursor.setPosition(len("☕ Aurora Coffee is open in Berlin-Mitte!"))
        window.master_editor.setTextCursor(cursor)
        window.master_editor.setFocus()
        app.processEvents()
        target = out_dir / f"main-{mode}.png"
        if not window.grab().save(str(target)):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    window.close()
    return written


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path("docs/screenshots")
    for path in render(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
