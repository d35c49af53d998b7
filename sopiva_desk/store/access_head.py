"""The access log's signed head: where the chain ends, fixed outside the store.

Each profile has an Ed25519 **log key**: the private half inside the encrypted store
(store_setting ``access_log_key``), the public half in profile.json (``log_public_key``). In the
same transaction that appends entries, the newest entry's seq and hash are signed
(``protocol.access_chain.head_message``) and kept in store_setting ``access_log_head``; after the
commit the same head goes to ``access_log_head.json`` in the profile folder (no client data,
0600). The central server's countersignature of a head it verified (i15-central:
``store_countersignature``) is kept in ``access_log_countersigned`` and copied into the file.

A crash between the commit and the file write leaves the file one head behind: the next unlock
(``attach``) signs the newest entry again, but only when the head it extends is still on the
chain (the entry at its seq has its hash) and every entry after it links. That is safe: signing
a newer head adds no trust to anything before it (the whole chain is still walked from the
first entry by every check), and a head that no longer matches the chain is never replaced, so
the evidence of a break stays. docs/security.md, "Tamper-evident access log".
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from sopiva_desk.protocol import access_chain
from sopiva_desk.store.engine import StoreWritesRefused
from sopiva_desk.store.files import atomic_write_json, read_json
from sopiva_desk.store.keys import b64, unb64
from sopiva_desk.store.models import AccessLogEntry
from sopiva_desk.store.profiles import PROFILE_FILE
from sopiva_desk.store.repositories import settings
from sopiva_desk.store.repositories.access_log import APPENDED, chain_form

log = logging.getLogger(__name__)

LOG_KEY = "access_log_key"
HEAD_KEY = "access_log_head"
COUNTERSIGNED_KEY = "access_log_countersigned"
HEAD_FILE = "access_log_head.json"
PUBLIC_KEY_FIELD = "log_public_key"

_PENDING_FILE = "access_log_head_file"
_PENDING_COUNTERSIGNED = "access_log_countersigned_file"


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_text(key: Ed25519PublicKey) -> str:
    """The key as profile.json and the sync push carry it: base64 of the 32 raw bytes."""
    return b64(_raw_public(key))


def load_public_key(text: str) -> Ed25519PublicKey:
    """``ValueError`` when ``text`` is not a base64 Ed25519 public key."""
    try:
        return Ed25519PublicKey.from_public_bytes(unb64(text))
    except (ValueError, TypeError) as err:
        raise ValueError(f"not an Ed25519 public key: {err}") from None


def signature_holds(public_key: Ed25519PublicKey, chain_id: str, head: Any) -> bool:
    """Whether ``head`` ({"seq", "hash", "signature"}) is signed by ``public_key`` for this chain."""
    try:
        message = access_chain.head_message(chain_id, int(head["seq"]), str(head["hash"]))
        public_key.verify(unb64(str(head["signature"])), message)
    except (InvalidSignature, KeyError, TypeError, ValueError, UnicodeError):
        return False
    return True


@dataclass
class HeadSigner:
    """Signs the heads of one profile's chain while it is unlocked (``attach`` … ``detach``)."""

    chain_id: str
    folder: Path
    private_key: Ed25519PrivateKey
    countersigned: dict[str, Any] | None = None
    head: dict[str, Any] | None = None  # the newest head signed (or found at unlock)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    def sign(self, seq: int, head_hash: str) -> dict[str, Any]:
        return sign_head(self.private_key, self.chain_id, seq, head_hash)

    def write_file(self, head: dict[str, Any]) -> None:
        """Have the head file written (on the writer thread, ``head_files``) with the
        countersignature kept beside it."""
        document = dict(head)
        if self.countersigned:
            document["countersigned"] = self.countersigned
        head_files.submit(self.folder, document)


