"""PDF proofs through Qt: QTextDocument lays out the printable proof, QPdfWriter prints it.

Qt finds the system's CJK and emoji fonts, which pure-Python PDF writers do not. This is
the renderer `socialdesk.export.export_draft` takes for "pdf"; from the command line it
runs on an offscreen QGuiApplication.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from socialdesk.export.print_proof import PrintProof

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15.0
RESOLUTION_DPI = 300

_app: QGuiApplication | None = None  # kept alive for the process when we had to create it


def ensure_gui_application() -> None:
    """Text layout needs a Gui application; the CLI has none, so make an offscreen one."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["socialdesk"])


def render_pdf(proof: PrintProof, page_size: str) -> bytes:
    ensure_gui_application()
    document = QTextDocument()
    document.setDocumentMargin(0)
    for name, data in proof.images.items():
        image = QImage.fromData(data)
        if not image.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(proof.html)

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(proof.title)
    writer.setCreator("SocialDesk")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
