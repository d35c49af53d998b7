"""Export a rendered document to a PDF file the user chose, optionally password-protected.

This is the only way a document reaches the disk, and only because the user asked for it: the
PDF (encrypted in memory with AES-256 by pypdf when a password is given) is written atomically
to the chosen place (``store/files.py``: a temp file beside the target, owner-only, fsync,
``os.replace``; no copy anywhere else) and the export is access-logged. When the log entry
cannot be written the file is removed again: an export that is not in the log must not exist.
The password is used once and never stored or logged.
"""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable
from pathlib import Path

from sopiva_desk.domain import passphrase as passphrase_rules
from sopiva_desk.domain.issues import Issue, ValidationError
from sopiva_desk.services.documents.service import DocumentService, RenderedDocument
from sopiva_desk.services.errors import KnownError
from sopiva_desk.store.files import atomic_write_bytes

PASSWORD_MAX_BYTES = 127  # what AES-256 PDF encryption (revision 6) uses of a password


class DocumentExportError(KnownError):
    """The PDF could not be written where the user chose (a removed stick, a broken disk)."""

    key = "documents.export_failed"


class DocumentExportDeniedError(DocumentExportError):
    key = "documents.export_denied"


class DocumentExportDiskFullError(DocumentExportError):
    key = "documents.export_disk_full"


def check_password(password: str | None) -> None:
    """``None`` is no password; an empty, too long or easily guessed one is refused (field
    ``password``). Easily guessed means what it means for passphrases (``domain.passphrase``):
    the file leaves the computer, so its password is all that protects it."""
    if password is None:
        return
    if not password:
        raise ValidationError([Issue("password", "field.required")])
    if len(password.encode("utf-8")) > PASSWORD_MAX_BYTES:
        raise ValidationError([Issue("password", "documents.password_too_long", {"max": PASSWORD_MAX_BYTES})])
    strength = passphrase_rules.assess(password)
    if not strength.acceptable:
        raise ValidationError([Issue("password", key) for key in strength.feedback])


def encrypted_pdf(pdf: bytes, password: str) -> bytes:
    """``pdf`` encrypted with AES-256 so that opening it asks for ``password`` (in memory)."""
    from pypdf import PdfReader, PdfWriter  # imported when first used: it costs ~0.1 s at start-up

    check_password(password)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_path(path: Path | str) -> Path:
    """The chosen path, with ``.pdf`` added when the user left it out."""
    path = Path(path)
    return path if path.suffix.casefold() == ".pdf" else path.with_name(path.name + ".pdf")


def export_pdf(documents: DocumentService, document: RenderedDocument, path: Path | str,
               password: str | None = None) -> Path:
    """Write ``document`` to ``path`` (``.pdf`` added when missing), encrypted when a
    ``password`` is given, then log the export. Returns the path written. Raises
    ``DocumentExportDiskFullError``, ``DocumentExportDeniedError`` or ``DocumentExportError``
    when the file cannot be written; then neither it nor a temporary file is left behind."""
    check_password(password)
    data = encrypted_pdf(document.pdf, password) if password is not None else document.pdf
    return write_logged(path, data, lambda: documents.record_output(document, "export"))


def write_logged(path: Path | str, data: bytes, log: Callable[[], None]) -> Path:
    """Write the PDF ``data`` atomically at ``path`` (``.pdf`` added when missing), then ``log()``
    the export; when the log entry cannot be written the file is removed again. Raises the
    ``DocumentExportError`` kinds when the file cannot be written."""
    target = pdf_path(path)
    try:
        atomic_write_bytes(target, data)
    except OSError as err:
        if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise DocumentExportDiskFullError() from None
        if isinstance(err, PermissionError) or err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise DocumentExportDeniedError() from None
        raise DocumentExportError() from None
    try:
        log()
    except BaseException:
        try:
            os.unlink(target)
        except OSError:
            pass
        raise
    return target
