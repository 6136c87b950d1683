"""The offer store: one TOML file per offer under `offers/`, plus `profile.toml` and `trash/`.

The store never overwrites what it did not write: a file changed by someone else since
it was read raises `ConflictError`, a file it cannot read is reported as broken and
left alone, and an offer open in another offertui is handed out read-only.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from offertui.domain.profile import Profile
from offertui.domain.summary import SUMMARY_VERSION, OfferSummary, summarize
from offertui.storage import reader

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

# The offer model, its codec, tomllib and hashlib are imported where first needed, not
# here: listing offers from the summary cache, the usual start-up, needs none of them.
from offertui.storage.files import (
    FILE_MODE,
    atomic_write,
    ensure_private_dir,
    remove_stale_temps,
)
from offertui.storage.slug import is_safe_id, slugify, unique_slug

try:  # POSIX; elsewhere two sessions are not kept apart.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".toml"
OFFER_HEADER = (
    "An offer kept by offertui. Edit by hand if you like: unknown keys and comments\n"
    "are kept when offertui saves. Dates are TOML dates (2026-12-01)."
)


class StoreError(Exception):
    """Something about the data folder that the user must fix; the message says what."""


class NotFoundError(StoreError):
    """No offer has that id."""


class ReadOnlyError(StoreError):
    """The offer is open in another offertui, so this one may not write it."""


class ConflictError(StoreError):
    """The file changed on disk since it was read; saving would lose those changes."""


@dataclass(frozen=True)
class BrokenFile(Exception):
    """An offer file that cannot be used as it is: shown, never overwritten."""

    id: str
    path: Path
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path.name}, line {self.line}" if self.line else self.path.name
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like when read, to notice anyone else's change to it."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path, data: bytes) -> Fingerprint:
        import hashlib

        st = path.stat()
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())


def _parse(offer_id: str, path: Path, data: bytes) -> tuple[Offer, dict[str, Any]]:
    import tomllib

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise BrokenFile(offer_id, path, "not UTF-8 text", line) from None
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        reason = message.split(" (at ")[0]
        raise BrokenFile(offer_id, path, reason, reader.error_line(message)) from None
    from offertui.storage import codec

    try:
        return codec.offer_from_data(offer_id, parsed), parsed
    except codec.FormatError as error:
        raise BrokenFile(
            offer_id, path, error.reason, reader.line_of_key(text, error.key)
        ) from None


class OfferLock:
    """An advisory `flock` on a sidecar file; the system frees it if the holder dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> bool:
        if fcntl is None:  # pragma: no cover
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        handle = os.fdopen(fd, "r+b")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


class OfferFile:
    """One offer opened for editing: what was read, and how to write it back safely.

    `save` may be called from a worker thread; saves are serialised by a lock.
    """

    def __init__(
        self, store: OfferStore, offer: Offer, data: bytes, lock: OfferLock | None
    ) -> None:
        self.store = store
        self.id = offer.id
        self.path = store.path_for(offer.id)
        self.offer = offer
        self._lock = lock
        self._text = data.decode("utf-8")
        self._fingerprint = Fingerprint.of(self.path, data)
        self._document: Any = None
        self._saving = threading.Lock()

    @property
    def read_only(self) -> bool:
        return self._lock is None or not self._lock.held

    def _check_unchanged(self) -> None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            raise ConflictError(f"{self.path.name} was moved or deleted") from None
        fp = self._fingerprint
        if (st.st_mtime_ns, st.st_size) == (fp.mtime_ns, fp.size):
            return
        data = self.path.read_bytes()
        fingerprint = Fingerprint.of(self.path, data)
        if fingerprint.digest != fp.digest:
            raise ConflictError(f"{self.path.name} was changed by another program")
        self._fingerprint = fingerprint

    def save(self, offer: Offer) -> bool:
        """Write `offer` if it differs from the file; True when something was written."""
        if self.read_only:
            raise ReadOnlyError(f"{self.id} is open in another offertui; not saved")
        with self._saving:
            self._check_unchanged()
            if self._document is None:
                # Parsed with tomlkit only when first needed: tomlkit is slow, and an
                # offer that is only looked at never needs it.
                import tomlkit

                self._document = tomlkit.parse(self._text)
            from offertui.storage import codec, toml_write

            toml_write.merge(self._document, codec.offer_to_data(offer))
            text = self._document.as_string()
            self.offer = offer
            if text == self._text:
                return False
            data = text.encode("utf-8")
            atomic_write(self.path, data)
            self._text = text
            self._fingerprint = Fingerprint.of(self.path, data)
            return True

    def reload(self) -> Offer:
        """Read the file again, dropping unsaved changes (after a conflict)."""
        with self._saving:
            data = self.path.read_bytes()
            offer, _ = _parse(self.id, self.path, data)
            self.offer = offer
            self._text = data.decode("utf-8")
            self._fingerprint = Fingerprint.of(self.path, data)
            self._document = None
            return offer

    def close(self) -> None:
        if self._lock is not None:
            self._lock.release()


