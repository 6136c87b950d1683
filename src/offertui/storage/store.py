"""The offer store: one TOML file per offer under `offers/`, plus `profile.toml` and `trash/`.

The store never overwrites what it did not write: a file changed by someone else since
it was read raises `ConflictError`, a file it cannot read is reported as broken and
left alone, and an offer open in another offertui is handed out read-only.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from offertui.domain.profile import Profile
from offertui.domain.summary import SUMMARY_VERSION, OfferSummary, summarize
from offertui.storage import reader
from offertui.storage.conflict_names import OWN, conflict_copy_of, own_copy_name

# Re-exported: callers name them from here.
from offertui.storage.errors import BrokenFile as BrokenFile
from offertui.storage.errors import ConflictError as ConflictError
from offertui.storage.errors import NotFoundError as NotFoundError
from offertui.storage.errors import ReadOnlyError as ReadOnlyError
from offertui.storage.errors import StoreError as StoreError
from offertui.storage.errors import SyncConflict as SyncConflict

# The offer model, its codec, tomllib and hashlib are imported where first needed, not
# here: listing offers from the summary cache, the usual start-up, needs none of them.
from offertui.storage.files import atomic_write, ensure_private_dir, remove_stale_temps
from offertui.storage.offer_file import OfferFile as OfferFile
from offertui.storage.offer_file import OfferLock
from offertui.storage.offer_read import (
    UnreadableFile,
    decode,
    kind_of,
    parse,
    read_bytes,
    read_offer,
    read_regular,
)
from offertui.storage.slug import is_safe_id, slugify, unique_slug

if TYPE_CHECKING:
    from offertui.domain.offer import Offer

SUFFIX = ".toml"
OFFER_HEADER = (
    "An offer kept by offertui. Edit by hand if you like: unknown keys and comments\n"
    "are kept when offertui saves. Dates are TOML dates (2026-12-01)."
)


def _parse(offer_id: str, path: Path, data: bytes) -> tuple[Offer, dict[str, Any]]:
    """Where `scan` parses a file it could not take from the cache."""
    return parse(offer_id, path, data)


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

    def lock_for(self, offer_id: str) -> OfferLock:
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
        """The id of every offer file in `offers/`, broken ones too. A sync tool's
        conflicting copy is a second version of one of them, not an offer of its own:
        it is left out (`scan` reports it)."""
        return sorted(i for i, _ in self._scan_paths() if conflict_copy_of(i) is None)

    def _taken(self) -> set[str]:
        """Every name a new offer's file must not take."""
        return {offer_id for offer_id, _ in self._scan_paths()}

    def _scan_paths(self) -> Iterator[tuple[str, str]]:
        """Each offer file's id and path. The path is a plain string: a thousand Path
        objects were a fifth of listing a thousand offers from the cache."""
        # Editor swap and backup files (.x.toml.swp, x.toml~, #x.toml#) and offertui's
        # own temp and lock files never end in .toml or start with a dot.
        try:
            entries = list(os.scandir(self.offers_dir))
        except FileNotFoundError:
            return
        for entry in entries:
            name = entry.name
            if name.endswith(SUFFIX) and not name.startswith("."):
                yield name[: -len(SUFFIX)], entry.path

    def scan(self) -> tuple[list[OfferSummary], list[BrokenFile]]:
        """Every offer, summarised for the list, and every file that could not be read
        (a `SyncConflict` among them for each second version of an offer).

        A summary comes from the cache (storage.index) while its file's stat is the one
        it was made from, so only new or changed files are parsed. Whatever one file
        holds or is, it is reported on its own and the others still load.
        """
        from offertui import __version__
        from offertui.storage.index import INDEX_NAME, SummaryIndex, stat_key

        # What a summary holds is made by SUMMARY_VERSION's rules (a test holds it to
        # that) in this release: either changed, the cached summaries are made again.
        version = f"{SUMMARY_VERSION}:{__version__}"
        index = SummaryIndex(self.root / INDEX_NAME, version)
        index.load()
        summaries: list[OfferSummary] = []
        broken: list[BrokenFile] = []
        seen: set[str] = set()
        for offer_id, name in self._scan_paths():
            seen.add(offer_id)
            copy_of = conflict_copy_of(offer_id)
            if copy_of is not None:
                base, tool = copy_of
                made = (
                    f"your version of {base}{SUFFIX}, kept when the file changed on disk"
                    if tool == OWN
                    else f"a conflicting copy of {base}{SUFFIX} made by {tool}"
                )
                broken.append(
                    SyncConflict(
                        offer_id,
                        Path(name),
                        f"{made}: keep one",
                        offer_id=base,
                        source=tool,
                    )
                )
                continue
            # A Path is made only off the cache's way: one per file was a fifth of a scan.
            try:
                st = os.stat(name)
                if not stat.S_ISREG(st.st_mode):
                    broken.append(BrokenFile(offer_id, Path(name), _not_a_file(st.st_mode)))
                    continue
                key = stat_key(st)
                cached = index.get(offer_id, key)
                if cached is not None:
                    try:
                        summaries.append(OfferSummary.from_json(cached))
                        continue
                    except (TypeError, ValueError):
                        pass  # not what this version writes: read the file
                path = Path(name)
                offer, _ = _parse(offer_id, path, read_bytes(offer_id, path))
                summary = summarize(offer)
            except BrokenFile as error:
                broken.append(error)
                continue
            except FileNotFoundError:
                if os.path.islink(name):
                    reason = "a link to a file that does not exist"
                    broken.append(BrokenFile(offer_id, Path(name), reason))
                else:  # gone since the folder was listed
                    seen.discard(offer_id)
                continue
            except OSError as error:
                broken.append(BrokenFile(offer_id, Path(name), error.strerror or str(error)))
                continue
            except RecursionError:
                broken.append(BrokenFile(offer_id, Path(name), "nested too deeply to read"))
                continue
            except Exception as error:  # one file's surprise never stops the list
                reason = f"cannot be read ({type(error).__name__})"
                broken.append(BrokenFile(offer_id, Path(name), reason))
                continue
            summaries.append(summary)
            # Cached only if the file did not change while it was read.
            with contextlib.suppress(OSError):
                if stat_key(os.stat(name)) == key:
                    index.put(offer_id, key, summary.to_json())
        index.retain(seen)
        index.save_if_changed()
        broken.sort(key=lambda b: b.id)
        return summaries, broken

    def load(self, offer_id: str) -> Offer:
        """The offer, read-only (for the command line and comparisons)."""
        path = self.path_for(offer_id)
        try:
            return read_offer(offer_id, path)[0]
        except FileNotFoundError:
            raise NotFoundError(f"no offer with id {offer_id!r}") from None

    def open(self, offer_id: str) -> OfferFile:
        """The offer for editing; read-only if another offertui has it open."""
        path = self.path_for(offer_id)
        lock = self.lock_for(offer_id)
        held = lock.acquire()
        try:
            offer, data = read_offer(offer_id, path)
        except FileNotFoundError:
            lock.release()
            raise NotFoundError(f"no offer with id {offer_id!r}") from None
        except BaseException:
            lock.release()
            raise
        return OfferFile(path, offer, data, lock if held else None)

    def create(self, company: str, position: str) -> Offer:
        """A new offer saved under a fresh, unique id."""
        if not company.strip():
            raise StoreError("company is required")
        base = slugify(company, position)
        taken = self._taken()
        while True:
            offer_id = unique_slug(base, taken)
            from offertui.domain.questions import new_offer

            offer = new_offer(offer_id, company, position)
            data = self._fresh_bytes(offer)
            try:
                atomic_write(self.path_for(offer_id), data, exclusive=True)
            except FileExistsError:  # created by another session a moment ago
                taken.add(offer_id)
                continue
            return offer

    def save_copy(self, offer: Offer) -> Offer:
        """Keep `offer` as a conflicting copy beside its file (the file changed on disk
        and was not overwritten): a second version of that offer, not one more offer,
        settled as a sync tool's copy is (`storage.conflicts`)."""
        from dataclasses import replace

        taken = self._taken()
        while True:
            offer_id = unique_slug(own_copy_name(offer.id), taken)
            copy = replace(offer, id=offer_id)
            try:
                atomic_write(self.path_for(offer_id), self._fresh_bytes(copy), exclusive=True)
            except FileExistsError:  # taken a moment ago
                taken.add(offer_id)
                continue
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
        lock = self.lock_for(offer_id)
        if not lock.acquire():
            raise ReadOnlyError(f"{offer_id} is open in another offertui")
        try:
            ensure_private_dir(self.trash_dir)
            target = self._trash_name(offer_id)
            os.replace(path, target)
        finally:
            lock.release()
        with contextlib.suppress(OSError):
            lock.path.unlink()
        return target

    def restore(self, trashed: Path, offer_id: str) -> str:
        """Move an offer `trash` put in `trashed` back among the offers, byte for byte,
        under `offer_id`, or `offer_id-2`… if a new offer took that name since; never
        over a file. The id it has now."""
        taken = self._taken()
        while True:
            restored = unique_slug(offer_id, taken)
            try:
                # A link fails if the name is taken (a rename would replace it).
                os.link(trashed, self.path_for(restored))
            except FileExistsError:
                taken.add(restored)
                continue
            os.unlink(trashed)
            return restored

    def _trash_name(self, offer_id: str) -> Path:
        target = self.trash_dir / f"{offer_id}{SUFFIX}"
        n = 2
        while target.exists() or target.is_symlink():
            target = self.trash_dir / f"{offer_id}-{n}{SUFFIX}"
            n += 1
        return target

    def trash_bytes(self, offer_id: str, data: bytes) -> Path:
        """Keep `data` (a version of an offer about to be replaced) in `trash/`."""
        ensure_private_dir(self.trash_dir)
        while True:
            target = self._trash_name(offer_id)
            try:
                atomic_write(target, data, exclusive=True)
            except FileExistsError:  # taken a moment ago
                continue
            return target

    # --- the profile -------------------------------------------------------------------

    def load_profile(self) -> Profile:
        """The user's profile; defaults if there is none. A broken one raises BrokenFile."""
        path = self.profile_path
        try:
            data = read_regular(path)
        except FileNotFoundError:
            return Profile()
        except (UnreadableFile, OSError) as error:
            reason = str(error) if isinstance(error, UnreadableFile) else error.strerror
            raise BrokenFile("profile", path, reason or str(error)) from None
        import tomllib

        text = decode("profile", path, data)
        try:
            return reader.profile_from_data(tomllib.loads(text))
        except (tomllib.TOMLDecodeError, reader.FormatError) as error:
            message = str(error)
            raise BrokenFile(
                "profile", path, message.split(" (at ")[0], reader.error_line(message)
            ) from None
        except RecursionError:
            raise BrokenFile("profile", path, "nested too deeply to read") from None

    def save_profile(self, profile: Profile) -> None:
        from offertui.storage import toml_write

        path = self.profile_path
        try:
            doc = toml_write.parse(decode("profile", path, read_regular(path)))
        except FileNotFoundError:
            import tomlkit

            doc = tomlkit.document()
            doc.add(tomlkit.comment("offertui profile: your name for emails, and preferences."))
        toml_write.merge(doc, toml_write.cleaned(reader.profile_to_data(profile)))
        atomic_write(path, doc.as_string().encode("utf-8"), through_link=True)


def _not_a_file(mode: int) -> str:
    return f"{kind_of(mode)}, not a file offertui can read"
