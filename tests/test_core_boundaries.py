"""The core runs without Qt (style note 1) and never leaks the API key.

Every module outside ``kiosk/ui`` is checked, found by walking the package: a new core
module is covered the day it is added, with no list to keep up to date.
"""

import ast
import subprocess
import sys
from pathlib import Path

KIOSK = Path(__file__).resolve().parent.parent / "kiosk"


def _python_files():
    return sorted(p for p in KIOSK.rglob("*.py") if "__pycache__" not in p.parts)


def core_modules() -> dict[str, Path]:
    """Dotted name -> file of every module outside kiosk/ui."""
    found = {}
    for path in _python_files():
        rel = path.relative_to(KIOSK.parent).with_suffix("")
        if rel.parts[:2] == ("kiosk", "ui"):
            continue
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        found[".".join(parts)] = path
    return found


def imports(path: Path) -> list[tuple[str, bool]]:
    """(module, at module level?) for every import statement anywhere in the file (function
    bodies and ``TYPE_CHECKING`` blocks included: a lazy Qt import is still a Qt import)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = set(map(id, tree.body))
    for node in tree.body:  # `if TYPE_CHECKING:` / `try:` at module level run on import
        if isinstance(node, (ast.If, ast.Try)):
            top |= {id(n) for n in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, id(node) in top))
            found += [(f"{node.module}.{alias.name}", id(node) in top) for alias in node.names]
    return found


def imported_names(path: Path) -> set[str]:
    return {name for name, _ in imports(path)}


def test_the_walk_finds_the_core():
    modules = core_modules()
    assert {"kiosk.door", "kiosk.rules", "kiosk.store", "kiosk.scan.pipeline",
            "kiosk.peers.journal", "kiosk.simulator.server", "kiosk.commands.scan"} <= set(modules)
    assert not any(name.startswith("kiosk.ui") for name in modules)


def boundary_breaks(name: str, path: Path) -> list[str]:
    """Qt anywhere in a core module; the UI package at module level anywhere, or lazily
    outside the commands (``kiosk app`` hands over to the GUI in a function body)."""
    bad = []
    for module, at_top in imports(path):
        if module.startswith(("PySide6", "shiboken6")):
            bad.append(module)
        elif module.startswith("kiosk.ui") and (at_top or not name.startswith("kiosk.commands.")):
            bad.append(module)
    return bad


def test_no_core_module_imports_qt_or_the_ui():
    found = {name: boundary_breaks(name, path) for name, path in core_modules().items()}
    assert {name: bad for name, bad in found.items() if bad} == {}


def test_the_ast_check_sees_a_lazy_qt_import(tmp_path):
    """The check itself can fail: an import hidden in a function body is found."""
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def show():\n    from PySide6.QtWidgets import QLabel\n"
                      "from kiosk.ui import app\n")
    assert {"PySide6.QtWidgets", "kiosk.ui.app"} <= set(boundary_breaks("kiosk.sneaky", sneaky))
    assert "PySide6.QtWidgets" in boundary_breaks("kiosk.commands.sneaky", sneaky)
    lazy = tmp_path / "launcher.py"
    lazy.write_text("def run():\n    from kiosk.ui.app import run_app\n")
    assert boundary_breaks("kiosk.commands.launcher", lazy) == []
    assert boundary_breaks("kiosk.door", lazy) != []


def test_core_imports_no_qt():
    """And at run time: importing every core module loads no Qt."""
    modules = [m for m in core_modules() if not m.endswith("__main__")]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n    importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# -- no import cycles between core modules (issue 9) ---------------------------------------

# Lazy imports count: a cycle hidden in a function body is still two modules that cannot be
# understood (or tested) one without the other. None is known; a new one is broken, not listed.
KNOWN_CYCLES: list[set[str]] = []


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the core modules it imports, anywhere in the file (function bodies too).
    ``from pkg import mod`` leads to the submodule, not to the package it is named through."""
    graph = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(component)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles_between_core_modules():
    """The store and the door-to-door journal used to import each other (the store for the
    journal's schema, the journal lazily for the store): the schemas now live in
    kiosk.migrations, which takes the journal's and the badge queue's from modules that
    import nothing. The table owners import the store, never the reverse."""
    graph = import_graph(core_modules())
    assert "kiosk.store" in graph["kiosk.peers.journal"]
    assert "kiosk.migrations" in graph["kiosk.store"]
    assert {"kiosk.peers.schema", "kiosk.badges.schema"} <= graph["kiosk.migrations"]
    assert graph["kiosk.peers.schema"] == set() and graph["kiosk.badges.schema"] == set()
    for owner in ("kiosk.registrations", "kiosk.checkins", "kiosk.outbox_table",
                  "kiosk.peers.journal", "kiosk.badges.jobs"):
        assert owner not in graph["kiosk.store"] | graph["kiosk.migrations"]
    found = cycles(graph)
    assert not any({"kiosk.store", "kiosk.peers.journal"} <= c for c in found)
    assert sorted(map(sorted, found)) == sorted(map(sorted, KNOWN_CYCLES))


