"""Settings ▸ Scheduling: each market's time zone, how late a missed post may still go
out, and whether the OS sends queued posts with SocialDesk closed."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialdesk.schedule import os_scheduler
from socialdesk.schedule.runner import grace_period
from socialdesk.schedule.zones import DEFAULT_ZONES, market_zones
from socialdesk.settings import Settings
from socialdesk.ui.common.core_texts import language_label


class SchedulingPage(QWidget):
    """A page of the Settings dialog: `store()` writes its values into the settings
    (the dialog saves them), `apply()` then installs or removes the OS scheduler entry."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.background_box = QCheckBox(
            self.tr("Send queued X and Weibo posts even when SocialDesk is closed")
        )
        self.background_box.setChecked(os_scheduler.installed())
        self.background_box.setToolTip(
            self.tr(
                "Adds a small entry to your system's scheduler that runs “socialdesk queue run”"
                " every {minutes} minutes. The computer must be on (or wake) at the time."
            ).format(minutes=os_scheduler.INTERVAL_MINUTES)
        )
        form.addRow(self.background_box)
        self.grace_box = QSpinBox()
        self.grace_box.setRange(0, 7 * 24 * 60)
        self.grace_box.setSingleStep(15)
        self.grace_box.setSuffix(self.tr(" min"))
        self.grace_box.setValue(int(grace_period(settings).total_seconds() // 60))
        self.grace_box.setToolTip(
            self.tr(
                "A post whose time passed while the computer slept still goes out this long"
                " afterwards; later than that it waits for your decision in the Calendar."
            )
        )
        form.addRow(self.tr("Send missed posts up to"), self.grace_box)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Each audience's time zone (by the card's language):")))
        zones = market_zones(settings)
        self.table = QTableWidget(len(DEFAULT_ZONES), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Language"), self.tr("Time zone")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        names = sorted(available_timezones())
        self.zone_boxes: dict[str, QComboBox] = {}
        for row, language in enumerate(DEFAULT_ZONES):
            item = QTableWidgetItem(language_label(language))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            box = QComboBox()
            box.addItem(self.tr("(my time zone)"), "")
            for name in names:
                box.addItem(name, name)
            box.setEditable(True)
            box.setCurrentIndex(max(0, box.findData(zones[language])))
            self.table.setCellWidget(row, 1, box)
            self.zone_boxes[language] = box
        self.table.resizeColumnToContents(0)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def store(self) -> bool:
        """Put the values into the settings; False (with a message) if a zone is unknown."""
        known = available_timezones()
        chosen = {}
        for language, box in self.zone_boxes.items():
            text = box.currentText().strip()
            name = "" if box.currentIndex() == 0 and text == box.itemText(0) else text
            if name and name not in known:
                self.message.setText(
                    self.tr("“{name}” is not a time zone (for {language}).").format(
                        name=name, language=language_label(language)
                    )
                )
                return False
            if name != DEFAULT_ZONES[language]:
                chosen[language] = name
        self.settings.set("schedule", "zones", chosen)
        self.settings.set("schedule", "grace_minutes", self.grace_box.value())
        return True

    def apply(self) -> str:
        """Install or remove the OS entry; a sentence for the status bar if it changed."""
        wanted = self.background_box.isChecked()
        if wanted == os_scheduler.installed():
            return ""
        try:
            if wanted:
                os_scheduler.install()
                return self.tr("Queued posts now go out even when SocialDesk is closed.")
            os_scheduler.remove()
            return self.tr("Queued posts now go out only while SocialDesk is open.")
        except OSError as exc:
            return self.tr("The system scheduler entry could not be changed: {problem}").format(
                problem=exc
            )
