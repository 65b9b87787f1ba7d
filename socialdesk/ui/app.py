"""Starting the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run_app(argv: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle("SocialDesk")
    window.setCentralWidget(QPlainTextEdit())
    window.resize(1200, 800)
    window.show()
    return int(app.exec())
