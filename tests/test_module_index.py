"""tests/README.md's module-to-tests index stays true: every module under kiosk/ has a row,
and every row names modules and test files that exist."""

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
ROW = re.compile(r"^\| `(kiosk/[^`]*)` \| (.*) \|$")


def index() -> dict[str, list[str]]:
    """Module (or folder, ending in /) -> the test files its row names."""
    rows = {}
    for line in (TESTS / "README.md").read_text(encoding="utf-8").splitlines():
        found = ROW.match(line.strip())
        if found:
            rows[found.group(1)] = re.findall(r"`([^`]+)`", found.group(2))
    return rows


def modules() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "kiosk").rglob("*.py")
                  if p.name != "__init__.py" and "__pycache__" not in p.parts)


def covered(module: str, rows: dict[str, list[str]]) -> bool:
    return module in rows or any(key.endswith("/") and module.startswith(key) for key in rows)


def test_every_module_has_a_row():
    rows = index()
    missing = [m for m in modules() if not covered(m, rows)]
    assert not missing, ("tests/README.md has no row for these modules (add "
                         "'| `kiosk/...py` | `test_x.py` |'): " + ", ".join(missing))


def test_every_row_names_a_module_and_test_files_that_exist():
    rows = index()
    assert rows, "tests/README.md has no module rows"
    wrong = []
    for module, files in rows.items():
        if not (ROOT / module).exists():
            wrong.append(f"{module}: no such module")
        if not files:
            wrong.append(f"{module}: no test file named")
        wrong += [f"{module}: no such test file tests/{f}" for f in files
                  if not (TESTS / f).is_file()]
    assert not wrong, "tests/README.md's index is out of date:\n" + "\n".join(wrong)
