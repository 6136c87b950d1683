"""Making the same offer letter as a PDF and a Word document, for the file-reading tests."""

from __future__ import annotations

import io


def letter_pdf(text: str) -> bytes:
    """`text` laid out line by line in a PDF, in a Japanese font reportlab ships."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    y = 800.0
    for line in text.splitlines():
        if y < 40:
            page.showPage()
            y = 800.0
        page.setFont("HeiseiMin-W3", 9)
        page.drawString(40, y, line)
        y -= 13
    page.save()
    return out.getvalue()


def blank_pdf() -> bytes:
    """A PDF page with no text on it, as a scan without OCR is."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.rect(40, 40, 200, 200)
    page.save()
    return out.getvalue()


def letter_docx(text: str) -> bytes:
    """`text` as a Word document, one paragraph a line."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
