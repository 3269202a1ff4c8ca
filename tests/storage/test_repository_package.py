"""The repository's public surface: its sections, what the package re-exports, and how functions are called.

The behaviour of each function is tested in test_repository.py and test_privacy.py; the async facade's
signatures in test_concurrency.py.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType

import storage
from storage import aio
from storage import repository as repo


def _sections() -> list[ModuleType]:
    names = [info.name for info in pkgutil.iter_modules(repo.__path__) if not info.name.startswith("_")]
    return [importlib.import_module(f"{repo.__name__}.{name}") for name in sorted(names)]


def _public_functions(module: ModuleType) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if inspect.isfunction(value) and value.__module__ == module.__name__ and not name.startswith("_")
    }


def test_every_public_function_of_every_section_is_re_exported_by_the_package() -> None:
    sections = _sections()
    assert [s.__name__.rsplit(".", 1)[1] for s in sections] == [
        "announcements",
        "class_figures",
        "classes",
        "conversation",
        "memberships",
        "nudges",
        "privacy",
        "question_log",
        "reminders",
        "saved_courses",
        "teacher_invites",
        "users",
    ]
    exported: set[str] = set()
    for section in sections:
        public = _public_functions(section)
        assert public == set(section.__all__), section.__name__
        assert not public & exported, f"{section.__name__} repeats a name of another section"
        exported |= public
    assert exported == set(repo.__all__)
    for name in repo.__all__:
        assert getattr(repo, name).__module__.startswith(f"{repo.__name__}."), name


def test_the_async_facade_wraps_exactly_the_repository_functions_and_the_migration() -> None:
    coroutines = {name for name, value in vars(aio).items() if inspect.iscoroutinefunction(value)}
    assert coroutines == {*repo.__all__, "upgrade"}


def test_repository_functions_take_the_database_then_keywords_only() -> None:
    for name in repo.__all__:
        parameters = list(inspect.signature(getattr(repo, name)).parameters.values())
        assert parameters[0].name == "db", name
        assert parameters[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, name
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters[1:]), name


def test_the_shared_limits_are_importable_where_they_were() -> None:
    assert repo.MIN_CLASS_SIZE == storage.MIN_CLASS_SIZE == 5
    assert repo.MAX_TURNS_PER_USER == storage.MAX_TURNS_PER_USER == 20
    assert repo.EXPORT_FORMAT == "dse-pathways-export/1"
