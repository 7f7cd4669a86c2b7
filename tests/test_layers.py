"""Imports run one way: knowledge <- core <- patients <- appeals <- clinics <- the site.

Every module's imports are read from its source, those inside functions included, and none may
reach a higher layer or close a cycle. Upper layers' data is reached from below only through
lookup strings (a template name, a URL name, `apps.get_model`), never an import."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("coverage_guide", "patients", "appeals")

# The first matching prefix names a module's layer; lower numbers are lower layers.
LAYERS = (
    ("patients.knowledge", 0, "knowledge"),
    ("coverage_guide.clinics", 4, "clinics"),
    ("coverage_guide.bench", 5, "site"),
    ("coverage_guide.management", 5, "site"),
    ("coverage_guide.urls", 5, "site"),
    ("coverage_guide.views", 5, "site"),
    ("coverage_guide.two_factor_views", 5, "site"),
    ("coverage_guide.settings", 5, "site"),
    ("coverage_guide.settings_test", 5, "site"),
    ("coverage_guide.wsgi", 5, "site"),
    ("coverage_guide.gunicorn_conf", 5, "site"),
    ("coverage_guide", 1, "core"),
    ("patients", 2, "patients"),
    ("appeals", 3, "appeals"),
)


def layer_of(module):
    for prefix, rank, name in LAYERS:
        if module == prefix or module.startswith(prefix + "."):
            return rank, name
    return None


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules():
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            found[module_name(path)] = path
    return found


MODULES = project_modules()


def imported(module, path):
    """Every project module `module` imports, anywhere in its source."""
    is_package = path.name == "__init__.py"
    base = module.split(".") if is_package else module.split(".")[:-1]
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            origin = node.module or ""
            if node.level:
                origin = ".".join(base[: len(base) - node.level + 1] + ([origin] if origin else []))
            # `from package import submodule` imports the submodule.
            names = [
                f"{origin}.{alias.name}" if f"{origin}.{alias.name}" in MODULES else origin
                for alias in node.names
            ]
        else:
            continue
        for name in names:
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name and name != module:
                targets.add(name)
    return targets


GRAPH = {module: imported(module, path) for module, path in MODULES.items()}


def test_every_project_module_has_a_layer():
    assert [m for m in MODULES if layer_of(m) is None] == []


def test_no_module_imports_from_a_higher_layer():
    upward = [
        f"{module} ({layer_of(module)[1]}) imports {target} ({layer_of(target)[1]})"
        for module, targets in GRAPH.items()
        for target in sorted(targets)
        if layer_of(target)[0] > layer_of(module)[0]
    ]
    assert upward == []


def cycles(graph):
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index, low, on_stack, stack, groups = {}, {}, set(), [], []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_import_cycle_between_modules():
    assert cycles(GRAPH) == []


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ],
)
def test_the_cycle_finder_finds_cycles(graph, expected):
    assert cycles(graph) == expected


def test_the_import_reader_sees_imports_inside_functions(tmp_path):
    source = tmp_path / "probe.py"
    source.write_text(
        "def later():\n    from appeals.kinds import LETTER_KINDS\n    import patients.models\n"
    )
    assert imported("coverage_guide.probe", source) == {"appeals.kinds", "patients.models"}


MAX_LINES = 400


def test_no_app_module_is_over_400_lines():
    long = [
        f"{module}: {len(path.read_text().splitlines())} lines"
        for module, path in MODULES.items()
        if ".migrations." not in module and len(path.read_text().splitlines()) > MAX_LINES
    ]
    assert long == []
