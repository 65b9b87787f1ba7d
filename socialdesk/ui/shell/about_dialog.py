"""Help ▸ About SocialDesk: the version, what the app does, and every library it ships
with its version and licence (from the installed packages' metadata)."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialdesk import __version__
from socialdesk.about import Library, bundled_libraries
from socialdesk.ui.shell.app_icon import app_icon


def runtime_libraries() -> list[Library]:
    """Python and Qt themselves, then the packaged libraries."""
    return [
        Library("Python", platform.python_version(), "PSF-2.0", "https://www.python.org"),
        Library("Qt", qVersion(), "LGPL-3.0-only", "https://www.qt.io"),
        *bundled_libraries(),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About SocialDesk"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        self.title = QLabel(self.tr("<h2>SocialDesk {version}</h2>").format(version=__version__))
        text.addWidget(self.title)
        blurb = QLabel(
            self.tr(
                "Write one post; see it live on VK, Weibo, X and Facebook, counted by each "
                "platform's rules, translated for each audience, and publish it everywhere "
                "in one click."
            )
        )
        blurb.setWordWrap(True)
        text.addWidget(blurb)
        licence = QLabel(self.tr("SocialDesk is free software under the MIT licence."))
        licence.setWordWrap(True)
        text.addWidget(licence)
        header.addLayout(text, 1)
        layout.addLayout(header)

        layout.addWidget(QLabel(self.tr("Libraries in this app:")))
        self.libraries = runtime_libraries()
        self.table = QTableWidget(len(self.libraries), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, lib in enumerate(self.libraries):
            for column, value in enumerate((lib.name, lib.version, lib.licence)):
                item = QTableWidgetItem(value)
                if lib.homepage:
                    item.setToolTip(lib.homepage)
                self.table.setItem(row, column, item)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def licence_of(self, name: str) -> str | None:
        for lib in self.libraries:
            if lib.name.lower() == name.lower():
                return lib.licence
        return None