class HeadFiles:
    """Writes the head files on a thread of their own, the newest document per folder winning.

    A file write costs 0.1 ms on an idle disk but 4–10 ms when others write too (measured on the
    shared 2-core machine), more than the autosave's own commit: so it is taken off the store
    lane. Each write is atomic (temp file and rename) but not fsynced: after a crash or power cut
    the file may hold an earlier head, which the check reports as entries not yet signed and the
    next unlock signs. ``flush`` waits for a folder's pending write (the check, lock, tests)."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._pending: dict[Path, dict[str, Any]] = {}
        self._writing: set[Path] = set()
        self._thread: threading.Thread | None = None

    def submit(self, folder: Path, document: dict[str, Any]) -> None:
        with self._changed:
            self._pending[folder] = document
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="access-log-head", daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def flush(self, folder: Path | None = None) -> None:
        def done() -> bool:
            if folder is None:
                return not self._pending and not self._writing
            return folder not in self._pending and folder not in self._writing

        with self._changed:
            self._changed.wait_for(done)

    def _run(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: bool(self._pending))
                folder, document = self._pending.popitem()
                self._writing.add(folder)
            try:
                atomic_write_json(folder / HEAD_FILE, document, durable=False)
            except OSError as err:
                # The store's copy is signed: the file catches up at the next unlock, and the
                # check says how many entries it is behind meanwhile.
                log.warning("access log head file not written: %s", err.strerror)
            finally:
                with self._changed:
                    self._writing.discard(folder)
                    self._changed.notify_all()


head_files = HeadFiles()
_SIGNERS: weakref.WeakKeyDictionary[Engine, HeadSigner] = weakref.WeakKeyDictionary()


def read_head_file(folder: Path) -> dict[str, Any] | None:
    """The head file once its pending write is done, or ``None`` when it is missing or not a
    JSON object (the check says which)."""
    head_files.flush(folder)
    try:
        data = read_json(folder / HEAD_FILE)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def sign_head(private_key: Ed25519PrivateKey, chain_id: str, seq: int, head_hash: str) -> dict[str, Any]:
    """The head ``{"chain_id", "seq", "hash", "signature"}`` as the store, the file and the push carry it."""
    signature = private_key.sign(access_chain.head_message(chain_id, seq, head_hash))
    return {"chain_id": chain_id, "seq": seq, "hash": head_hash, "signature": b64(signature)}


def chain_tail(session: Session) -> tuple[int, str] | None:
    """The newest entry's seq and hash, or ``None`` for an empty log."""
    tail = session.execute(select(AccessLogEntry.seq, AccessLogEntry.entry_hash)
                           .order_by(AccessLogEntry.seq.desc()).limit(1)).first()
    return None if tail is None else (int(tail[0]), str(tail[1]))


def stored_head(session: Session) -> dict[str, Any] | None:
    value = settings.get(session, HEAD_KEY)
    return value if isinstance(value, dict) else None


def stored_public_key(session: Session) -> Ed25519PublicKey | None:
    """The public half of the log key kept in the store, or ``None`` before the first unlock made one."""
    private = _private_key(session)
    return private.public_key() if private is not None else None


def ensure_log_key(session: Session) -> Ed25519PrivateKey:
    """The profile's log key, made and kept in the store (in ``session``'s transaction) on first use."""
    private = _private_key(session)
    if private is None:
        private = Ed25519PrivateKey.generate()
        raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        settings.put(session, LOG_KEY, b64(raw))
    return private


def _private_key(session: Session) -> Ed25519PrivateKey | None:
    value = settings.get(session, LOG_KEY)
    if not isinstance(value, str):
        return None
    try:
        return Ed25519PrivateKey.from_private_bytes(unb64(value))
    except (ValueError, TypeError):
        return None


def countersigned(session: Session) -> dict[str, Any] | None:
    """The central server's countersignature of a head it verified: {"seq", "hash", "signature",
    "server_key"} (i15-central stores it after a push), or ``None`` before the first."""
    value = settings.get(session, COUNTERSIGNED_KEY)
    return value if isinstance(value, dict) else None


