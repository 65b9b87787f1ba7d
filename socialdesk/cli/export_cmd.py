"""`socialdesk export DRAFT --format F --out PATH [--page-size A4|Letter] [--csv exact]`.

Writes the draft's final texts (exactly what Publish sends) as plain text, zip,
Markdown, HTML or PDF proof, CSV or JSON. Exit status 2 with one line on stderr
when the draft is bad or the export cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from socialdesk.draft import Draft
from socialdesk.export import (
    CSV_MODES,
    FORMATS,
    PAGE_SIZES,
    ExportError,
    OutsideImagesRefused,
    PdfRenderer,
    export_draft,
)
from socialdesk.export.output import describe_os_error


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export", help="export a draft's final texts to files (txt, zip, md, html, pdf, csv, json)"
    )
    parser.add_argument("draft", help="a .sdraft file")
    parser.add_argument("--format", "-f", required=True, choices=list(FORMATS), dest="fmt")
    parser.add_argument(
        "--out", "-o", required=True, help="file to write (a folder for --format txt)"
    )
    parser.add_argument(
        "--page-size", choices=PAGE_SIZES, default="A4", help="PDF page size (default A4)"
    )
    parser.add_argument(
        "--csv",
        choices=CSV_MODES,
        default="spreadsheet",
        dest="csv_mode",
        help="CSV for a spreadsheet (cells that would run as formulas start with ', the "
        "default) or exact, for a bulk scheduler (texts exactly as written)",
    )
    parser.add_argument(
        "--allow-outside-images",
        action="store_true",
        help="export images the draft attaches from outside its own folder",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    draft = Draft.load(args.draft)
    try:
        renderer = pdf_renderer() if args.fmt == "pdf" else None
        result = export_draft(
            draft,
            args.fmt,
            Path(args.out),
            draft_path=Path(args.draft),
            page_size=args.page_size,
            pdf_renderer=renderer,
            allow_outside_images=args.allow_outside_images,
            csv_mode=args.csv_mode,
        )
    except ExportError as exc:
        outside = isinstance(exc, OutsideImagesRefused)
        hint = " To export them anyway, add --allow-outside-images." if outside else ""
        print(f"socialdesk: {exc}{hint}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"socialdesk: {args.out}: {describe_os_error(exc)}", file=sys.stderr)
        return 2
    for note in result.notes:
        print(f"socialdesk: warning: {note}", file=sys.stderr)
    print(f"Exported {args.fmt} to {result.path}")
    return 0


def pdf_renderer() -> PdfRenderer:
    try:
        from socialdesk.ui.export.pdf_proof import render_pdf
    except ImportError as exc:
        raise ExportError(f"PDF export needs Qt (PySide6), which cannot be loaded: {exc}") from exc
    return render_pdf
