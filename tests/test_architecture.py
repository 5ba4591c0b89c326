"""The package's shape, checked from its source: imports form no cycle, and no module reaches
into another module's private names.

Every ``.py`` file under ``audit/`` is parsed (never imported) and every import statement
in it is read, including those inside functions: a late import that dodges a cycle at run
time is still a cycle in the design. An import of a package (``from . import tables``)
counts as importing that module; ``from .x import name`` counts as importing ``x``, or the
submodule ``x.name`` when there is one. The implicit import of a parent package that
Python performs before a submodule is not counted (every module would then depend on
``audit/__init__.py``).

A private name is one with a single leading underscore (``_helper``, not ``__version__``).
Importing it, or reading it as an attribute of an imported module (``report._helper``), is
allowed only inside the module that defines it; a private submodule (``_parser.py``) may
be imported by the modules of its own package.
"""
from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "audit"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_modules() -> dict[str, Path]:
    """Every module of the package by dotted name (``audit``, ``audit.sections``, ``audit.sections.tone``...)."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


MODULES = package_modules()


def is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


@dataclass(frozen=True)
class Import:
    """One imported module and, for ``from m import n``, the name taken from it."""

    module: str
    name: str | None
    line: int


def resolve(importer: str, node: ast.ImportFrom) -> str:
    """The absolute module named by a (possibly relative) ``from ... import``."""
    if not node.level:
        return node.module or ""
    is_package = MODULES[importer].name == "__init__.py"
    base = importer.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
    return ".".join([*base, node.module] if node.module else base)


def parse(name: str) -> ast.Module:
    return ast.parse(MODULES[name].read_text(encoding="utf-8"), filename=str(MODULES[name]))


def imports_of(name: str, tree: ast.Module) -> Iterator[Import]:
    """The package modules that module ``name`` (parsed as ``tree``) imports, anywhere in it (functions included)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES:
                    yield Import(alias.name, None, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            source = resolve(name, node)
            if source not in MODULES:
                continue
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                if submodule in MODULES:
                    yield Import(submodule, None, node.lineno)
                else:
                    yield Import(source, alias.name, node.lineno)


def module_aliases(name: str, tree: ast.Module) -> dict[str, str]:
    """Local names bound to package modules in ``name`` (``from . import report`` binds ``report``)."""
    bound: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            source = resolve(name, node)
            for alias in node.names:
                if f"{source}.{alias.name}" in MODULES:
                    bound[alias.asname or alias.name] = f"{source}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES and alias.asname:
                    bound[alias.asname] = alias.name
    return bound


def import_graph() -> dict[str, set[str]]:
    return {name: {i.module for i in imports_of(name, parse(name)) if i.module != name} for name in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of ``graph`` as a list of modules (first repeated at the end), or ``[]``."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = "open"
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return [*path[path.index(target):], target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        state[node] = "done"
        path.pop()
        return []

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return []


def private_uses(name: str, tree: ast.Module) -> dict[str, int]:
    """``{"imports module._name": line, "uses module._name": line}``: the private names of other
    modules that module ``name`` (parsed as ``tree``) imports or reads as attributes."""
    found: dict[str, int] = {}
    own_package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    for imported in imports_of(name, tree):
        if imported.name is not None and is_private(imported.name) and imported.module != name:
            found.setdefault(f"imports {imported.module}.{imported.name}", imported.line)
        parent, _, last = imported.module.rpartition(".")
        if imported.name is None and is_private(last) and parent != own_package:
            found.setdefault(f"imports the private module {imported.module}", imported.line)
    aliases = module_aliases(name, tree)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and is_private(node.attr)
            and aliases[node.value.id] != name
        ):
            found.setdefault(f"uses {aliases[node.value.id]}.{node.attr}", node.lineno)
    return found


def private_imports() -> dict[str, int]:
    """``{"file: imports module._name": line}`` over the whole package."""
    return {
        f"{MODULES[name].relative_to(PACKAGE.parent).as_posix()}: {use}": line
        for name in MODULES
        for use, line in private_uses(name, parse(name)).items()
    }


def test_the_package_is_found_with_its_subpackages():
    assert {"audit", "audit.cli", "audit.story", "audit.sections", "audit.compare"} <= set(MODULES)


def test_the_import_graph_of_the_package_has_no_cycle():
    cycle = find_cycle(import_graph())
    assert not cycle, "import cycle: " + " -> ".join(cycle)


def test_no_module_imports_another_modules_private_names():
    found = private_imports()
    assert [f"{key} (line {found[key]})" for key in sorted(found)] == []


def test_a_cycle_through_a_late_import_is_found():
    graph = {"audit.report": {"audit.sections"}, "audit.sections": {"audit.sections.tone"}, "audit.sections.tone": {"audit.report"}}
    assert find_cycle(graph) == ["audit.report", "audit.sections", "audit.sections.tone", "audit.report"]


def test_relative_imports_resolve_from_modules_and_packages():
    node = ast.parse("from ..report import environment").body[0]
    assert resolve("audit.corpus.index", node) == "audit.report"
    node = ast.parse("from . import tone").body[0]
    assert resolve("audit.sections", node) == "audit.sections"
    assert resolve("audit.sections.voices", node) == "audit.sections"


def test_a_private_name_imported_or_read_from_another_module_is_found():
    tree = ast.parse("from ..report import _title, page_context\nfrom .. import pages\n\ndef f():\n    return pages._umask()\n")
    assert private_uses("audit.corpus.index", tree) == {"imports audit.report._title": 1, "uses audit.pages._umask": 5}