def store_countersignature(session: Session, folder: Path, value: dict[str, Any]) -> None:
    """Keep the server's countersignature in the store (called by the sync engine inside its
    transaction); after the commit it goes into the head file too, and with every head written
    afterwards. A rolled-back transaction leaves both as they were."""
    settings.put(session, COUNTERSIGNED_KEY, dict(value))
    session.info[_PENDING_COUNTERSIGNED] = (folder, dict(value))


def _write_public_key(folder: Path, text: str) -> None:
    """profile.json names the log's public key (the server pins it at enrolment or first push)."""
    path = folder / PROFILE_FILE
    document = read_json(path)
    if document.get(PUBLIC_KEY_FIELD) != text:
        document[PUBLIC_KEY_FIELD] = text
        atomic_write_json(path, document)


def profile_public_key(folder: Path) -> str | None:
    try:
        value = read_json(folder / PROFILE_FILE).get(PUBLIC_KEY_FIELD)
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _on_chain(session: Session, head: dict[str, Any]) -> bool:
    try:
        seq = int(head["seq"])
    except (KeyError, TypeError, ValueError):
        return False
    found = session.scalar(select(AccessLogEntry.entry_hash).where(AccessLogEntry.seq == seq))
    return found is not None and found == head.get("hash")


def _links_to_tail(session: Session, head: dict[str, Any]) -> bool:
    """Whether every entry after ``head`` follows from it (vacuously true when none does)."""
    after = session.scalars(select(AccessLogEntry).where(AccessLogEntry.seq > int(head["seq"]))
                            .order_by(AccessLogEntry.seq)).all()
    found, _, _ = access_chain.verify((chain_form(entry) for entry in after), str(head["hash"]))
    return found is None


def attach(engine: Engine, chain_id: str, folder: Path,
           transaction: Callable[[], AbstractContextManager[Session]] | None = None) -> HeadSigner | None:
    """At unlock: load (or make, on first use) the log key, sign any entries a crash left unsigned,
    and sign the head after every later commit that appends entries.

    Reads first; writes (a new key, a caught-up head) go through ``transaction`` (the
    workspace's, which waits for the integrity check's verdict), so unlock never writes into a
    file that has not passed it. ``None``: a damaged store that has no log key yet (it is
    read-only: nothing will be appended to sign)."""
    def signer_as_stored(session: Session, private: Ed25519PrivateKey) -> HeadSigner:
        signer = HeadSigner(chain_id, folder, private, countersigned(session))
        signer.head = stored_head(session)
        return signer

    with Session(engine) as session:
        private = _private_key(session)
        ready = private is not None and _catch_up(session, signer_as_stored(session, private), dry_run=True) is None
        if ready:
            signer = signer_as_stored(session, private)  # type: ignore[arg-type]
    new_head = None
    if not ready:
        opener = transaction or (lambda: _plain_transaction(engine))
        try:
            with opener() as session:
                private = ensure_log_key(session)
                signer = signer_as_stored(session, private)
                new_head = _catch_up(session, signer)
                signer.head = new_head or signer.head
        except StoreWritesRefused:
            if private is None:
                return None
            with Session(engine) as session:
                signer = signer_as_stored(session, private)
            new_head = None
    _write_public_key(folder, public_key_text(signer.public_key))
    if new_head is not None:
        signer.write_file(new_head)
    _SIGNERS[engine] = signer
    return signer


