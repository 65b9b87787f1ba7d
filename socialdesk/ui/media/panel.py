"""The Images panel under the editor: the draft's pictures in order, each with its alt
text, the platforms it goes to, and buttons to move or remove it; pictures are added
with a button, by dropping files or by pasting.

The panel only shows and asks; `media_actions.MediaController` changes the draft.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialdesk.draft import MediaItem
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.ui.common.i18n import translate

THUMB = 64
SHORT_NAMES = {"vk": "VK", "weibo": "Weibo", "twitter": "X", "facebook": "Facebook"}


def square_thumb(path: Path, side: int = THUMB) -> QPixmap | None:
    """A centre-cropped square of the picture, as chooser thumbnails look."""
    from socialdesk.media.layout import crop_box
    from socialdesk.ui.cards.media_grid import thumbnail

    image = thumbnail(path)
    if image is None:
        return None
    x, y, w, h = crop_box(image.width(), image.height(), side, side)
    square = image.copy(int(x), int(y), max(1, int(w)), max(1, int(h)))
    return QPixmap.fromImage(
        square.scaled(
            side,
            side,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    )


def local_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def dropped_images(mime: QMimeData) -> list[Path]:
    """Local picture files among dragged or copied URLs, by their extension."""
    from socialdesk.media.probe import ATTACHABLE_SUFFIXES

    return [p for p in local_files(mime) if p.suffix.lower() in ATTACHABLE_SUFFIXES]


def describe_file(path: Path) -> tuple[str, bool]:
    """'JPEG · 1200×800 · 340 KB · has location data', and whether the file is usable."""
    from socialdesk.media.probe import MediaError, describe_size, probe_cached

    if not path.exists():
        return translate("MediaPanel", "Missing: no file at {path}").format(path=path), False
    try:
        info = probe_cached(path)
    except MediaError as exc:
        return str(exc).removeprefix(f"{path}: ").capitalize(), False
    parts = [info.format_name, f"{info.width}×{info.height}", describe_size(info.bytes)]
    if info.animated:
        parts.append(translate("MediaPanel", "{count} frames").format(count=info.frames))
    if info.has_location:
        parts.append(translate("MediaPanel", "has location data"))
    elif info.has_camera:
        parts.append(translate("MediaPanel", "has camera details"))
    return " · ".join(parts), True


class MediaRow(QFrame):
    """One attached picture."""

    alt_edited = Signal(int, str)
    platform_toggled = Signal(int, str, bool)
    thread_part_changed = Signal(int, int)  # index, the X thread post it goes on (1-based)
    move_requested = Signal(int, int)  # index, -1 up / +1 down
    remove_requested = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.path: Path | None = None
        self.thread_part = 0  # the draft's choice for this picture (0: the first post)
        self.thread_posts = 0  # X's thread posts, 0 when X is one post
        self.setObjectName("MediaRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(8)
        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.thumb, 0, Qt.AlignmentFlag.AlignTop)
        body = QVBoxLayout()
        body.setSpacing(3)
        self.name_label = QLabel()
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        body.addWidget(self.name_label)
        body.addWidget(self.info_label)
        self.alt_edit = QLineEdit()
        self.alt_edit.setPlaceholderText(
            self.tr("Alt text: describe the picture for people who cannot see it")
        )
        self.alt_edit.setAccessibleName(
            self.tr("Alt text of image {value}").format(value=index + 1)
        )
        self.alt_edit.textEdited.connect(lambda text: self.alt_edited.emit(self.index, text))
        body.addWidget(self.alt_edit)
        chips = QHBoxLayout()
        chips.setSpacing(4)
        chips.addWidget(QLabel(self.tr("Goes to:")))
        self.platform_buttons: dict[str, QToolButton] = {}
        for pid in PLATFORM_IDS:
            button = QToolButton()
            button.setText(SHORT_NAMES.get(pid, get_platform(pid).name))
            button.setCheckable(True)
            button.setObjectName("PlatformChip")
            button.setToolTip(
                self.tr("Send this picture to {name}").format(name=get_platform(pid).name)
            )
            button.toggled.connect(
                lambda on, pid=pid: self.platform_toggled.emit(self.index, pid, on)
            )
            chips.addWidget(button)
            self.platform_buttons[pid] = button
        # X as a thread: which post the picture goes on (shown only then). Imported with a
        # picture: PySide makes a class when its name is first read (this one ~2 ms).
        from PySide6.QtWidgets import QSpinBox

        self.thread_spin = QSpinBox()
        self.thread_spin.setPrefix(self.tr("X post "))
        self.thread_spin.setToolTip(self.tr("The post of the X thread this picture goes on"))
        self.thread_spin.setAccessibleName(self.thread_spin.toolTip())
        self.thread_spin.setMinimum(1)
        self.thread_spin.hide()
        self.thread_spin.valueChanged.connect(
            lambda value: self.thread_part_changed.emit(self.index, value)
        )
        chips.addStretch(1)
        self.up_button = self._tool(
            "↑", self.tr("Move earlier"), lambda: self.move_requested.emit(self.index, -1)
        )
        self.down_button = self._tool(
            "↓", self.tr("Move later"), lambda: self.move_requested.emit(self.index, 1)
        )
        self.remove_button = self._tool(
            "✕",
            self.tr("Remove from the draft (the file stays)"),
            lambda: self.remove_requested.emit(self.index),
        )
        for button in (self.up_button, self.down_button, self.remove_button):
            chips.addWidget(button)
        body.addLayout(chips)
        body.addWidget(self.thread_spin, 0, Qt.AlignmentFlag.AlignLeft)  # its own line: room
        outer.addLayout(body, 1)
        # a chosen platform is a filled chip; one left out is an outline, struck through
        self.setStyleSheet(
            "#PlatformChip { border: 1px solid palette(mid); border-radius: 9px;"
            " padding: 1px 8px; text-decoration: line-through; color: palette(mid); }"
            "#PlatformChip:checked { background: #1D9BF0; border-color: #1D9BF0;"
            " color: white; text-decoration: none; }"
        )

    def _tool(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)  # type: ignore[arg-type]
        return button

    def show_item(self, index: int, count: int, item: MediaItem, path: Path) -> None:
        self.index = index
        if self.path != path:
            self.path = path
            pixmap = square_thumb(path)
            if pixmap is None:
                self.thumb.setPixmap(QPixmap())
                self.thumb.setText(self.tr("missing"))
                self.thumb.setStyleSheet("color: #B00020; border: 1px dashed #B00020;")
            else:
                self.thumb.setText("")
                self.thumb.setStyleSheet("")
                self.thumb.setPixmap(pixmap)
        self.name_label.setText(f"{index + 1}. {item.path}")
        info, usable = describe_file(path)
        self.info_label.setText(info)
        self.info_label.setStyleSheet("" if usable else "color: #B00020;")
        if self.alt_edit.text() != item.alt:
            self.alt_edit.setText(item.alt)
        for pid, button in self.platform_buttons.items():
            button.blockSignals(True)
            button.setChecked(item.goes_to(pid))
            button.blockSignals(False)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(index < count - 1)
        self.thread_part = item.thread_part
        self.show_thread_posts(self.thread_posts)

    def show_thread_posts(self, total: int) -> None:
        """X is posted as a thread of `total` posts (0: not a thread)."""
        self.thread_posts = total
        shown = total > 1 and self.platform_buttons["twitter"].isChecked()
        self.thread_spin.setVisible(shown)
        if shown:
            self.thread_spin.blockSignals(True)
            self.thread_spin.setMaximum(total)
            self.thread_spin.setValue(min(max(self.thread_part, 1), total))
            self.thread_spin.blockSignals(False)


class MediaPanel(QWidget):
    """The draft's pictures; drops and pastes of images land here."""

    add_requested = Signal()
    files_dropped = Signal(list)  # list[Path]
    image_pasted = Signal()
    image_dropped = Signal(object)  # QImage dragged from another app (a browser)
    alt_edited = Signal(int, str)
    platform_toggled = Signal(int, str, bool)
    thread_part_changed = Signal(int, int)
    move_requested = Signal(int, int)
    remove_requested = Signal(int)
    strip_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MediaPanel")
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rows: list[MediaRow] = []
        self.thread_posts = 0  # X's thread posts, 0 when X is one post
        self._drop_hover = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 6, 12, 6)
        outer.setSpacing(6)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Images"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title)
        head.addStretch(1)
        self.strip_box = QCheckBox(self.tr("Strip location and camera data"))
        self.strip_box.setToolTip(
            self.tr(
                "When on, the GPS position, camera make and model, XMP and comments are taken "
                "out of every image SocialDesk uploads or exports. Your files are not changed."
            )
        )
        self.strip_box.toggled.connect(self.strip_toggled)
        self.add_button = QPushButton(self.tr("Add images…"))
        self.add_button.setToolTip(self.tr("Attach JPEG, PNG, GIF or WebP pictures (Ctrl+Shift+I)"))
        self.add_button.clicked.connect(self.add_requested)
        head.addWidget(self.add_button)
        outer.addLayout(head)
        # on a line of its own: beside the button it set the editor's minimum width
        # (580 px in Russian), squeezing the preview cards on a 1280-pixel screen
        outer.addWidget(self.strip_box)
        self.list_host = QWidget()
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(4)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list_host)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.scroll.setMinimumHeight(THUMB + 48)  # one whole row stays in view
        outer.addWidget(self.scroll, 1)
        self.hint = QLabel(
            self.tr("Drop pictures here, or paste one (Ctrl+V). JPEG, PNG, GIF or WebP.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        outer.addWidget(self.hint)

    # -- showing ----------------------------------------------------------------------------
    def show_media(self, media: list[MediaItem], base: Path | None) -> None:
        """Bring the rows in line with the draft, keeping focus in a row being edited."""
        while len(self.rows) > len(media):
            row = self.rows.pop()
            self.list_layout.removeWidget(row)
            row.deleteLater()
        while len(self.rows) < len(media):
            row = MediaRow(len(self.rows))
            row.alt_edited.connect(self.alt_edited)
            row.platform_toggled.connect(self.platform_toggled)
            row.thread_part_changed.connect(self.thread_part_changed)
            row.thread_posts = self.thread_posts
            row.move_requested.connect(self.move_requested)
            row.remove_requested.connect(self.remove_requested)
            self.list_layout.insertWidget(self.list_layout.count() - 1, row)
            self.rows.append(row)
        if media:  # the media modules load with the first picture
            from socialdesk.media.locate import resolve_in_folder

            for index, (row, item) in enumerate(zip(self.rows, media, strict=True)):
                row.show_item(index, len(media), item, resolve_in_folder(base, item.path))
        self.title.setText(
            self.tr("Images ({len})").format(len=len(media)) if media else self.tr("Images")
        )

    def set_thread_posts(self, total: int) -> None:
        """X is posted as a thread of `total` posts: each picture says which it goes on."""
        if total != self.thread_posts:
            self.thread_posts = total
            for row in self.rows:
                row.show_thread_posts(total)

    def set_strip(self, on: bool) -> None:
        self.strip_box.blockSignals(True)
        self.strip_box.setChecked(on)
        self.strip_box.blockSignals(False)

    # -- drops and pastes -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # any file: what cannot be attached is refused with a reason, not ignored
        if local_files(event.mimeData()) or event.mimeData().hasImage():
            event.acceptProposedAction()
            self._drop_hover = True
            self.update()

    def dragLeaveEvent(self, event: object) -> None:
        self._drop_hover = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_hover = False
        self.update()
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        elif event.mimeData().hasImage():
            event.acceptProposedAction()
            self.image_dropped.emit(event.mimeData().imageData())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.image_pasted.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        if self._drop_hover:
            painter = QPainter(self)
            painter.setPen(QColor("#1D9BF0"))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
            painter.end()
