"""What a document is to the rest of the app: a kind, the record it prints, and two steps.

``gather`` reads everything a document needs from the store in the caller's read transaction
(no rendering there: the store lane stays free for autosaves); ``story`` turns that into
reportlab flowables in the document's language, off any store session. Each document module
(``services/documents/<kind>.py``) exposes ``SPEC``, an object with ``kind``, ``record_type``
(the access-log type of the record it prints), ``plain`` and those two methods.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm import Session

from sopiva_desk.services.actor import Actor
from sopiva_desk.services.catalogue import Catalogue
from sopiva_desk.services.documents.meta import DocumentMeta
from sopiva_desk.services.documents.organisation import Organisation
from sopiva_desk.services.documents.texts import Texts, document_language
from sopiva_desk.services.errors import RecordGoneError
from sopiva_desk.services.templates import TemplateLibrary
from sopiva_desk.store.models import Client
from sopiva_desk.store.repositories import clients as client_repo

if TYPE_CHECKING:  # reportlab loads only when a document is built (start-up time)
    from reportlab.platypus import Flowable

    from sopiva_desk.services.documents.layout import Styles

# Document kinds, in the order the app offers them, and the module that makes each.
KINDS = ("client_plan", "plain_plan", "decision_record", "assessment_summary", "budget_statement")


@dataclass(frozen=True)
class GatherContext:
    templates: TemplateLibrary | None
    catalogue: Catalogue
    organisation: Organisation
    actor: Actor
    today: date


@dataclass(frozen=True)
class Source:
    """Everything one document needs, read from the store: its meta and its own data."""

    meta: DocumentMeta
    client_id: uuid.UUID
    record_id: uuid.UUID
    data: Any


class DocumentSpec(Protocol):
    kind: str
    record_type: str
    plain: bool

    def gather(self, ctx: GatherContext, session: Session, record_id: uuid.UUID, language: str | None) -> Source: ...

    def story(self, source: Source, styles: Styles, texts: Texts) -> list[Flowable]: ...


def spec(kind: str) -> DocumentSpec:
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    module = importlib.import_module(f"sopiva_desk.services.documents.{kind}")
    return module.SPEC  # type: ignore[no-any-return]


# -- helpers the document modules share -------------------------------------------------------


@dataclass(frozen=True)
class ClientHeader:
    name: str  # "Aino Maria Virtanen"
    identity: str  # the identity code, else the temporary identifier, else ""
    identity_key: str  # the text key naming ``identity``: "identity", or "temporary_id"
    language: str  # the client's document language (fi or sv)
    birth_date: date | None
    address: str
    own_worker: str


def client_header(session: Session, client_id: uuid.UUID) -> ClientHeader:
    found: Client | None = client_repo.get_client(session, client_id)
    if found is None:
        raise RecordGoneError()
    address = ", ".join(part for part in (found.street_address, f"{found.postal_code} {found.post_office}".strip())
                        if part)
    identity_key = "temporary_id" if not found.hetu and found.temporary_id else "identity"
    return ClientHeader(f"{found.first_names} {found.last_name}", found.hetu or found.temporary_id or "",
                        identity_key, document_language(found.language), found.birth_date, address,
                        found.own_worker)


def document_id(prefix: str, record_id: uuid.UUID, version: int | None = None) -> str:
    """A short, stable ID printed on every page: ``ASU-3F2A9C1B-2`` (prefix, record, version)."""
    code = f"{prefix}-{record_id.hex[:8].upper()}"
    return f"{code}-{version}" if version is not None else code


def meta_for(ctx: GatherContext, kind: str, title: Callable[[Texts], str], prefix: str, record_id: uuid.UUID,
             header: ClientHeader, language: str | None, *, version: int | None = None,
             document_date: date | None = None, plain: bool = False) -> tuple[DocumentMeta, Texts]:
    """The meta of a document in ``language`` (default: the client's), with its texts."""
    texts = Texts(kind, language or header.language)
    meta = DocumentMeta(kind=kind, title=title(texts), document_id=document_id(prefix, record_id, version),
                        language=texts.language, organisation=ctx.organisation, client_name=header.name,
                        client_identity="" if plain else header.identity, version=version,
                        document_date=document_date, printed_on=ctx.today, plain=plain)
    return meta, texts
