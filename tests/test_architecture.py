"""The import architecture (docs/architecture.md): one-way layers, no cycle between modules,
nothing below the Toolkit facade taking a Toolkit. A new back-import fails here."""
from __future__ import annotations

import ast
from pathlib import Path

import grimp
import pytest

import xborder

PACKAGE = Path(xborder.__file__).parent
# The facade and what is built on it: they may hold and pass a Toolkit.
ABOVE_FACADE = ("xborder.toolkit", "xborder.cli", "xborder.service", "xborder.batch")


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("xborder")


def _above_facade(module: str) -> bool:
    return module == "xborder" or any(module == top or module.startswith(top + ".") for top in ABOVE_FACADE)


def _pyproject() -> Path:
    for folder in (Path.cwd(), *Path(__file__).resolve().parents):
        if (folder / "pyproject.toml").is_file():
            return folder / "pyproject.toml"
    pytest.skip("no pyproject.toml (the contracts live there)")


def test_import_linter_contracts_are_kept(capsys):
    """The contracts in pyproject.toml ([tool.importlinter]), as ``lint-imports`` runs them."""
    from importlinter.cli import lint_imports

    status = lint_imports(config_filename=str(_pyproject()), no_cache=True, no_logo=True)
    out = capsys.readouterr().out
    assert status == 0, out
    assert "0 broken" in out


def test_no_cycle_between_modules(graph):
    index, low, stack, on_stack, cycles = {}, {}, [], set(), []
    counter = [0]

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = counter[0]
        counter[0] += 1
        stack.append(module)
        on_stack.add(module)
        for other in graph.find_modules_directly_imported_by(module):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    assert cycles == []


def test_nothing_below_the_facade_imports_the_package_root(graph):
    """``from xborder import X`` loads the facade: lower modules import the defining module."""
    importers = {m for m in graph.find_modules_that_directly_import("xborder") if not _above_facade(m)}
    assert importers == set()


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        yield ".".join(parts), path


def test_no_function_below_the_facade_takes_a_toolkit():
    offenders = []
    for module, path in _modules():
        if _above_facade(module):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                args = node.args
                names = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
                annotations = [ast.unparse(a.annotation) for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)
                               if a.annotation is not None]
                if "toolkit" in names or any("Toolkit" in a for a in annotations):
                    offenders.append(f"{module}:{node.lineno}")
    assert offenders == []


# The standard library's regex parser has no public API (its old public aliases sre_parse and
# sre_constants are deprecated); triage's speed gate reads its own patterns with it. Its compiler is
# taught to remember the character sets it builds (triage_lexicon._remember_charsets: compiling the
# word boundaries' class of letters over and over was a third of triage's compile time).
# triage_factors reads the case classes of re._casefix (which characters a case-insensitive regex reads
# as one another), guarded like the parser: without it, a copy of the classes.
STDLIB_PRIVATE_ALLOWED = {("re", "_parser"), ("re", "_constants"), ("re", "_compiler"), ("re", "_casefix")}


def test_no_module_imports_a_private_name_from_another():
    offenders = []
    for module, path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if (alias.name.startswith("_") and not alias.name.startswith("__")
                            and (node.module, alias.name) not in STDLIB_PRIVATE_ALLOWED):
                        offenders.append(f"{module}:{node.lineno}: {alias.name}")
    assert offenders == []
