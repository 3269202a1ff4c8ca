"""The shape of the code, enforced so it stays true:

- the dependency rule: bot may import knowledge, storage and prompts; knowledge and storage never import bot
  (nor each other); only the Telegram transport imports telegram, and nothing of it reaches the assistant;
- no import cycle between the project's modules, counting imports inside functions;
- no module (outside tests and migrations) longer than MAX_MODULE_LINES.

Imports are read from the source (the whole syntax tree, so an import inside a function counts as much as one
at the top), never by importing the code.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PACKAGES = ("bot", "knowledge", "storage", "prompts")
MAX_MODULE_LINES = 600
# Folders that hold no project modules or are exempt from the size rule: tests may be long tables of cases,
# and migrations are generated, append-only history.
NOT_SIZE_CHECKED = {"tests", "migrations", "__pycache__", "data", "build", "dist"}


# ----------------------------------------------------------------------------------------------------------
# Reading imports


def imported_packages(package: str) -> dict[str, set[str]]:
    """Per file of ``package``: the top-level names of everything it imports (anywhere in the file)."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


def project_modules(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the given packages under ``root``."""
    modules: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def _deepest_module(name: str, modules: Mapping[str, Path]) -> str | None:
    """The longest prefix of a dotted name that is a project module (``a.b.func`` -> ``a.b``), if any."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in modules:
            return candidate
    return None


def _from_base(module: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute module an ``from X import …`` names, resolving relative imports against ``module``."""
    if node.level == 0:
        return node.module or ""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def module_imports(module: str, path: Path, modules: Mapping[str, Path]) -> set[str]:
    """The project modules ``module`` imports, wherever the import statement is (top level, function, branch).

    ``from pkg import name`` depends on ``pkg.name`` when that is a module, else on ``pkg`` itself. Importing
    ``pkg.sub`` also runs ``pkg/__init__.py``, but that is not counted as a dependency: otherwise every package
    whose ``__init__`` re-exports its submodules would be a cycle.
    """
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(t for alias in node.names if (t := _deepest_module(alias.name, modules)))
        elif isinstance(node, ast.ImportFrom):
            base = _from_base(module, path, node)
            for alias in node.names:
                target = f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else _deepest_module(base, modules)
                if target:
                    targets.add(target)
    targets.discard(module)
    return targets


def import_graph(root: Path, packages: Iterable[str]) -> dict[str, set[str]]:
    modules = project_modules(root, packages)
    return {module: module_imports(module, path, modules) for module, path in modules.items()}


def import_cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """One concrete cycle (``[a, b, …, a]``) per group of modules that import each other, directly or not.

    The groups are the strongly connected components of the graph (Tarjan's algorithm, iterative so deep
    graphs cannot hit the recursion limit); within each, a shortest path leads from its first module back to it.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, list[str]]] = [(start, sorted(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, pending = work[-1]
            if pending:
                nxt = pending.pop(0)
                if nxt not in graph:
                    continue
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(graph[nxt])))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
    return [_cycle_through(component, graph) for component in components]


def _cycle_through(component: list[str], graph: Mapping[str, set[str]]) -> list[str]:
    """A shortest import path from the component's first module back to itself, staying inside the component."""
    members = set(component)
    first = component[0]
    previous: dict[str, str] = {}
    frontier = [first]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for nxt in sorted(graph[node] & members):
                if nxt == first:
                    path = [node]
                    while path[-1] != first:
                        path.append(previous[path[-1]])
                    return [*reversed(path), first]
                if nxt not in previous:
                    previous[nxt] = node
                    following.append(nxt)
        frontier = following
    raise AssertionError(f"{component} is not a cycle")  # pragma: no cover - Tarjan only groups cycles


def reachable(graph: Mapping[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph.get(todo.pop(), set()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


# ----------------------------------------------------------------------------------------------------------
# The rules


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("knowledge", {"bot", "storage", "telegram"}),
        ("storage", {"bot", "knowledge", "telegram"}),
        ("prompts", {"bot", "storage", "knowledge", "telegram"}),
    ],
)
def test_lower_layers_do_not_import_upper_ones(package: str, forbidden: set[str]) -> None:
    offenders = {path: names & forbidden for path, names in imported_packages(package).items() if names & forbidden}
    assert offenders == {}


def test_only_the_telegram_transport_imports_telegram() -> None:
    offenders = {
        path
        for path, names in imported_packages("bot").items()
        if "telegram" in names and not path.startswith("bot/telegram")
    }
    assert offenders == set()


def test_nothing_of_the_telegram_transport_reaches_the_assistant() -> None:
    graph = import_graph(ROOT, PROJECT_PACKAGES)
    offenders = {
        module: sorted(m for m in reachable(graph, module) if m == "bot.telegram" or m.startswith("bot.telegram."))
        for module in graph
        if module == "bot.assistant" or module.startswith("bot.assistant.")
    }
    assert {module: reached for module, reached in offenders.items() if reached} == {}


def test_no_import_cycle_between_project_modules() -> None:
    cycles = import_cycles(import_graph(ROOT, PROJECT_PACKAGES))
    assert not cycles, "import cycles (imports inside functions count too):\n" + "\n".join(
        " -> ".join(cycle) for cycle in cycles
    )


def _source_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for top in sorted(root.iterdir()):
        if top.name.startswith(".") or top.name in NOT_SIZE_CHECKED or top.name.endswith(".egg-info"):
            continue
        if top.is_file() and top.suffix == ".py":
            files.append(top)
        elif top.is_dir():
            files.extend(p for p in top.rglob("*.py") if not NOT_SIZE_CHECKED & set(p.relative_to(root).parts))
    return files


def test_no_module_outside_tests_and_migrations_is_too_long() -> None:
    files = _source_files(ROOT)
    assert any(p.is_relative_to(ROOT / "storage") for p in files)  # the scan does look at the packages
    too_long = {
        str(path.relative_to(ROOT)): lines
        for path in files
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert too_long == {}, f"modules longer than {MAX_MODULE_LINES} lines: {too_long}"


# ----------------------------------------------------------------------------------------------------------
# The cycle detector itself, on small packages written for the purpose


def _write_package(root: Path, files: Mapping[str, str]) -> None:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")


def test_the_detector_finds_a_cycle_through_an_import_inside_a_function(tmp_path: Path) -> None:
    _write_package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "from pkg import b\n",
            "pkg/b.py": "def later() -> None:\n    from pkg.c import helper\n    helper()\n",
            "pkg/c.py": "import pkg.a\n\ndef helper() -> None: ...\n",
            "pkg/d.py": "from pkg import a\n",  # imports into the cycle but is not part of it
        },
    )
    graph = import_graph(tmp_path, ["pkg"])
    assert graph["pkg.b"] == {"pkg.c"}
    assert import_cycles(graph) == [["pkg.a", "pkg.b", "pkg.c", "pkg.a"]]


def test_the_detector_resolves_relative_imports_and_names_from_a_package(tmp_path: Path) -> None:
    _write_package(
        tmp_path,
        {
            "pkg/__init__.py": "from pkg.sub import thing as thing\n",
            "pkg/sub/__init__.py": "from .inner import thing\n",
            "pkg/sub/inner.py": "if True:\n    from .. import other\nthing = 1\n",
            "pkg/other.py": "from pkg.sub import thing\n",
        },
    )
    graph = import_graph(tmp_path, ["pkg"])
    assert graph == {
        "pkg": {"pkg.sub"},
        "pkg.sub": {"pkg.sub.inner"},
        "pkg.sub.inner": {"pkg.other"},
        "pkg.other": {"pkg.sub"},
    }
    assert import_cycles(graph) == [["pkg.other", "pkg.sub", "pkg.sub.inner", "pkg.other"]]


def test_the_detector_accepts_a_package_that_re_exports_its_submodules(tmp_path: Path) -> None:
    _write_package(
        tmp_path,
        {
            "pkg/__init__.py": "from pkg.a import run as run\n",
            "pkg/a.py": "from pkg.b import helper\n\ndef run() -> None:\n    import json\n    helper()\n",
            "pkg/b.py": "import os\n\ndef helper() -> None: ...\n",
        },
    )
    graph = import_graph(tmp_path, ["pkg"])
    assert graph == {"pkg": {"pkg.a"}, "pkg.a": {"pkg.b"}, "pkg.b": set()}
    assert import_cycles(graph) == []


def test_the_size_rule_skips_tests_and_migrations(tmp_path: Path) -> None:
    long_module = "x = 1\n" * (MAX_MODULE_LINES + 1)
    _write_package(
        tmp_path,
        {
            "pkg/big.py": long_module,
            "pkg/migrations/versions/0001.py": long_module,
            "tests/test_big.py": long_module,
            "tool.py": "x = 1\n",
        },
    )
    assert sorted(p.relative_to(tmp_path).as_posix() for p in _source_files(tmp_path)) == ["pkg/big.py", "tool.py"]