class OfferStore:
    """The data folder: offers, the profile and the trash."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def offers_dir(self) -> Path:
        return self.root / "offers"

    @property
    def trash_dir(self) -> Path:
        return self.root / "trash"

    @property
    def profile_path(self) -> Path:
        return self.root / "profile.toml"

    def path_for(self, offer_id: str) -> Path:
        if not is_safe_id(offer_id):
            raise NotFoundError(f"{offer_id!r} is not an offer id")
        return self.offers_dir / f"{offer_id}{SUFFIX}"

    def _lock_for(self, offer_id: str) -> OfferLock:
        return OfferLock(self.offers_dir / f".{offer_id}.lock")

    def prepare(self) -> None:
        """Make the folders (private) and clear temp files a crash left behind."""
        if self.root.exists() and not self.root.is_dir():
            raise StoreError(f"data dir {self.root} is a file, not a folder")
        try:
            for folder in (self.root, self.offers_dir, self.trash_dir):
                ensure_private_dir(folder)
            probe = self.root / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            reason = error.strerror or str(error)
            raise StoreError(f"cannot use data dir {self.root}: {reason}") from None
        remove_stale_temps(self.offers_dir)
        remove_stale_temps(self.root)

    def ids(self) -> list[str]:
        try:
            names = os.listdir(self.offers_dir)
        except FileNotFoundError:
            return []
        return sorted(
            n[: -len(SUFFIX)] for n in names if n.endswith(SUFFIX) and not n.startswith(".")
        )

    def _scan_paths(self) -> Iterator[tuple[str, Path]]:
        for offer_id in self.ids():
            yield offer_id, self.offers_dir / f"{offer_id}{SUFFIX}"

    def scan(self) -> tuple[list[OfferSummary], list[BrokenFile]]:
        """Every offer, summarised for the list, and every file that could not be read.

        A summary comes from the cache (storage.index) while its file's stat is the one
        it was made from, so only new or changed files are parsed.
        """
        from offertui import __version__
        from offertui.storage.index import INDEX_NAME, SummaryIndex, stat_key

        index = SummaryIndex(self.root / INDEX_NAME, f"{SUMMARY_VERSION}:{__version__}")
        index.load()
        summaries: list[OfferSummary] = []
        broken: list[BrokenFile] = []
        seen: set[str] = set()
        try:
            entries = list(os.scandir(self.offers_dir))
        except FileNotFoundError:
            entries = []
        for entry in entries:
            name = entry.name
            if not name.endswith(SUFFIX) or name.startswith("."):
                continue
            offer_id = name[: -len(SUFFIX)]
            seen.add(offer_id)
            try:
                key = stat_key(entry.stat())
                cached = index.get(offer_id, key)
                if cached is not None:
                    try:
                        summaries.append(OfferSummary.from_json(cached))
                        continue
                    except (TypeError, ValueError):
                        pass  # not what this version writes: read the file
                path = Path(entry.path)
                offer, _ = _parse(offer_id, path, path.read_bytes())
            except BrokenFile as error:
                broken.append(error)
                continue
            except OSError as error:
                reason = error.strerror or str(error)
                broken.append(BrokenFile(offer_id, Path(entry.path), reason))
                continue
            summary = summarize(offer)
            summaries.append(summary)
            # Cached only if the file did not change while it was read.
            with contextlib.suppress(OSError):
                if stat_key(path.stat()) == key:
                    index.put(offer_id, key, summary.to_json())
        index.retain(seen)
        index.save_if_changed()
        broken.sort(key=lambda b: b.id)
        return summaries, broken

    def load(self, offer_id: str) -> Offer:
        """The offer, read-only (for the command line and comparisons)."""
        path = self.path_for(offer_id)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise NotFoundError(f"no offer with id {offer_id!r}") from None
        return _parse(offer_id, path, data)[0]

    def open(self, offer_id: str) -> OfferFile:
        """The offer for editing; read-only if another offertui has it open."""
        path = self.path_for(offer_id)
        lock = self._lock_for(offer_id)
        held = lock.acquire()
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            lock.release()
            raise NotFoundError(f"no offer with id {offer_id!r}") from None
        except BaseException:
            lock.release()
            raise
        try:
            offer, _ = _parse(offer_id, path, data)
        except BrokenFile:
            lock.release()
            raise
        return OfferFile(self, offer, data, lock if held else None)

    def create(self, company: str, position: str) -> Offer:
        """A new offer saved under a fresh, unique id."""
        if not company.strip():
            raise StoreError("company is required")
        base = slugify(company, position)
        taken = set(self.ids())
        while True:
            offer_id = unique_slug(base, taken)
            from offertui.domain.offer import new_offer

            offer = new_offer(offer_id, company, position)
            data = self._fresh_bytes(offer)
            try:
                atomic_write(self.path_for(offer_id), data, exclusive=True)
            except FileExistsError:  # created by another session a moment ago
                taken.add(offer_id)
                continue
            return offer

    def save_copy(self, offer: Offer) -> Offer:
        """Keep `offer` as a new file beside the original (after a conflict)."""
        from dataclasses import replace

        taken = set(self.ids())
        offer_id = unique_slug(f"{offer.id}-copy", taken)
        copy = replace(offer, id=offer_id)
        atomic_write(self.path_for(offer_id), self._fresh_bytes(copy), exclusive=True)
        return copy

    def _fresh_bytes(self, offer: Offer) -> bytes:
        from offertui.storage import codec, toml_write

        doc = toml_write.new_document(codec.offer_to_data(offer), OFFER_HEADER)
        return doc.as_string().encode("utf-8")

    def trash(self, offer_id: str) -> Path:
        """Move the offer's file to `trash/`, where it can be recovered by hand."""
        path = self.path_for(offer_id)
        if not path.exists():
            raise NotFoundError(f"no offer with id {offer_id!r}")
        lock = self._lock_for(offer_id)
        if not lock.acquire():
            raise ReadOnlyError(f"{offer_id} is open in another offertui")
        try:
            ensure_private_dir(self.trash_dir)
            target = self.trash_dir / path.name
            n = 2
            while target.exists():
                target = self.trash_dir / f"{offer_id}-{n}{SUFFIX}"
                n += 1
            os.replace(path, target)
        finally:
            lock.release()
        with contextlib.suppress(OSError):
            lock.path.unlink()
        return target

    # --- the profile -------------------------------------------------------------------

    def load_profile(self) -> Profile:
        """The user's profile; defaults if there is none. A broken one raises BrokenFile."""
        path = self.profile_path
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return Profile()
        import tomllib

        try:
            parsed = tomllib.loads(data.decode("utf-8"))
            return reader.profile_from_data(parsed)
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, reader.FormatError) as error:
            message = str(error)
            raise BrokenFile(
                "profile", path, message.split(" (at ")[0], reader.error_line(message)
            ) from None

    def save_profile(self, profile: Profile) -> None:
        import tomlkit

        from offertui.storage import toml_write

        path = self.profile_path
        try:
            doc = tomlkit.parse(path.read_text("utf-8"))
        except FileNotFoundError:
            doc = tomlkit.document()
            doc.add(tomlkit.comment("offertui profile: your name for emails, and preferences."))
        toml_write.merge(doc, reader.profile_to_data(profile))
        atomic_write(path, doc.as_string().encode("utf-8"))
