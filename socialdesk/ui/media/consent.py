"""Asking before a draft's pictures from outside its own folder leave the computer.

A draft from someone else may name any picture on this disk (core
`socialdesk.media.consent`). Export and Publish call `ask_outside_consent` first: it
lists every such picture by its real path and sends nothing unless the writer agrees.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from socialdesk.media.consent import OutsideImage
from socialdesk.ui.common.i18n import translate


def outside_list(images: list[OutsideImage]) -> str:
    """One line per picture: 'image 2 (cup.jpg): /home/me/Pictures/cup.jpg'."""
    lines = []
    for image in images:
        lines.append(
            translate("OutsideImages", "Image {number}: {path}").format(
                number=image.found.number, path=image.real_path
            )
        )
    return "\n".join(lines)


def ask_outside_consent(parent: QWidget | None, images: list[OutsideImage], action: str) -> bool:
    """Whether the writer agrees to `action` ("export", "upload") these pictures."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("OutsideImages", "Pictures from outside the draft's folder"))
    if action == "upload":
        question = translate(
            "OutsideImages",
            "This draft attaches pictures that are not in its own folder. Upload them only if "
            "you trust where the draft came from:",
        )
        agree = translate("OutsideImages", "Upload them")
    else:
        question = translate(
            "OutsideImages",
            "This draft attaches pictures that are not in its own folder. Export them only if "
            "you trust where the draft came from:",
        )
        agree = translate("OutsideImages", "Export them")
    box.setText(question)
    box.setInformativeText(outside_list(images))
    yes = box.addButton(agree, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes
