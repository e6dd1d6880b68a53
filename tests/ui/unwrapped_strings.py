"""A static check: user-visible text in the Qt shell must go through Qt's translation functions.

Scans Python source (the AST) for text passed to the calls that put words on screen or into the
accessibility tree (``setText``, ``setToolTip``, ``QLabel(...)``, ``addTab``, ``showMessage`` ...) and reports
every string literal, f-string, ``"...".format()`` or concatenation with words in it that is not inside
``tr()``, ``QCoreApplication.translate()`` or ``QT_TRANSLATE_NOOP()``. A name passed to such a call is
followed to its assignments in the same function and at module level, so ``TEXT = "..."; QLabel(TEXT)`` is
caught too. Text without letters (``"?"``, ``f"{title} ({code})"``, ``"<br>"``) is not a translation matter.

A line may opt out with a comment ``# i18n: <reason>`` (for a key name such as ``F12``, or a proper name).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

TRANSLATING = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "qsTr"})
SINK_METHODS = frozenset(
    {
        "setText",
        "setToolTip",
        "setWindowTitle",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setStatusTip",
        "setWhatsThis",
        "showMessage",
        "addTab",
        "insertTab",
        "setTabText",
        "setTabToolTip",
        "addItem",
        "insertItem",
        "setItemText",
        "addRow",
        "insertRow",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setTitle",
        "setLabelText",
        "setHtml",
        "setMarkdown",
        "setPlainText",
        "show_message",
        "warning",
        "information",
        "critical",
        "question",
        "about",
        "getSaveFileName",
        "getOpenFileName",
        "addAction",
        "setWindowIconText",
        "setButtonText",
        "setDefaultSuffix",
        "setNameFilter",
    }
)
SINK_CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QToolButton",
        "QAction",
        "QMenu",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QTableWidgetItem",
        "QMessageBox",
        "QCommandLinkButton",
        "Heading",
        "MarkdownLabel",
        "ToggleSection",
        "NeutralPage",
        "WrappingChoice",
        "NavigationBar",
    }
)
PRAGMA = re.compile(r"#\s*i18n:")
_TAGS = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
_FORMAT_FIELDS = re.compile(r"\{[^{}]*\}")


def has_words(text: str) -> bool:
    """Whether ``text`` holds words once markup and format fields are taken out (two letters in a row)."""
    bare = _FORMAT_FIELDS.sub(" ", _TAGS.sub(" ", text))
    return re.search(r"[^\W\d_]{2,}", bare) is not None


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}(...) shows untranslated text {self.text!r}"


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.findings: list[Finding] = []
        self.module_names: dict[str, list[ast.expr]] = {}
        self.scopes: list[dict[str, list[ast.expr]]] = []

    # -- names ----------------------------------------------------------------------------------

    @staticmethod
    def _assignments(body: list[ast.stmt], into: dict[str, list[ast.expr]], deep: bool) -> None:
        nodes = ast.walk(ast.Module(body=body, type_ignores=[])) if deep else iter(body)
        for node in nodes:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        into.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
                into.setdefault(node.target.id, []).append(node.value)

    def visit_Module(self, node: ast.Module) -> None:
        self._assignments(node.body, self.module_names, deep=False)
        self.generic_visit(node)

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        names: dict[str, list[ast.expr]] = {}
        self._assignments(node.body, names, deep=True)
        self.scopes.append(names)
        self.generic_visit(node)
        self.scopes.pop()

    visit_FunctionDef = _visit_function
    visit_AsyncFunctionDef = _visit_function

    def _resolve(self, name: str) -> list[ast.expr]:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return self.module_names.get(name, [])

    # -- text -----------------------------------------------------------------------------------

    def _untranslated(self, node: ast.AST, depth: int = 0) -> str | None:
        """The first untranslated text with words in ``node`` (None when there is none)."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value if has_words(node.value) else None
        if isinstance(node, ast.JoinedStr):
            literal = "".join(
                part.value
                for part in node.values
                if isinstance(part, ast.Constant) and isinstance(part.value, str)
            )
            if has_words(literal):
                return literal
            for part in node.values:
                if isinstance(part, ast.FormattedValue):
                    found = self._untranslated(part.value, depth)
                    if found:
                        return found
            return None
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name in TRANSLATING:
                return None
            if isinstance(node.func, ast.Attribute) and name in ("format", "join", "replace", "strip"):
                found = self._untranslated(node.func.value, depth)
                if found:
                    return found
            if name in ("format", "join", "replace", "escape", "str"):
                for arg in (*node.args, *(k.value for k in node.keywords)):
                    found = self._untranslated(arg, depth)
                    if found:
                        return found
            return None
        if isinstance(node, ast.BinOp):
            return self._untranslated(node.left, depth) or self._untranslated(node.right, depth)
        if isinstance(node, ast.IfExp):
            return self._untranslated(node.body, depth) or self._untranslated(node.orelse, depth)
        if isinstance(node, ast.BoolOp):
            return next((f for v in node.values if (f := self._untranslated(v, depth))), None)
        if isinstance(node, ast.List | ast.Tuple):
            return next((f for e in node.elts if (f := self._untranslated(e, depth))), None)
        if isinstance(node, ast.Name) and depth < 2:
            return next((f for v in self._resolve(node.id) if (f := self._untranslated(v, depth + 1))), None)
        return None

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        if name in TRANSLATING:
            return  # everything inside is translated (or is the context name)
        is_sink = (name in SINK_METHODS and isinstance(node.func, ast.Attribute)) or (
            name in SINK_CONSTRUCTORS and isinstance(node.func, ast.Name)
        )
        if is_sink and not PRAGMA.search(self.lines[node.lineno - 1]):
            for arg in (*node.args, *(k.value for k in node.keywords)):
                text = self._untranslated(arg)
                if text:
                    self.findings.append(Finding(self.path, node.lineno, name, text))
                    break
        self.generic_visit(node)


