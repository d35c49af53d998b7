"""Request and response bodies (pydantic), so the OpenAPI schema says what the wire carries."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

MAX_MUTATIONS = 500
MAX_ACCESS_LOG_ENTRIES = 5000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnrolIn(_Strict):
    code: str = Field(min_length=1, max_length=64)
    public_key: str = Field(min_length=1, max_length=64, description="base64 of the raw 32-byte Ed25519 key")
    device_name: str = Field(min_length=1, max_length=100)
    app_version: str = Field(default="", max_length=40)
    schema_version: int = Field(default=1, ge=0, le=10_000)


class EnrolOut(BaseModel):
    device_id: str
    user_id: str
    user_name: str
    role: str
    server_time: datetime
    support_contact: str = Field(default="", description="whom to contact about sync (serve --support-contact)")


class Author(BaseModel):
    model_config = ConfigDict(extra="allow")
    user_id: str = Field(max_length=64)
    user_name: str = Field(default="", max_length=100)


class MutationIn(_Strict):
    mutation_id: uuid.UUID
    device_seq: int = Field(ge=0, le=2**62)
    entity: str = Field(min_length=1, max_length=40)
    record_id: uuid.UUID
    client_id: uuid.UUID | None
    op: Literal["create", "update"]
    base_rev: int = Field(ge=0, le=2**62)
    changed: dict[str, Any]
    base: dict[str, Any] | None = None
    author: Author
    made_at: AwareDatetime
    schema_version: int = Field(ge=0, le=10_000)
    resolves: list[uuid.UUID] | None = Field(
        default=None, max_length=50,
        description="Conflicts of this record that this update resolves: the chosen values of every path of "
                    "each conflict's group are in `changed` (docs/sync-protocol.md, 'Resolving a conflict').")


class PushIn(_Strict):
    mutations: list[MutationIn] = Field(max_length=MAX_MUTATIONS)


class Outcome(BaseModel):
    mutation_id: str
    device_seq: int
    outcome: Literal["applied", "merged", "conflict", "rejected"]
    revision: int
    reason: str | None = None
    message: str | None = None
    conflict_id: str | None = None
    already_applied: bool | None = None


class PushOut(BaseModel):
    outcomes: list[Outcome]
    server_time: datetime


class PullOut(BaseModel):
    changes: list[dict[str, Any]]
    cursor: str
    more: bool
    server_time: datetime


class MeOut(BaseModel):
    device_id: str
    device_name: str
    user_id: str
    user_name: str
    role: str
    assigned_client_ids: list[str]
    server_time: datetime


class SignedHead(BaseModel):
    model_config = ConfigDict(extra="allow")
    chain_id: str = Field(max_length=64)
    seq: int = Field(ge=0, le=2**62)
    hash: str = Field(min_length=64, max_length=64)
    signature: str = Field(max_length=200, description="base64 Ed25519 signature of head_message(chain_id, seq, hash)")


class CompactLogPage(_Strict):
    """A page of the chain without what the server recomputes (protocol/access_page.py): the
    entries' content as columns, one value an entry, oldest first; seqs follow on from ``from``."""

    from_: int = Field(alias="from", gt=0, description="the first entry's seq")
    prev_hash: str = Field(min_length=64, max_length=64, description="the first entry's prev_hash")
    hash: str = Field(min_length=64, max_length=64, description="the last entry's hash")
    ids: dict[str, str] = Field(default_factory=dict,
                                description="index in the page → id, where it is not the id derived from chain and seq")
    at: list[int] = Field(max_length=MAX_ACCESS_LOG_ENTRIES,
                          description="microseconds since the entry before (the first: since 1970-01-01 UTC)")
    user_id: list[str]
    user_name: list[str]
    client_id: list[str | None]
    action: list[str]
    record_type: list[str]
    record_id: list[str | None]
    fields: list[list[str]]
    purpose: list[str | None]
    clients: list[str | None]


class AccessLogIn(_Strict):
    """A page of a device's access-log chain (docs/sync-protocol.md, "The access-log push").
    Without ``chain_id``: entries of a laptop from before the chain, kept unverified."""

    entries: list[dict[str, Any]] = Field(
        default_factory=list, max_length=MAX_ACCESS_LOG_ENTRIES,
        description="oldest first; each the entry's chain form (protocol/access_chain.py) with seq, prev_hash, hash")
    page: CompactLogPage | None = Field(default=None, description="the page in compact form, in place of entries")
    chain_id: str | None = Field(default=None, max_length=64, description="the laptop profile whose chain this is")
    log_key: str | None = Field(default=None, max_length=64, description="base64 of the raw Ed25519 log public key")
    head: SignedHead | None = None
    listings: dict[str, list[str]] | None = Field(
        default=None, description="listing digest → the client ids it names, for the listings these entries name")
    final: bool = Field(default=False, description="the last page of this push: the chain must reach its head")


class Countersignature(BaseModel):
    seq: int
    hash: str
    signature: str = Field(description="base64 Ed25519 signature of head_message(chain_id, seq, hash), server key")
    server_key: str = Field(description="base64 of the server's raw Ed25519 public key")


class ChainHead(BaseModel):
    seq: int
    hash: str


class LogBreak(BaseModel):
    error: Literal["access_log_broken"]
    reason: str
    seq: int | None
    entry_id: str | None
    found_at: datetime
    break_id: str
    message: str


class AccessLogOut(BaseModel):
    stored: int
    chain: ChainHead | None = Field(default=None, description="the newest entry the server has verified")
    countersignature: Countersignature | None = None
    break_: LogBreak | None = Field(default=None, alias="break",
                                    description="the chain broke: entries are kept, nothing past it is countersigned")


class HealthOut(BaseModel):
    status: Literal["ok"]
    server_time: datetime


class ErrorOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    error: str
    message: str