def test_the_cycle_check_sees_a_lazy_cycle(tmp_path):
    """The check itself can fail: the old store/journal pair (one import lazy) is a cycle."""
    store, journal = tmp_path / "store.py", tmp_path / "journal.py"
    store.write_text("from kiosk.peers.journal import MIGRATION\n")
    journal.write_text("def materialise():\n    from kiosk.store import utcnow\n")
    graph = import_graph({"kiosk.store": store, "kiosk.peers.journal": journal})
    assert cycles(graph) == [{"kiosk.store", "kiosk.peers.journal"}]


# -- one status vocabulary (issue 9) ------------------------------------------------------

def test_statuses_come_from_the_enum_only():
    """A bare 'ATTENDED' outside models.Status is a second definition waiting to drift;
    SQL text (a longer string) may still spell the words."""
    from kiosk.models import Status

    words = {s.value for s in Status}
    found = []
    for path in _python_files():
        if path == KIOSK / "models.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in words:
                found.append(f"{path.relative_to(KIOSK.parent)}:{node.lineno} {node.value!r}")
    assert found == []


def test_the_contract_lists_the_enum():
    from kiosk import contract
    from kiosk.models import Status

    assert contract.STATUSES == tuple(Status)
    assert contract.CHECKED_IN_STATUS is Status.ATTENDED
    assert contract.WALK_IN_STATUS is Status.CONFIRMED
    assert contract.STATUSES_HOLDING_PLACES <= set(Status)
    assert "ATTENDED" == Status.ATTENDED and f"{Status.PENDING}" == "PENDING"  # StrEnum


# Where SQL may be run: the store (connections, its write lock, ``meta``) and the modules
# that own tables and run their SQL through the store's connection and write lock (the server
# copy, the local check-ins, the outbox table, the peer journal, the badge queue), plus the
# storage repair, which checks a whole file before (or instead of) a Store opening it. Wipe
# asks the owners, even for its read-only look at a file. The door, the uploader, the sync,
# the commands and the UI ask these; a new ``.execute(`` elsewhere fails here.
SQL_OWNERS = {"kiosk/store.py", "kiosk/registrations.py", "kiosk/checkins.py",
              "kiosk/outbox_table.py", "kiosk/peers/journal.py", "kiosk/badges/jobs.py",
              "kiosk/repair.py", "kiosk/peers/membership.py",
              "kiosk/scans.py"}


def test_sql_runs_only_in_the_modules_that_own_tables():
    runs_sql = set()
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Attribute) and node.attr in {"execute", "executemany",
                                                                    "executescript"}
               for node in ast.walk(tree)):
            runs_sql.add(path.relative_to(KIOSK.parent).as_posix())
    assert runs_sql == SQL_OWNERS
