"""Attaching, ordering and fitting a draft's pictures from the window: what the Images
panel, drops, pastes and each card's "Make it fit" do (`install_media` in
`ui/media/install.py` wires them into the window).
Every change goes through `window.document`; files the draft cannot use are refused
with their reason. Fitted copies are made off the GUI thread; originals are never
changed. The media modules load with the first picture, not with the window.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtGui import QGuiApplication

from socialdesk import paths
from socialdesk.draft import Draft, MediaItem
from socialdesk.media.strip_setting import SETTINGS_SECTION, STRIP_KEY, strip_enabled
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.ui.common.background_task import BackgroundTask
from socialdesk.ui.common.i18n import english_plural
from socialdesk.ui.media.panel import MediaPanel, dropped_images

if TYPE_CHECKING:
    from socialdesk.media.rules import MediaRules

IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)"


class MediaController(QObject):
    """What the Images panel, drops, pastes and the cards' fix buttons do to the draft."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.panel = MediaPanel()
        self.tasks: list[BackgroundTask] = []
        panel = self.panel
        panel.add_requested.connect(self.choose_files)
        panel.files_dropped.connect(self.attach_files)
        panel.image_pasted.connect(self.paste)
        panel.image_dropped.connect(self.attach_image)
        panel.alt_edited.connect(self.set_alt)
        panel.platform_toggled.connect(self.set_platform)
        panel.thread_part_changed.connect(self.set_thread_part)
        panel.move_requested.connect(self.move)
        panel.remove_requested.connect(self.remove)
        panel.strip_toggled.connect(self.set_strip)
        panel.set_strip(strip_enabled(window.app_settings))
        for signal in (
            self.document.media_changed,
            self.document.draft_replaced,
            self.document.path_changed,
        ):
            signal.connect(self.refresh)
        for card in window.cards.values():
            card.fix_requested.connect(self.fit_for)
        self.refresh()

    @property
    def draft(self) -> Draft:
        return self.document.draft

    def refresh(self) -> None:
        base = self.document.path.parent if self.document.path is not None else None
        self.panel.show_media(self.draft.media, base)

    # -- dialog seams (tests replace these) ---------------------------------------------------
    def ask_image_paths(self) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog  # its class is made when first read: here

        start = str(self.document.path.parent) if self.document.path else str(Path.home())
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Attach images"),
            start,
            self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)"),
        )
        return [Path(name) for name in names]

    def tell(self, title: str, text: str) -> None:
        self.window.show_error(title, text)

    # -- attaching ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        chosen = self.ask_image_paths()
        if chosen:
            self.attach_files(chosen)

    def attach_files(self, files: Sequence[Path]) -> list[Path]:
        """Attach every usable picture; say which were refused and why. The attached ones."""
        from socialdesk.media.locate import media_path_for_save, resolve_media
        from socialdesk.media.probe import MediaError, probe_image

        attached: list[Path] = []
        refused: list[str] = []
        present = {resolve_media(self.document.path, item) for item in self.draft.media}
        new_items: list[MediaItem] = []
        for path in files:
            path = path.absolute()
            if path in present:
                refused.append(self.tr("{name}: already attached").format(name=path.name))
                continue
            try:
                probe_image(path)
            except MediaError as exc:
                refused.append(str(exc))
                continue
            present.add(path)
            attached.append(path)
            new_items.append(MediaItem(media_path_for_save(self.document.path, path)))
        if new_items:
            self.document.edit(
                lambda d: d.media.extend(new_items), media=True, name=self.tr("Add images")
            )
            count = len(new_items)
            self.window.statusBar().showMessage(
                english_plural(self.tr("Attached %n image(s)", "", count), count), 5000
            )
        if refused:
            self.tell(
                self.tr("Some files were not attached"),
                self.tr("SocialDesk attaches JPEG, PNG, GIF and WebP pictures.")
                + "\n\n"
                + "\n".join(refused),
            )
        return attached

    def paste(self) -> bool:
        """Attach the picture (or picture files) on the clipboard; False if there is none."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return False
        files = dropped_images(mime)
        if files:
            self.attach_files(files)
            return True
        if mime.hasImage():
            from PySide6.QtGui import QImage  # its class is made when first read: here

            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.attach_image(image)
                return True
        return False

    def attach_image(self, image: object) -> Path | None:
        """Save a pasted or dragged-in picture as a PNG beside the draft, then attach it."""
        from PySide6.QtGui import QImage

        if not isinstance(image, QImage) or image.isNull():
            return None
        folder = self.paste_folder()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = folder / f"pasted-{stamp}.png"
        n = 2
        while target.exists():
            target = folder / f"pasted-{stamp}-{n}.png"
            n += 1
        if not image.save(str(target), "PNG"):
            self.tell(
                self.tr("The picture was not attached"),
                self.tr("Could not save it to {target}.").format(target=target),
            )
            return None
        self.attach_files([target])
        return target

    def paste_folder(self) -> Path:
        """Pasted pictures live beside a saved draft (so they travel with it)."""
        if self.document.path is not None:
            return self.document.path.parent / f"{self.document.path.stem} images"
        return paths.data_dir() / "pasted images"

    # -- arranging ----------------------------------------------------------------------------
    def set_alt(self, index: int, text: str) -> None:
        if 0 <= index < len(self.draft.media) and self.draft.media[index].alt != text:
            self.document.edit(
                lambda d: setattr(d.media[index], "alt", text),
                media=True,
                name=self.tr("Edit alt text"),
                merge_key=f"alt:{index}",
            )

    def set_thread_part(self, index: int, part: int) -> None:
        """The X thread post (1-based) picture `index` goes on."""
        if 0 <= index < len(self.draft.media) and self.draft.media[index].thread_part != part:
            self.document.edit(lambda d: setattr(d.media[index], "thread_part", part), media=True)

    def set_platform(self, index: int, pid: str, on: bool) -> None:
        if not 0 <= index < len(self.draft.media):
            return
        item = self.draft.media[index]
        if item.goes_to(pid) == on:
            return
        excluded = [p for p in item.excluded if p != pid] if on else [*item.excluded, pid]
        ordered = [p for p in PLATFORM_IDS if p in excluded]
        self.document.edit(
            lambda d: setattr(d.media[index], "excluded", ordered),
            media=True,
            name=self.tr("Choose platforms for an image"),
        )

    def move(self, index: int, delta: int) -> None:
        target = index + delta
        if not (0 <= index < len(self.draft.media) and 0 <= target < len(self.draft.media)):
            return

        def swap(draft: Draft) -> None:
            media = draft.media
            media[index], media[target] = media[target], media[index]

        self.document.edit(swap, media=True, name=self.tr("Move image"))

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.draft.media):
            self.document.remove_media(index)

    def set_strip(self, on: bool) -> None:
        settings = self.window.app_settings
        settings.set(SETTINGS_SECTION, STRIP_KEY, on)
        try:
            settings.save()
        except Exception as exc:  # the setting still holds for this session
            self.tell(self.tr("The setting was not saved"), str(exc))

    # -- fitting ------------------------------------------------------------------------------
    def fit_for(self, pid: str) -> BackgroundTask | None:
        """Make fitting copies of `pid`'s images that are too large or in a refused format.

        A copy must suit every enabled platform the picture goes to, so one copy serves
        them all. Runs off the GUI thread; the draft then points at the copies."""
        from socialdesk.media.check import chosen_for, inspect, media_problems, rules_for
        from socialdesk.media.fit import fit_copy
        from socialdesk.media.probe import MediaError

        draft_path = self.document.path
        jobs: list[tuple[int, Path, list[MediaRules]]] = []
        fixable = {
            p.number for p in media_problems(self.draft, draft_path, pid) if p.fixable and p.number
        }
        for found in chosen_for(self.draft, draft_path, pid):
            if found.number not in fixable or inspect(found).info is None:
                continue
            targets = [q for q in self.draft.enabled_platforms() if found.item.goes_to(q)]
            rules = [rules_for(self.draft, q) for q in targets or [pid]]
            jobs.append((found.number - 1, found.path, rules))
        if not jobs:
            return None
        self.window.statusBar().showMessage(
            self.tr("Making copies that fit {name}…").format(name=get_platform(pid).name)
        )

        def work(report: object) -> list[tuple[int, Path, Path | str]]:
            done: list[tuple[int, Path, Path | str]] = []
            for index, source, rules in jobs:
                try:
                    done.append((index, source, fit_copy(source, rules)))
                except (MediaError, OSError, ValueError) as exc:
                    done.append((index, source, str(exc)))
            return done

        task = BackgroundTask(work)
        task.signals.finished.connect(lambda result: self._fitted(result, task))
        self.tasks.append(task)
        QThreadPool.globalInstance().start(task)
        return task

    def _fitted(self, result: object, task: BackgroundTask) -> None:
        from socialdesk.media.locate import media_path_for_save, resolve_media

        if task in self.tasks:
            self.tasks.remove(task)
        if isinstance(result, Exception):
            self.tell(self.tr("No copy was made"), str(result))
            return
        assert isinstance(result, list)
        made, failed = [], []
        replacements: dict[int, str] = {}
        for index, source, outcome in result:
            if isinstance(outcome, str):
                failed.append(f"{source.name}: {outcome}")
                continue
            # only if the draft still has that picture in that place
            media = self.draft.media
            if index < len(media) and resolve_media(self.document.path, media[index]) == source:
                replacements[index] = media_path_for_save(self.document.path, outcome)
                made.append(outcome.name)
        if replacements:

            def point_at_copies(draft: Draft) -> None:
                for index, stored in replacements.items():
                    draft.media[index].path = stored

            self.document.edit(point_at_copies, media=True, name=self.tr("Fit images"))
            self.window.statusBar().showMessage(
                self.tr("Made {join} (the originals are unchanged)").format(join=", ".join(made)),
                8000,
            )
        if failed:
            self.tell(self.tr("Some images could not be made to fit"), "\n".join(failed))

    def wait(self) -> None:
        QThreadPool.globalInstance().waitForDone(10_000)
