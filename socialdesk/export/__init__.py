"""Export a draft's final texts to files: plain text, zip, Markdown, HTML and PDF proofs,
CSV for bulk schedulers and JSON for scripts.

The text of each platform is exactly what Publish sends (`Draft.text_for`), counted by
the platform's own rules. Accounts appear by id only; no secret is ever read here.
PDF needs a renderer from the UI layer (`socialdesk.ui.export.pdf_proof.render_pdf`): the core
stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from socialdesk.draft import Draft
from socialdesk.export import text_formats
from socialdesk.export.final import FinalText, final_texts
from socialdesk.export.html_proof import build_html_proof
from socialdesk.export.media import MediaFile, collect_media, media_notes
from socialdesk.export.output import ExportError, ensure_folder, write_file
from socialdesk.export.print_proof import PrintProof, build_print_proof
from socialdesk.export.text_formats import (
    CSV_MODES,
    build_csv,
    build_json,
    build_markdown,
    build_zip,
    plain_files,
)
from socialdesk.media.consent import OutsideImage, consent_question, outside_images
from socialdesk.media.strip_setting import strip_enabled

FORMATS: dict[str, str] = {
    "txt": "Plain text (a folder with one .txt per platform)",
    "zip": "Plain text in a .zip",
    "md": "Markdown document",
    "html": "HTML proof (opens in any browser)",
    "pdf": "PDF proof (printable)",
    "csv": "CSV for bulk schedulers",
    "json": "JSON for scripts",
}
SUFFIXES: dict[str, str] = {
    "txt": "",
    "zip": ".zip",
    "md": ".md",
    "html": ".html",
    "pdf": ".pdf",
    "csv": ".csv",
    "json": ".json",
}
PAGE_SIZES = ("A4", "Letter")

# (printable proof, page size "A4" or "Letter") -> PDF bytes
PdfRenderer = Callable[[PrintProof, str], bytes]


class OutsideImagesRefused(ExportError):
    """The draft attaches images from outside its folder and they were not allowed."""

    def __init__(self, message: str, images: list[OutsideImage]) -> None:
        super().__init__(message)
        self.images = images


@dataclass
class ExportResult:
    path: Path
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(
        default_factory=list
    )  # things the user should know, e.g. missing images


def export_draft(
    draft: Draft,
    fmt: str,
    out: str | Path,
    *,
    draft_path: str | Path | None = None,
    page_size: str = "A4",
    pdf_renderer: PdfRenderer | None = None,
    strip_metadata: bool | None = None,
    allow_outside_images: bool = True,
    csv_mode: str = "spreadsheet",
    reader_language: str | None = None,
) -> ExportResult:
    """Write `draft` as `fmt` to `out` (a folder for "txt", else a file).

    Images lose their location and camera metadata unless `strip_metadata` is False
    (None: as the settings say, on by default). With `allow_outside_images` False, a
    draft attaching images from outside its folder is refused, naming them (see
    socialdesk.media.consent): nothing is read or written. `csv_mode` "spreadsheet"
    neutralises formulas in CSV cells, "exact" writes the texts as they are. Proofs write
    dates for a reader of `reader_language` (None: the interface language)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if csv_mode not in CSV_MODES:
        raise ExportError(f"unknown CSV mode {csv_mode!r}; choose one of {', '.join(CSV_MODES)}")
    if page_size not in PAGE_SIZES:
        raise ExportError(f"unknown page size {page_size!r}; choose A4 or Letter")
    finals = final_texts(draft)
    if not finals:
        raise ExportError("no platform is enabled in this draft; there is nothing to export")
    source = Path(draft_path) if draft_path is not None else None
    if not allow_outside_images:
        outside = outside_images(draft, source)
        if outside:
            raise OutsideImagesRefused(consent_question(outside), outside)
    out_path = Path(out)
    strip = strip_enabled() if strip_metadata is None else strip_metadata
    media = collect_media(draft, source, strip)
    result = ExportResult(out_path, notes=media_notes(media))
    if fmt == "txt":
        ensure_folder(out_path)
        for name, data in plain_files(finals, media).items():
            target = out_path / name
            if target.parent != out_path:
                ensure_folder(target.parent)
            write_file(target, data)
            result.written.append(target)
        return result
    language = reader_language or text_formats.reader_language()
    data = render(
        draft.title,
        fmt,
        finals,
        media,
        page_size,
        pdf_renderer,
        csv_mode=csv_mode,
        language=language,
    )
    write_file(out_path, data)
    result.written.append(out_path)
    return result


def render(
    title: str,
    fmt: str,
    finals: list[FinalText],
    media: list[MediaFile],
    page_size: str,
    pdf_renderer: PdfRenderer | None,
    *,
    csv_mode: str = "spreadsheet",
    language: str = "en",
) -> bytes:
    if fmt == "zip":
        return build_zip(plain_files(finals, media))
    if fmt == "md":
        return build_markdown(title, finals, media).encode("utf-8")
    if fmt == "html":
        return build_html_proof(title, finals, media, language).encode("utf-8")
    if fmt == "csv":
        return build_csv(finals, csv_mode)
    if fmt == "json":
        return build_json(title, finals, media).encode("utf-8")
    assert fmt == "pdf"
    if pdf_renderer is None:
        raise ExportError("PDF export needs the Qt renderer (socialdesk.ui.export.pdf_proof)")
    return pdf_renderer(build_print_proof(title, finals, media, language), page_size)


__all__ = [
    "CSV_MODES",
    "FORMATS",
    "PAGE_SIZES",
    "SUFFIXES",
    "ExportError",
    "ExportResult",
    "FinalText",
    "OutsideImagesRefused",
    "PdfRenderer",
    "export_draft",
    "final_texts",
]