def scan_source(source: str, path: str = "<source>") -> list[Finding]:
    scanner = _Scanner(path, source.splitlines())
    scanner.visit(ast.parse(source, path))
    return scanner.findings


def scan_tree(root: Path) -> list[Finding]:
    findings: list[Finding] = []
    for path in sorted(root.rglob("*.py")):
        findings += scan_source(path.read_text(encoding="utf-8"), str(path.relative_to(root.parent)))
    return findings


def wrapped_literals(source: str) -> list[tuple[str | None, str]]:
    """(context, text) of every literal passed to a translation call (context None for ``self.tr``)."""
    found: list[tuple[str | None, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        args = node.args
        if name == "tr" and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            found.append((None, args[0].value))
        elif (
            name in ("translate", "QT_TRANSLATE_NOOP")
            and len(args) >= 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2])
        ):
            found.append((str(args[0].value), str(args[1].value)))  # type: ignore[union-attr]
    return found


def unextractable_calls(source: str) -> list[int]:
    """Lines of translation calls that ``pyside6-lupdate`` cannot extract: a ``translate()`` or
    ``QT_TRANSLATE_NOOP()`` whose context or text is not a string literal, or a ``tr()`` of something other than
    a literal or a name (a name must hold a ``QT_TRANSLATE_NOOP`` text, which the scan of names checks)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
        if name == "QT_TRANSLATE_NOOP" and not (len(literal) == 2 and all(literal)):
            lines.append(node.lineno)
        elif name == "translate" and isinstance(node.func, ast.Attribute) and node.args:
            if not literal[0]:
                lines.append(node.lineno)
        elif (
            name == "tr"
            and node.args
            and not (literal[0] or isinstance(node.args[0], ast.Name | ast.Subscript))
        ):
            lines.append(node.lineno)
    return lines