@contextmanager
def _plain_transaction(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session, session.begin():
        yield session


def detach(engine: Engine) -> None:
    """At lock: the head file is current when the store closes."""
    signer = _SIGNERS.pop(engine, None)
    if signer is not None:
        head_files.flush(signer.folder)


def _catch_up(session: Session, signer: HeadSigner, *, dry_run: bool = False) -> dict[str, Any] | None:
    """The head to write to the file when it (or the store copy) is behind the chain, else ``None``.
    Nothing is signed when a head no longer matches the chain: that is a break, left for the check
    to report."""
    tail = chain_tail(session)
    if tail is None:
        return None
    tail_seq, tail_hash = tail
    in_store = stored_head(session)
    in_file = read_head_file(signer.folder)
    for head in (in_store, in_file):
        if head is not None and not (signature_holds(signer.public_key, signer.chain_id, head)
                                     and _on_chain(session, head)):
            return None
    base = in_store or in_file
    if base is not None and not _links_to_tail(session, base):
        return None
    if in_store is not None and int(in_store["seq"]) == tail_seq and in_file is not None \
            and int(in_file["seq"]) == tail_seq:
        return None  # both are current
    if dry_run:
        return {"seq": tail_seq}  # something to sign (``attach`` then signs in a transaction)
    newest = signer.sign(tail_seq, tail_hash)
    if in_store is None or int(in_store["seq"]) != tail_seq:
        settings.put(session, HEAD_KEY, newest)
    return newest


# -- after every commit that appended entries ------------------------------------------------


@event.listens_for(Session, "before_commit")
def _sign_new_head(session: Session) -> None:
    """The store copy is written in the transaction that appends the entries, so the two never
    disagree; the file follows right after the commit."""
    entry = session.info.pop(APPENDED, None)
    if entry is None:
        return
    signer = _SIGNERS.get(session.get_bind())  # type: ignore[call-overload]
    if signer is None:
        return  # a store opened without its profile (migrations, tests): the next unlock signs
    session.flush()  # the entry gets its seq
    if not (_extends(session, signer.head, entry.seq) or _extends(session, stored_head(session), entry.seq)):
        # The new entries do not continue the signed head (the log was cut or changed in the
        # store meanwhile): signing them would hide that. The check reports it; nothing is signed.
        log.warning("access log head not signed: the log no longer continues its signed head")
        return
    head = signer.sign(entry.seq, entry.entry_hash)
    settings.put(session, HEAD_KEY, head)
    signer.head = head
    session.info[_PENDING_FILE] = (signer, head)


def _extends(session: Session, head: dict[str, Any] | None, newest_seq: int) -> bool:
    """Whether the chain up to ``newest_seq`` continues ``head`` (``None``: from its first entry)."""
    if head is None:
        head = {"seq": 0, "hash": access_chain.GENESIS}
    try:
        return newest_seq > int(head["seq"]) and _links_to_tail(session, head)
    except (KeyError, TypeError, ValueError):
        return False


@event.listens_for(Session, "after_commit")
def _write_head_file(session: Session) -> None:
    pending = session.info.pop(_PENDING_FILE, None)
    confirmed = session.info.pop(_PENDING_COUNTERSIGNED, None)
    if pending is None and confirmed is None:
        return
    if confirmed is not None:
        folder, value = confirmed
        signer = _SIGNERS.get(session.get_bind())  # type: ignore[call-overload]
        if signer is not None:
            signer.countersigned = value
        if pending is None:
            _add_countersignature_to_file(signer, folder, value)
    if pending is not None:
        signer, head = pending
        signer.write_file(head)


def _add_countersignature_to_file(signer: HeadSigner | None, folder: Path, value: dict[str, Any]) -> None:
    head = signer.head if signer is not None else read_head_file(folder)
    if head is None:
        return  # written whole, with the countersignature, after the next commit or unlock
    document = {key: head[key] for key in ("chain_id", "seq", "hash", "signature") if key in head}
    document["countersigned"] = value
    head_files.submit(folder, document)


@event.listens_for(Session, "after_soft_rollback")
def _forget_pending(session: Session, _previous: Any) -> None:
    session.info.pop(_PENDING_FILE, None)
    session.info.pop(_PENDING_COUNTERSIGNED, None)
