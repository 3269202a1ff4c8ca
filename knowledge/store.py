"""Where index generations live: an embedded Chroma folder per generation, or collections on a Chroma server.

Every refresh writes a complete new *generation* and then flips a small pointer to it; readers follow the
pointer. So a refresh that fails or is killed half way leaves the previous generation serving in full, and a
process that holds the index open (the bot) sees a finished refresh by re-reading the pointer, without a
restart. Chroma's embedded client is thread-safe but not process-safe, which is why generations never share
a folder and no folder is written after its generation is published.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

COLLECTION_NAME = "pathways-chunks"
POINTER_SUFFIX = "pointer"


PAGE = 500


def read_all(collection: Any, include: list[str], ids: list[str] | None = None) -> dict[str, Any]:
    """Everything (or the given ids) from a collection, fetched in pages to bound memory per call."""
    out: dict[str, list[Any]] = {"ids": [], **{k: [] for k in include}}
    if ids is not None:
        for start in range(0, len(ids), PAGE):
            page = collection.get(ids=ids[start : start + PAGE], include=include)
            out["ids"].extend(page["ids"])
            for key in include:
                out[key].extend(list(page[key]) if page[key] is not None else [])
        return out
    offset = 0
    while True:
        page = collection.get(include=include, limit=PAGE * 4, offset=offset)
        if not page["ids"]:
            break
        out["ids"].extend(page["ids"])
        for key in include:
            out[key].extend(list(page[key]) if page[key] is not None else [])
        offset += len(page["ids"])
    return out


class IndexUnavailable(RuntimeError):
    """No index can be read; the message tells the admin what to do."""


def new_generation_name() -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    return f"g{stamp}-{secrets.token_hex(3)}"


def _chroma_settings() -> Any:
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


@dataclass
class OpenCollection:
    """A Chroma client and the chunk collection of one generation. Close it when done."""

    generation: str
    client: Any
    collection: Any
    owns_client: bool = True

    def close(self) -> None:
        if self.owns_client:
            with contextlib.suppress(Exception):
                self.client.close()


class IndexLocation(Protocol):
    def describe(self) -> str: ...

    def current(self) -> str | None: ...

    def open(self, generation: str) -> OpenCollection: ...

    def create(self, generation: str, metadata: dict[str, Any]) -> OpenCollection: ...

    def publish(self, generation: str) -> None: ...

    def discard_stale(self) -> list[str]: ...

    def refresh_lock(self) -> contextlib.AbstractContextManager[None]: ...


class LocalLocation:
    """Generations as folders under `root/generations/`, the pointer as `root/CURRENT` (replaced atomically)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.generations = root / "generations"
        self.pointer = root / "CURRENT"

    def describe(self) -> str:
        return f"embedded Chroma in {self.root}"

    def _read_pointer(self) -> dict[str, str]:
        try:
            data = json.loads(self.pointer.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise IndexUnavailable(
                f"the index pointer {self.pointer} is unreadable; run `pathways kb refresh`"
            ) from exc
        return data if isinstance(data, dict) else {}

    def current(self) -> str | None:
        generation = self._read_pointer().get("generation")
        if generation and (self.generations / generation).is_dir():
            return generation
        return None

    def pointer_token(self) -> str:
        """Changes whenever a refresh is published; cheap enough to check before every search."""
        try:
            stat = self.pointer.stat()
        except FileNotFoundError:
            return ""
        return f"{stat.st_mtime_ns}:{stat.st_ino}:{stat.st_size}"

    def _client(self, generation: str) -> Any:
        import chromadb

        return chromadb.PersistentClient(path=str(self.generations / generation), settings=_chroma_settings())

    def open(self, generation: str) -> OpenCollection:
        client = self._client(generation)
        try:
            collection = client.get_collection(COLLECTION_NAME)
        except Exception as exc:
            client.close()
            raise IndexUnavailable(
                f"generation {generation} has no chunk collection; run `pathways kb refresh --full`"
            ) from exc
        return OpenCollection(generation, client, collection)

    def create(self, generation: str, metadata: dict[str, Any]) -> OpenCollection:
        self.generations.mkdir(parents=True, exist_ok=True)
        client = self._client(generation)
        collection = client.create_collection(COLLECTION_NAME, metadata=metadata, embedding_function=None)
        return OpenCollection(generation, client, collection)

    def publish(self, generation: str) -> None:
        previous = self.current()
        data = {
            "generation": generation,
            "previous": previous or "",
            "published": dt.datetime.now(dt.UTC).isoformat(),
        }
        tmp = self.pointer.with_name(f".CURRENT.{os.getpid()}.tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.pointer)  # atomic: readers see the old or the new pointer, never half of one

    def discard_stale(self) -> list[str]:
        """Remove unfinished and superseded generations, keeping the current and the previous one (a reader
        may still be answering from it)."""
        keep = {v for v in self._read_pointer().values() if v}
        removed = []
        if self.generations.is_dir():
            for folder in self.generations.iterdir():
                if folder.name not in keep:
                    shutil.rmtree(folder, ignore_errors=True)
                    removed.append(folder.name)
        return removed

    @contextlib.contextmanager
    def refresh_lock(self) -> Iterator[None]:
        """One refresh at a time. flock is released by the kernel if the process is killed."""
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / ".refresh.lock").open("w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise IndexUnavailable("another refresh is running; try again when it has finished") from exc
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


class ServerLocation:
    """Generations as collections on a Chroma server; the pointer is the metadata of a small pointer collection."""

    def __init__(self, host: str, port: int, prefix: str = "pathways") -> None:
        self.host = host
        self.port = port
        self.prefix = prefix
        self._shared_client: Any = None

    def describe(self) -> str:
        return f"Chroma server at {self.host}:{self.port}"

    def _client(self) -> Any:
        if self._shared_client is None:
            import chromadb

            try:
                self._shared_client = chromadb.HttpClient(host=self.host, port=self.port, settings=_chroma_settings())
            except Exception as exc:
                raise IndexUnavailable(f"cannot reach the Chroma server at {self.host}:{self.port}") from exc
        return self._shared_client

    def _collection_name(self, generation: str) -> str:
        return f"{self.prefix}-{generation}"

    def _pointer(self) -> dict[str, Any]:
        try:
            collection = self._client().get_or_create_collection(
                f"{self.prefix}-{POINTER_SUFFIX}",
                metadata={"generation": "", "previous": ""},
                embedding_function=None,
            )
        except IndexUnavailable:
            raise
        except Exception as exc:
            raise IndexUnavailable(f"cannot reach the Chroma server at {self.host}:{self.port}") from exc
        return dict(collection.metadata or {})

    def current(self) -> str | None:
        return self._pointer().get("generation") or None

    def pointer_token(self) -> str:
        return str(self.current() or "")

    def open(self, generation: str) -> OpenCollection:
        try:
            collection = self._client().get_collection(self._collection_name(generation))
        except Exception as exc:
            raise IndexUnavailable(
                f"generation {generation} is missing on the server; run `pathways kb refresh --full`"
            ) from exc
        return OpenCollection(generation, self._client(), collection, owns_client=False)

    def create(self, generation: str, metadata: dict[str, Any]) -> OpenCollection:
        collection = self._client().create_collection(
            self._collection_name(generation), metadata=metadata, embedding_function=None
        )
        return OpenCollection(generation, self._client(), collection, owns_client=False)

    def publish(self, generation: str) -> None:
        previous = self.current() or ""
        pointer = self._client().get_collection(f"{self.prefix}-{POINTER_SUFFIX}")
        pointer.modify(metadata={"generation": generation, "previous": previous})

    def discard_stale(self) -> list[str]:
        pointer = self._pointer()
        keep = {self._collection_name(v) for v in (pointer.get("generation"), pointer.get("previous")) if v}
        keep.add(f"{self.prefix}-{POINTER_SUFFIX}")
        removed = []
        for collection in self._client().list_collections():
            name = collection if isinstance(collection, str) else collection.name
            if name.startswith(f"{self.prefix}-g") and name not in keep:
                self._client().delete_collection(name)
                removed.append(name)
        return removed

    @contextlib.contextmanager
    def refresh_lock(self) -> Iterator[None]:
        # A server is shared by machines, so a local file lock cannot guard it; run one refresh at a time.
        yield
